using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// An ISO 4217 currency: its alphabetic and numeric code, minor units (decimal places), English name and display symbol.
/// </summary>
/// <remarks>
/// <para>Every active code of ISO 4217 list one is known (179 codes, including funds and the X-codes for metals and "no currency"),
/// loaded lazily from the embedded <c>currencies</c> table with its source. There is exactly one instance per code, so that
/// comparing two currencies is cheap; equality is by code.</para>
/// <para>Lookups by code are case-insensitive, culture-independent and allocation-free.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.CurrencyJsonConverter))]
public sealed class Currency : IEquatable<Currency>, IComparable<Currency>, IComparable
{
    internal Currency(string code, int numericCode, int? minorUnits, string name, string symbol, bool isFund)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnits = minorUnits;
        Name = name;
        Symbol = symbol;
        IsFund = isFund;
        RoundingDecimals = minorUnits ?? 28;
    }

    /// <summary>The three-letter alphabetic code, upper case (for example <c>USD</c>).</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 numeric code (for example 840 for USD).</summary>
    public int NumericCode { get; }

    /// <summary>
    /// The number of digits after the decimal point of the currency's minor unit: 2 for USD, 0 for JPY and KRW, 3 for KWD and BHD.
    /// <see langword="null"/> where ISO 4217 says "not applicable" (XAU, XDR, XXX…).
    /// </summary>
    public int? MinorUnits { get; }

    /// <summary>The English name from ISO 4217 (for example "US Dollar").</summary>
    public string Name { get; }

    /// <summary>The symbol used when formatting with the "C" format (for example "$", "€", "CA$"); the code where no unambiguous symbol exists.</summary>
    public string Symbol { get; }

    /// <summary>Whether ISO 4217 lists the code as a fund (for example BOV, CLF, USN) rather than a circulating currency.</summary>
    public bool IsFund { get; }

    /// <summary>The number of decimals <see cref="Money.Round()"/> rounds to: the minor units, or 28 where not applicable.</summary>
    internal int RoundingDecimals { get; }

    /// <summary>Every currency the library knows, sorted by code.</summary>
    public static IReadOnlyList<Currency> All => CurrencyRegistry.Default.All;

    /// <summary>US Dollar.</summary>
    public static Currency USD => CurrencyRegistry.Default.Usd;

    /// <summary>Euro.</summary>
    public static Currency EUR => CurrencyRegistry.Default.Eur;

    /// <summary>Pound Sterling.</summary>
    public static Currency GBP => CurrencyRegistry.Default.Gbp;

    /// <summary>Yen (no minor unit).</summary>
    public static Currency JPY => CurrencyRegistry.Default.Jpy;

    /// <summary>Yuan Renminbi.</summary>
    public static Currency CNY => CurrencyRegistry.Default.Cny;

    /// <summary>Canadian Dollar.</summary>
    public static Currency CAD => CurrencyRegistry.Default.Cad;

    /// <summary>Australian Dollar.</summary>
    public static Currency AUD => CurrencyRegistry.Default.Aud;

    /// <summary>The ISO 4217 code for "no currency involved"; the currency of <c>default(Money)</c>.</summary>
    public static Currency XXX => CurrencyRegistry.Default.Xxx;

    /// <summary>The currency with the alphabetic code <paramref name="code"/>, case-insensitive.</summary>
    /// <param name="code">A three-letter ISO 4217 code such as <c>"EUR"</c> or <c>"eur"</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException"><paramref name="code"/> is not an active ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        return CurrencyRegistry.Default.Find(code.AsSpan()) ?? throw new UnknownCurrencyException(code, nameof(code));
    }

    /// <summary>Looks up a currency by alphabetic code without throwing.</summary>
    /// <param name="code">A three-letter ISO 4217 code, case-insensitive.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        // Stryker disable once Conditional : a null string's span is empty, which Find also answers with null.
        currency = code is null ? null : CurrencyRegistry.Default.Find(code.AsSpan());
        return currency is not null;
    }

    /// <summary>Looks up a currency by alphabetic code held in a span, without allocating or throwing.</summary>
    /// <param name="code">A three-letter ISO 4217 code, case-insensitive.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = CurrencyRegistry.Default.Find(code);
        return currency is not null;
    }

    /// <summary>The currency with the ISO 4217 numeric code <paramref name="numericCode"/>.</summary>
    /// <param name="numericCode">For example 978 for EUR.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="UnknownCurrencyException">No active currency has that numeric code.</exception>
    public static Currency FromNumericCode(int numericCode) =>
        CurrencyRegistry.Default.FindNumeric(numericCode)
        ?? throw new UnknownCurrencyException(numericCode.ToString("000", System.Globalization.CultureInfo.InvariantCulture), nameof(numericCode));

    /// <summary>Looks up a currency by numeric code without throwing.</summary>
    /// <param name="numericCode">For example 978 for EUR.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromNumericCode(int numericCode, [NotNullWhen(true)] out Currency? currency)
    {
        currency = CurrencyRegistry.Default.FindNumeric(numericCode);
        return currency is not null;
    }

    /// <summary>Whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when both are null or have the same code.</returns>
    public static bool operator ==(Currency? left, Currency? right) =>
        ReferenceEquals(left, right) || (left is not null && left.Equals(right));

    /// <summary>Whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Currency? left, Currency? right) => Compare(left, right) < 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Currency? left, Currency? right) => Compare(left, right) > 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(Currency? left, Currency? right) => Compare(left, right) <= 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(Currency? left, Currency? right) => Compare(left, right) >= 0;

    /// <summary>Orders currencies by code (ordinal); null sorts first.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int Compare(Currency? left, Currency? right) =>
        ReferenceEquals(left, right) ? 0 : left is null ? -1 : left.CompareTo(right);

    /// <inheritdoc />
    public bool Equals(Currency? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(Currency? other) => other is null ? 1 : string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; a Currency can only be compared with another Currency.", nameof(obj)),
    };

    /// <summary>The alphabetic code.</summary>
    /// <returns>For example <c>USD</c>.</returns>
    public override string ToString() => Code;
}
