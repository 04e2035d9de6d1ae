using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON form of <see cref="ImportRules"/>: every fact of the rules with its source, as plain data that reads back.
/// Serializing an <see cref="ImportRules"/> writes this model, and reading an <see cref="ImportRules"/> reads it and builds the
/// rules with <see cref="ToRules"/> (so the rules' own checks apply). Immutable and thread-safe.
/// </summary>
/// <param name="Destination">The importing country.</param>
/// <param name="CustomsTerritory">The tariff territory whose schedule applies; null reads as the destination.</param>
/// <param name="Currency">The currency of customs values, duties and import taxes.</param>
/// <param name="Valuation">The customs valuation basis.</param>
/// <param name="ValuationSource">Where the valuation basis comes from.</param>
/// <param name="VatBase">What the import VAT/GST base includes.</param>
/// <param name="VatRate">The standard import VAT/GST rate, or null.</param>
/// <param name="VatSource">Where the VAT base and rate come from, or null.</param>
/// <param name="DutyDeMinimis">The duty de-minimis threshold, or null.</param>
/// <param name="TaxDeMinimis">The import-tax de-minimis threshold, or null.</param>
/// <param name="LowValueScheme">A seller-collected low-value VAT scheme, or null.</param>
/// <param name="LowValueFlatDuty">A flat duty per tariff subheading for low-value consignments, or null.</param>
/// <param name="Period">The days on which the rules are in force.</param>
public sealed record ImportRulesJson(
    CountryCode Destination,
    CountryCode? CustomsTerritory,
    Currency Currency,
    ValuationBasis Valuation,
    Source ValuationSource,
    ImportVatBase VatBase,
    Percentage? VatRate,
    Source? VatSource,
    DeMinimis? DutyDeMinimis,
    DeMinimis? TaxDeMinimis,
    LowValueScheme? LowValueScheme,
    LowValueFlatDuty? LowValueFlatDuty,
    EffectivePeriod Period)
{
    /// <summary>The model of <paramref name="rules"/>.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The model.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static ImportRulesJson From(ImportRules rules)
    {
        Internal.Preconditions.CheckNotNull(rules, nameof(rules));
        return new ImportRulesJson(
            rules.Destination, rules.CustomsTerritory, rules.Currency, rules.Valuation, rules.ValuationSource, rules.VatBase, rules.VatRate, rules.VatSource,
            rules.DutyDeMinimis, rules.TaxDeMinimis, rules.LowValueScheme, rules.LowValueFlatDuty, rules.Period);
    }

    /// <summary>The rules this model describes, checked as the <see cref="ImportRules"/> constructor checks them.</summary>
    /// <returns>The rules.</returns>
    /// <exception cref="System.ArgumentException">The facts disagree (see the <see cref="ImportRules"/> constructor).</exception>
    public ImportRules ToRules() =>
        new(Destination, Currency, Valuation, ValuationSource, VatBase, VatRate, VatSource, Period, CustomsTerritory, DutyDeMinimis, TaxDeMinimis, LowValueScheme, LowValueFlatDuty);
}
