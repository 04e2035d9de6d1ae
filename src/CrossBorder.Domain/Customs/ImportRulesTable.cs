using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// An in-memory <see cref="IImportRulesProvider"/>: effective-dated <see cref="ImportRules"/> per destination, from records the user
/// supplies, from a file in the library's reference-data format, or from the embedded <see cref="Sample"/>.
/// </summary>
/// <remarks>
/// The reference-data format stores one fact per record (key <c>country</c> + <c>fact</c>), each with its own period and source:
/// <c>valuation</c> (basis, currency, territory), <c>vatBase</c> (parts), <c>vatRate</c> (percent), <c>dutyDeMinimis</c> and
/// <c>taxDeMinimis</c> (amount, basis), <c>lowValueScheme</c> (name, ceiling, basis), <c>lowValueFlatDuty</c> (perSubheading, ceiling).
/// The table assembles them into one <see cref="ImportRules"/> per country and stretch of days in which no fact changes.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ImportRulesTable : IImportRulesProvider
{
    /// <summary>The name of the embedded sample table.</summary>
    public const string SampleTableName = "customs-import-rules-sample";

    private static readonly Lazy<ImportRulesTable> LazySample = new(() => FromDocument(EmbeddedData.Load(SampleTableName), SampleTableName));

    private readonly EffectiveDatedTable<CountryCode, ImportRules> table;

    /// <summary>Creates a table from rules records.</summary>
    /// <param name="rules">The rules; at most one per destination in force on any day.</param>
    /// <exception cref="DataValidationException">Two records of one destination overlap.</exception>
    public ImportRulesTable(IEnumerable<ImportRules> rules)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        table = new EffectiveDatedTable<CountryCode, ImportRules>("import rules", rules, static r => r.Destination);
    }

    /// <summary>
    /// A small sourced sample of import rules for DE, GB, US, CA and AU (see docs/data-sources.md), for examples and tests. It is not
    /// a complete markets dataset: provincial taxes (Canadian HST/PST), origin-specific thresholds (CUSMA courier limits, US
    /// suspensions by origin before 2025-08-29) and reduced VAT rates are not modelled.
    /// </summary>
    public static ImportRulesTable Sample => LazySample.Value;

    /// <summary>All rules records, grouped by destination, oldest first.</summary>
    public IReadOnlyList<ImportRules> Records => table.Records;

    /// <summary>Loads a table from a UTF-8 JSON document in the library's reference-data format (one fact per record).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataValidationException">The document is invalid; every problem is listed.</exception>
    public static ImportRulesTable Load(Stream utf8Json) => FromDocument(ReferenceDocument.Parse(utf8Json, nameof(utf8Json), deferProblems: true), nameof(utf8Json));

    /// <inheritdoc />
    public ImportRules GetRules(CountryCode destination, LocalDate date) => table.Get(destination, date);

    /// <inheritdoc />
    public bool TryGetRules(CountryCode destination, LocalDate date, [MaybeNullWhen(false)] out ImportRules rules) => table.TryGet(destination, date, out rules);

    private static ImportRulesTable FromDocument(ReferenceDocument document, string paramName)
    {
        List<Fact> facts = document.Map(ReadFact, paramName);
        var byCountry = new Dictionary<CountryCode, List<Fact>>();
        foreach (Fact fact in facts)
        {
            if (!byCountry.TryGetValue(fact.Country, out List<Fact>? list))
            {
                list = new List<Fact>();
                byCountry.Add(fact.Country, list);
            }

            list.Add(fact);
        }

        var rules = new List<ImportRules>();
        var problems = new List<DataProblem>();
        foreach (KeyValuePair<CountryCode, List<Fact>> pair in byCountry)
        {
            // Every day on which some fact starts or ends opens a new stretch with constant facts.
            var starts = new SortedSet<LocalDate>();
            foreach (Fact f in pair.Value)
            {
                starts.Add(f.Period.ValidFrom);
                if (f.Period.ValidTo is { } end && end < LocalDate.MaxIsoValue)
                {
                    starts.Add(end.PlusDays(1));
                }
            }

            var ordered = new List<LocalDate>(starts);
            for (int i = 0; i < ordered.Count; i++)
            {
                LocalDate from = ordered[i];
                LocalDate? to = i + 1 < ordered.Count ? ordered[i + 1].PlusDays(-1) : null;
                var inForce = new Dictionary<string, Fact>(StringComparer.Ordinal);
                foreach (Fact f in pair.Value)
                {
                    if (f.Period.Contains(from))
                    {
                        inForce[f.Kind] = f;
                    }
                }

                if (!inForce.TryGetValue("valuation", out Fact? valuation))
                {
                    continue;
                }

                try
                {
                    inForce.TryGetValue("vatBase", out Fact? vatBase);
                    inForce.TryGetValue("vatRate", out Fact? vatRate);
                    rules.Add(new ImportRules(
                        pair.Key,
                        valuation.Currency!,
                        valuation.Valuation,
                        valuation.Source,
                        vatBase?.VatBase ?? ImportVatBase.None,
                        vatRate?.Rate,
                        vatRate?.Source ?? vatBase?.Source,
                        new EffectivePeriod(from, to),
                        valuation.Territory,
                        Get(inForce, "dutyDeMinimis")?.DeMinimis,
                        Get(inForce, "taxDeMinimis")?.DeMinimis,
                        Get(inForce, "lowValueScheme")?.Scheme,
                        Get(inForce, "lowValueFlatDuty")?.FlatDuty));
                }
                catch (ArgumentException ex)
                {
                    problems.Add(new DataProblem(document.Table, "country " + pair.Key.Value + " from " + IsoDate.Format(from), ex.Message));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(paramName, problems);
        }

        return new ImportRulesTable(rules);
    }

    private static Fact? Get(Dictionary<string, Fact> facts, string kind) => facts.TryGetValue(kind, out Fact? f) ? f : null;

    private static Fact? ReadFact(RecordReader r)
    {
        string? countryText = r.String("country");
        string? kind = r.String("fact");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        if (countryText is null || kind is null || period is null || source is null)
        {
            return null;
        }

        if (!CountryCode.TryParse(countryText, out CountryCode country))
        {
            r.Problem("country", $"'{countryText}' is not a two-letter country code.");
            return null;
        }

        var fact = new Fact(country, kind, period.Value, source);
        switch (kind)
        {
            case "valuation":
                string? basis = r.String("basis");
                string? currency = r.String("currency");
                string? territory = r.String("territory", required: false);
                fact.Valuation = basis switch
                {
                    "CIF" => ValuationBasis.Cif,
                    "FOB" => ValuationBasis.Fob,
                    _ => Fail<ValuationBasis>(r, "basis", $"'{basis}' is not CIF or FOB."),
                };
                fact.Currency = currency is not null && Currency.TryFromCode(currency, out Currency? c) ? c : Fail<Currency?>(r, "currency", $"'{currency}' is not an ISO 4217 code.");
                fact.Territory = territory is null ? null : CountryCode.TryParse(territory, out CountryCode t) ? t : Fail<CountryCode?>(r, "territory", $"'{territory}' is not two letters.");
                break;
            case "vatBase":
                ImportVatBase parts = ImportVatBase.None;
                foreach (string part in r.StringArray("parts") ?? Array.Empty<string>())
                {
                    parts |= Enum.TryParse(part, ignoreCase: false, out ImportVatBase p) && p != ImportVatBase.None && ((int)p & ((int)p - 1)) == 0 && (int)p <= (int)ImportVatBase.OtherTaxes && !int.TryParse(part, out _) ? p : Fail<ImportVatBase>(r, "parts", $"'{part}' is not an ImportVatBase part.");
                }

                fact.VatBase = parts;
                break;
            case "vatRate":
                fact.Rate = r.Decimal("percent") is { } percent ? Percentage.FromPercent(percent) : null;
                break;
            case "dutyDeMinimis":
            case "taxDeMinimis":
                fact.DeMinimis = ReadMoney(r, "amount", "currency") is { } amount ? new DeMinimis(amount, ReadBasis(r), source) : null;
                break;
            case "lowValueScheme":
                string? name = r.String("name");
                fact.Scheme = ReadMoney(r, "ceiling", "currency") is { } ceiling && name is not null ? new LowValueScheme(name, ceiling, ReadBasis(r), source) : null;
                break;
            case "lowValueFlatDuty":
                Money? per = ReadMoney(r, "perSubheading", "currency");
                Money? cap = r.Decimal("ceiling") is { } capAmount && per is { } p1 ? new Money(capAmount, p1.Currency) : null;
                fact.FlatDuty = per is { } p2 && cap is { } cap2 ? new LowValueFlatDuty(p2, cap2, source) : null;
                break;
            default:
                r.Problem("fact", $"'{kind}' is not a fact of this table; use valuation, vatBase, vatRate, dutyDeMinimis, taxDeMinimis, lowValueScheme or lowValueFlatDuty.");
                return null;
        }

        return fact;
    }

    private static Money? ReadMoney(RecordReader r, string amountField, string currencyField)
    {
        decimal? amount = r.Decimal(amountField);
        string? code = r.String(currencyField);
        if (amount is null || code is null)
        {
            return null;
        }

        return Currency.TryFromCode(code, out Currency? c) ? new Money(amount.Value, c) : Fail<Money?>(r, currencyField, $"'{code}' is not an ISO 4217 code.");
    }

    private static DeMinimisBasis ReadBasis(RecordReader r) => r.String("basis") switch
    {
        "IntrinsicValue" => DeMinimisBasis.IntrinsicValue,
        "CustomsValue" => DeMinimisBasis.CustomsValue,
        var other => Fail<DeMinimisBasis>(r, "basis", $"'{other}' is not IntrinsicValue or CustomsValue."),
    };

    private static T Fail<T>(RecordReader r, string field, string message)
    {
        r.Problem(field, message);
        return default!;
    }

    private sealed class Fact
    {
        internal Fact(CountryCode country, string kind, EffectivePeriod period, Source source)
        {
            Country = country;
            Kind = kind;
            Period = period;
            Source = source;
        }

        internal CountryCode Country { get; }

        internal string Kind { get; }

        internal EffectivePeriod Period { get; }

        internal Source Source { get; }

        internal ValuationBasis Valuation { get; set; }

        internal Currency? Currency { get; set; }

        internal CountryCode? Territory { get; set; }

        internal ImportVatBase VatBase { get; set; }

        internal Percentage? Rate { get; set; }

        internal DeMinimis? DeMinimis { get; set; }

        internal LowValueScheme? Scheme { get; set; }

        internal LowValueFlatDuty? FlatDuty { get; set; }
    }
}
