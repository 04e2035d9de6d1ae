using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;

namespace CrossBorder.Domain.Monetary;

/// <summary>The currencies of the embedded <c>currencies</c> table, indexed for allocation-free lookups.</summary>
internal sealed class CurrencyRegistry
{
    private const int Letters = 26;
    private static readonly Lazy<CurrencyRegistry> LazyDefault = new(() => new CurrencyRegistry(EmbeddedData.Load("currencies")));

    private readonly Currency?[] byCode = new Currency?[Letters * Letters * Letters];
    private readonly Dictionary<int, Currency> byNumber = new();
    private readonly (string Symbol, Currency Currency)[] symbols;

    /// <summary>Builds the registry from a currencies document (the embedded one, or a test's).</summary>
    internal CurrencyRegistry(ReferenceDocument document)
    {
        List<Currency> currencies = document.Map(Read, "currencies");
        currencies.Sort();
        All = currencies.AsReadOnly();
        var symbolList = new List<(string, Currency)>();
        foreach (Currency currency in currencies)
        {
            byCode[Index(currency.Code.AsSpan())] = currency;
            byNumber[currency.NumericCode] = currency;
            if (!string.Equals(currency.Symbol, currency.Code, StringComparison.Ordinal))
            {
                symbolList.Add((currency.Symbol, currency));
            }
        }

        // Longest symbols first, so that "CA$" is found before "$".
        symbolList.Sort(static (a, b) => b.Item1.Length != a.Item1.Length ? b.Item1.Length.CompareTo(a.Item1.Length) : string.CompareOrdinal(a.Item1, b.Item1));
        symbols = symbolList.ToArray();
        Usd = Get("USD");
        Eur = Get("EUR");
        Gbp = Get("GBP");
        Jpy = Get("JPY");
        Cny = Get("CNY");
        Cad = Get("CAD");
        Aud = Get("AUD");
        Xxx = Get("XXX");
    }

    internal static CurrencyRegistry Default => LazyDefault.Value;

    internal IReadOnlyList<Currency> All { get; }

    internal Currency Usd { get; }

    internal Currency Eur { get; }

    internal Currency Gbp { get; }

    internal Currency Jpy { get; }

    internal Currency Cny { get; }

    internal Currency Cad { get; }

    internal Currency Aud { get; }

    internal Currency Xxx { get; }

    /// <summary>Display symbols that differ from the code, longest first.</summary>
    internal (string Symbol, Currency Currency)[] Symbols => symbols;

    internal Currency? Find(ReadOnlySpan<char> code)
    {
        int index = Index(code);
        return index < 0 ? null : byCode[index];
    }

    internal Currency? FindNumeric(int numericCode) => byNumber.TryGetValue(numericCode, out Currency? currency) ? currency : null;

    private Currency Get(string code) => Find(code.AsSpan()) ?? throw new InvalidOperationException($"The embedded currency table lacks {code}; the package is damaged.");

    /// <summary>Maps three ASCII letters (either case) to 0…17575, or −1.</summary>
    private static int Index(ReadOnlySpan<char> code)
    {
        if (code.Length != 3)
        {
            return -1;
        }

        int a = Letter(code[0]);
        int b = Letter(code[1]);
        int c = Letter(code[2]);
        return (a | b | c) < 0 ? -1 : (((a * Letters) + b) * Letters) + c;
    }

    private static int Letter(char ch)
    {
        int lower = ch | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
    }

    private static Currency? Read(RecordReader r)
    {
        string? code = r.String("code");
        int? numeric = r.Int32("numeric");
        int? minorUnits = r.Int32("minorUnits", required: false);
        string? name = r.String("name");
        string? symbol = r.String("symbol", required: false);
        bool isFund = r.Boolean("fund", required: false) ?? false;
        if (code is null || numeric is null || name is null)
        {
            return null;
        }

        if (Index(code.AsSpan()) < 0 || !string.Equals(code, code.ToUpperInvariant(), StringComparison.Ordinal))
        {
            r.Problem("code", $"'{code}' is not three upper-case ASCII letters.");
            return null;
        }

        if (numeric is < 1 or > 999)
        {
            r.Problem("numeric", $"{numeric} is not a three-digit ISO 4217 numeric code (1–999).");
            return null;
        }

        if (minorUnits is < 0 or > 4)
        {
            r.Problem("minorUnits", $"{minorUnits} is not a valid number of minor units (0–4, or null where not applicable).");
            return null;
        }

        return new Currency(code, numeric.Value, minorUnits, name, symbol ?? code, isFund);
    }
}
