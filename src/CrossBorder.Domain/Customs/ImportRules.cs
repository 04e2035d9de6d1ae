using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// What a destination country does to imported goods on a date: valuation basis, import VAT/GST base and rate, duty and tax
/// de-minimis thresholds, and any seller-collected low-value scheme — each fact with its source.
/// </summary>
/// <remarks>
/// <para>Supplied by an <see cref="IImportRulesProvider"/>. The library ships <see cref="ImportRulesTable.Sample"/> (DE, GB, US, CA, AU)
/// for examples and tests; a provider backed by the full markets data can replace it, and users can build their own records.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ImportRulesJsonConverter))]
public sealed record ImportRules : IEffectiveDated<ImportRules>
{
    /// <summary>Creates the rules of a destination.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="currency">The currency customs values and taxes are declared in.</param>
    /// <param name="valuation">The customs valuation basis.</param>
    /// <param name="valuationSource">Where the valuation basis comes from.</param>
    /// <param name="vatBase">What the import VAT/GST base includes; <see cref="ImportVatBase.None"/> when there is no import VAT.</param>
    /// <param name="vatRate">The standard import VAT/GST rate, or null when there is none.</param>
    /// <param name="vatSource">Where the VAT base and rate come from, or null when there is no import VAT.</param>
    /// <param name="period">The days on which these rules are in force.</param>
    /// <param name="customsTerritory">The tariff territory whose schedule applies ("EU" for Germany); the destination itself when null.</param>
    /// <param name="dutyDeMinimis">The duty de-minimis threshold, or null when there is none.</param>
    /// <param name="taxDeMinimis">The import-tax de-minimis threshold, or null when there is none.</param>
    /// <param name="lowValueScheme">A seller-collected low-value VAT scheme, or null.</param>
    /// <param name="lowValueFlatDuty">A flat duty per tariff subheading for low-value consignments, or null.</param>
    /// <exception cref="ArgumentException">VAT rate and base disagree (a rate without a base or a base without a rate), the rate is negative, a source is missing, or a threshold is not in <paramref name="currency"/>.</exception>
    public ImportRules(
        CountryCode destination,
        Currency currency,
        ValuationBasis valuation,
        Source valuationSource,
        ImportVatBase vatBase,
        Percentage? vatRate,
        Source? vatSource,
        EffectivePeriod period,
        CountryCode? customsTerritory = null,
        DeMinimis? dutyDeMinimis = null,
        DeMinimis? taxDeMinimis = null,
        LowValueScheme? lowValueScheme = null,
        LowValueFlatDuty? lowValueFlatDuty = null)
    {
        if (destination.IsDefault)
        {
            throw new ArgumentException("destination is the default CountryCode; give the importing country, such as DE.", nameof(destination));
        }

        if (valuation is not (ValuationBasis.Cif or ValuationBasis.Fob))
        {
            throw new ArgumentOutOfRangeException(nameof(valuation), valuation, "valuation must be ValuationBasis.Cif or ValuationBasis.Fob.");
        }

        if ((vatBase == ImportVatBase.None) != (vatRate is null))
        {
            throw new ArgumentException($"vatBase is {vatBase} but vatRate is {(vatRate is null ? "null" : vatRate.ToString())}; give both (import VAT) or neither (no import VAT).", nameof(vatRate));
        }

        if (vatRate is { } rate && rate.Fraction < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(vatRate), rate, $"vatRate was {rate}; it must be zero or greater.");
        }

        if (vatRate is not null && vatSource is null)
        {
            throw new ArgumentNullException(nameof(vatSource), "vatSource must be given with a VAT rate: every rate needs its source.");
        }

        Destination = destination;
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        Valuation = valuation;
        ValuationSource = Preconditions.CheckNotNull(valuationSource, nameof(valuationSource));
        VatBase = vatBase;
        VatRate = vatRate;
        VatSource = vatSource;
        Period = period;
        CustomsTerritory = customsTerritory ?? destination;
        DutyDeMinimis = CheckCurrency(dutyDeMinimis?.Threshold, dutyDeMinimis, nameof(dutyDeMinimis));
        TaxDeMinimis = CheckCurrency(taxDeMinimis?.Threshold, taxDeMinimis, nameof(taxDeMinimis));
        LowValueScheme = CheckCurrency(lowValueScheme?.Ceiling, lowValueScheme, nameof(lowValueScheme));
        LowValueFlatDuty = CheckCurrency(lowValueFlatDuty?.Ceiling, lowValueFlatDuty, nameof(lowValueFlatDuty));
    }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The tariff territory whose schedule applies (for example EU for Germany).</summary>
    public CountryCode CustomsTerritory { get; }

    /// <summary>The currency of customs values, duties and import taxes.</summary>
    public Currency Currency { get; }

    /// <summary>The customs valuation basis.</summary>
    public ValuationBasis Valuation { get; }

    /// <summary>Where the valuation basis comes from.</summary>
    public Source ValuationSource { get; }

    /// <summary>What the import VAT/GST base includes.</summary>
    public ImportVatBase VatBase { get; }

    /// <summary>The standard import VAT/GST rate, or null when the country levies none at the border.</summary>
    public Percentage? VatRate { get; }

    /// <summary>Where the VAT base and rate come from, or null.</summary>
    public Source? VatSource { get; }

    /// <summary>The duty de-minimis threshold, or null.</summary>
    public DeMinimis? DutyDeMinimis { get; }

    /// <summary>The import-tax de-minimis threshold, or null.</summary>
    public DeMinimis? TaxDeMinimis { get; }

    /// <summary>A seller-collected low-value VAT scheme, or null.</summary>
    public LowValueScheme? LowValueScheme { get; }

    /// <summary>A flat duty per tariff subheading for low-value consignments, or null.</summary>
    public LowValueFlatDuty? LowValueFlatDuty { get; }

    /// <summary>The days on which these rules are in force.</summary>
    public EffectivePeriod Period { get; init; }

    /// <summary>The source of the valuation basis (the record's main source).</summary>
    public Source Source => ValuationSource;

    /// <summary>A copy in force for <paramref name="period"/>.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public ImportRules WithPeriod(EffectivePeriod period) => this with { Period = period };

    private T? CheckCurrency<T>(Money? amount, T? value, string paramName)
        where T : class
    {
        if (amount is { } a && a.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, a.Currency, paramName);
        }

        return value;
    }
}
