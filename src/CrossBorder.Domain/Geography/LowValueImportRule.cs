using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// A country's de-minimis and low-value import regime, in force for a period: the duty and tax thresholds (kept apart), the value
/// they are measured on, and the scheme that collects tax at the point of sale instead of at the border (IOSS, UK £135, AU LVG, NO VOEC…).
/// </summary>
/// <remarks>
/// <para>A threshold of <see langword="null"/> means there is no relief: duty or tax is due from the first cent (for example EU import
/// VAT since 2021-07-01, or the United States from 2025-08-29 while de minimis is suspended). Amounts are in the country's currency
/// (or the currency the law states, such as USD for Brazil and Mexico).</para>
/// <para>Rules for the whole EU are recorded under the union code <c>EU</c> and found for every Member State. A country can have more
/// than one <see cref="Variant"/> (Canada's courier shipments from the United States or Mexico under CUSMA); <c>default</c> is the general rule.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LowValueImportRule : IEffectiveDated<LowValueImportRule>
{
    /// <summary>The variant name of a country's general rule.</summary>
    public const string DefaultVariant = "default";

    /// <summary>Creates a rule.</summary>
    /// <param name="country">The country, or <c>EU</c> for the union-wide rule.</param>
    /// <param name="variant">The variant, <c>default</c> for the general rule.</param>
    /// <param name="dutyFreeUpTo">Consignments valued at or below this pay no customs duty; <see langword="null"/> when there is no duty relief.</param>
    /// <param name="taxFreeUpTo">Consignments valued at or below this pay no import VAT/GST; <see langword="null"/> when there is no tax relief.</param>
    /// <param name="pointOfSaleCollectionUpTo">Up to this value the tax is collected at the point of sale under <paramref name="scheme"/>; <see langword="null"/> when there is no such scheme.</param>
    /// <param name="scheme">The collection scheme's name (<c>IOSS</c>, <c>UK-135</c>, <c>AU-LVG</c>, <c>VOEC</c>…), or <see langword="null"/>.</param>
    /// <param name="collector">Who collects the tax on goods within the scheme (or at the border when there is none).</param>
    /// <param name="basis">What value the thresholds are measured on.</param>
    /// <param name="status">Whether the rule is in force, suspended or announced.</param>
    /// <param name="flatDutyPerItemCategory">A flat customs duty per distinct tariff item category in the consignment (EU from 2026-07-01), or <see langword="null"/>.</param>
    /// <param name="note">A short explanation, or <see langword="null"/>.</param>
    /// <param name="period">The days the rule is in force.</param>
    /// <param name="source">The document the rule rests on.</param>
    /// <exception cref="ArgumentException">A code is the default value, the variant is empty, or an amount is negative.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public LowValueImportRule(
        CountryCode country,
        string variant,
        Money? dutyFreeUpTo,
        Money? taxFreeUpTo,
        Money? pointOfSaleCollectionUpTo,
        string? scheme,
        TaxCollector collector,
        ThresholdBasis basis,
        RuleStatus status,
        Money? flatDutyPerItemCategory,
        string? note,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Country = country;
        Variant = Preconditions.CheckNotNullOrWhiteSpace(variant, nameof(variant));
        DutyFreeUpTo = CheckAmount(dutyFreeUpTo, nameof(dutyFreeUpTo));
        TaxFreeUpTo = CheckAmount(taxFreeUpTo, nameof(taxFreeUpTo));
        PointOfSaleCollectionUpTo = CheckAmount(pointOfSaleCollectionUpTo, nameof(pointOfSaleCollectionUpTo));
        FlatDutyPerItemCategory = CheckAmount(flatDutyPerItemCategory, nameof(flatDutyPerItemCategory));
        Scheme = scheme;
        Collector = collector;
        Basis = basis;
        Status = status;
        Note = note;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The country, or <c>EU</c> for the union-wide rule.</summary>
    public CountryCode Country { get; }

    /// <summary>The variant, <c>default</c> for the general rule.</summary>
    public string Variant { get; }

    /// <summary>Consignments valued at or below this pay no customs duty; <see langword="null"/> when there is no duty relief.</summary>
    public Money? DutyFreeUpTo { get; }

    /// <summary>Consignments valued at or below this pay no import VAT/GST; <see langword="null"/> when there is no tax relief.</summary>
    public Money? TaxFreeUpTo { get; }

    /// <summary>Up to this value the tax is collected at the point of sale under <see cref="Scheme"/>; <see langword="null"/> when there is no such scheme.</summary>
    public Money? PointOfSaleCollectionUpTo { get; }

    /// <summary>The collection scheme's name, or <see langword="null"/>.</summary>
    public string? Scheme { get; }

    /// <summary>Who collects the tax on goods within the scheme (or at the border when there is none).</summary>
    public TaxCollector Collector { get; }

    /// <summary>What value the thresholds are measured on.</summary>
    public ThresholdBasis Basis { get; }

    /// <summary>Whether the rule is in force, suspended or announced.</summary>
    public RuleStatus Status { get; }

    /// <summary>A flat customs duty per distinct tariff item category in the consignment, or <see langword="null"/>.</summary>
    public Money? FlatDutyPerItemCategory { get; }

    /// <summary>A short explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <summary>Whether a consignment of <paramref name="value"/> (on <see cref="Basis"/>) is relieved of customs duty.</summary>
    /// <param name="value">The consignment's value, in the rule's currency.</param>
    /// <returns><see langword="true"/> when a duty threshold exists and the value is at or below it.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="value"/> is in another currency than the threshold.</exception>
    public bool IsDutyFree(Money value) => DutyFreeUpTo is { } limit && value <= limit;

    /// <summary>Whether a consignment of <paramref name="value"/> (on <see cref="Basis"/>) is relieved of import VAT/GST at the border.</summary>
    /// <param name="value">The consignment's value, in the rule's currency.</param>
    /// <returns><see langword="true"/> when a tax threshold exists and the value is at or below it.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="value"/> is in another currency than the threshold.</exception>
    public bool IsTaxFree(Money value) => TaxFreeUpTo is { } limit && value <= limit;

    /// <inheritdoc/>
    public LowValueImportRule WithPeriod(EffectivePeriod period) =>
        new(Country, Variant, DutyFreeUpTo, TaxFreeUpTo, PointOfSaleCollectionUpTo, Scheme, Collector, Basis, Status, FlatDutyPerItemCategory, Note, period, Source);

    internal string Key => Country.Value + "/" + Variant;

    private static Money? CheckAmount(Money? amount, string paramName)
    {
        if (amount is { } m && m.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, m, $"{paramName} was {m}; a threshold or duty must be zero or greater.");
        }

        return amount;
    }
}
