using System;
using System.Collections.Generic;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The facts of one market on one date — what a seller asks first about a market: the tax regime and its rates, the low-value
/// import rule, how customs values goods and builds the import VAT base, and which marketplaces sell there. Every fact carries its
/// <see cref="Provenance"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A fact is <see langword="null"/> when the reference data records nothing for the country in that
/// table (for example no tax data for Antarctica); it is never a silent zero.
/// </remarks>
public sealed class MarketView
{
    private readonly Markets markets;

    private MarketView(Markets markets, Country country, LocalDate date)
    {
        this.markets = markets;
        Country = country;
        Date = date;
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>The date the facts are in force.</summary>
    public LocalDate Date { get; }

    /// <summary>The country's currency.</summary>
    public Currency Currency => Country.Currency;

    /// <summary>The tax regime, or <see langword="null"/> when none is recorded for the country.</summary>
    public TaxRegime? TaxRegime { get; private set; }

    /// <summary>The national standard VAT/GST rate record, or <see langword="null"/> when none is recorded (the United States has none: see <see cref="TaxRegime"/>).</summary>
    public VatRate? StandardRate { get; private set; }

    /// <summary>The national standard rate as a percentage, or <see langword="null"/>.</summary>
    public Percentage? StandardVatRate => StandardRate?.Rate;

    /// <summary>Every rate in force (standard, reduced, zero and provincial).</summary>
    public IReadOnlyList<VatRate> VatRates { get; private set; } = Array.Empty<VatRate>();

    /// <summary>The general (<c>default</c> variant) low-value import rule, or <see langword="null"/> when none is recorded.</summary>
    public LowValueImportRule? LowValueImport { get; private set; }

    /// <summary>The customs valuation rule, or <see langword="null"/> when none is recorded.</summary>
    public CustomsValuationRule? CustomsValuation { get; private set; }

    /// <summary>CIF or FOB, or <see langword="null"/> when no valuation rule is recorded.</summary>
    public ValuationBasis? ValuationBasis => CustomsValuation?.Basis;

    /// <summary>The parts of the import VAT/GST base, or <see langword="null"/> when no valuation rule is recorded.</summary>
    public ImportVatBase? ImportVatBase => CustomsValuation?.ImportVatBase;

    /// <summary>The marketplaces selling into the country on the date.</summary>
    public IReadOnlyList<Marketplace> Marketplaces { get; private set; } = Array.Empty<Marketplace>();

    /// <summary>The mains supply (plugs, voltages, frequencies), or <see langword="null"/> when not recorded.</summary>
    public PowerSupply? PowerSupply { get; private set; }

    /// <summary>Payment methods in common use, empty when none are recorded.</summary>
    public IReadOnlyList<PaymentMethodUse> PaymentMethods { get; private set; } = Array.Empty<PaymentMethodUse>();

    /// <summary>Where each fact comes from: table, key, period and source of every record used.</summary>
    public IReadOnlyList<Provenance> Provenance { get; private set; } = Array.Empty<Provenance>();

    /// <summary>The rate for <paramref name="category"/> in force (<c>books</c>, <c>food</c>, <c>childrens-clothing</c>…), or <see langword="null"/> when not recorded.</summary>
    /// <param name="category">The category.</param>
    /// <param name="region">A province or state code, or empty for the national rate.</param>
    /// <returns>The rate record, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public VatRate? RateFor(string category, string region = "")
    {
        Preconditions.CheckNotNull(category, nameof(category));
        Preconditions.CheckNotNull(region, nameof(region));
        return markets.TryGetVatRate(Country.Code, category, Date, out VatRate? rate, region) ? rate : null;
    }

    /// <summary>
    /// The combined standard rate a consumer pays in <paramref name="region"/> (Canada: GST plus PST or QST, or the HST that replaces
    /// both); the national standard rate when the region has no rate of its own.
    /// </summary>
    /// <param name="region">A province or state code such as <c>ON</c> or <c>QC</c>.</param>
    /// <returns>The combined rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The market has no national standard rate (for example the United States).</exception>
    public Percentage CombinedStandardRate(string region)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        VatRate national = StandardRate ?? throw new InvalidOperationException(
            $"{Country.Code} has no national standard VAT/GST rate on {IsoDate.Format(Date)}; its regime is {TaxRegime?.Kind.ToString() ?? "not recorded"}.");
        if (region.Length == 0 || !markets.TryGetVatRate(Country.Code, VatRate.StandardCategory, Date, out VatRate? provincial, region))
        {
            return national.Rate;
        }

        return provincial.AddsToNational ? national.Rate + provincial.Rate : provincial.Rate;
    }

    /// <summary>"DE on 2026-11-25: VAT 19%, ...".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        $"{Country.Code} on {IsoDate.Format(Date)}: {TaxRegime?.Name ?? "no tax data"} {(StandardVatRate is { } r ? r.Percent.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "%" : "-")}, " +
        $"valuation {ValuationBasis?.ToString() ?? "-"}, low-value {LowValueImport?.Scheme ?? "-"}, {Marketplaces.Count} marketplaces";

    internal static MarketView? Create(Markets markets, Country country, LocalDate date, bool throwOnGap)
    {
        var view = new MarketView(markets, country, date);
        var provenance = new List<Provenance>();
        CountryCode code = country.Code;

        if (markets.TryGetTaxRegime(code, date, out TaxRegime? regime))
        {
            view.TaxRegime = regime;
            provenance.Add(Data.Provenance.Of("tax-regimes", code.Value, regime, date));
        }
        else if (HasAny(markets.TaxRegimes, code))
        {
            return Gap(throwOnGap, () => markets.GetTaxRegime(code, date));
        }

        if (markets.TryGetStandardVatRate(code, date, out VatRate? standard))
        {
            view.StandardRate = standard;
        }
        else if (HasStandard(markets.VatRates, code))
        {
            return Gap(throwOnGap, () => markets.GetStandardVatRate(code, date));
        }

        view.VatRates = markets.VatRatesOn(code, date);
        foreach (VatRate rate in view.VatRates)
        {
            provenance.Add(Data.Provenance.Of("vat-rates", rate.Key, rate, date));
        }

        if (markets.TryGetLowValueImport(code, date, out LowValueImportRule? rule))
        {
            view.LowValueImport = rule;
            provenance.Add(Data.Provenance.Of("low-value-imports", rule.Key, rule, date));
        }
        else if (HasRule(markets, markets.LowValueImportRules, code, static r => r.Country, static r => r.Variant == LowValueImportRule.DefaultVariant))
        {
            return Gap(throwOnGap, () => markets.GetLowValueImport(code, date));
        }

        if (markets.TryGetCustomsValuation(code, date, out CustomsValuationRule? valuation))
        {
            view.CustomsValuation = valuation;
            provenance.Add(Data.Provenance.Of("customs-valuation", valuation.Country.Value, valuation, date));
        }
        else if (HasRule(markets, markets.CustomsValuationRules, code, static r => r.Country, static _ => true))
        {
            return Gap(throwOnGap, () => markets.GetCustomsValuation(code, date));
        }

        view.Marketplaces = markets.MarketplacesIn(code, date);
        foreach (Marketplace marketplace in view.Marketplaces)
        {
            provenance.Add(Data.Provenance.Of("marketplaces", marketplace.Id.Value, marketplace, date));
        }

        view.PowerSupply = markets.TryGetPowerSupply(code, out PowerSupply? supply) ? supply : null;
        view.PaymentMethods = markets.PaymentMethodsIn(code);
        view.Provenance = provenance.AsReadOnly();
        return view;
    }

    private static MarketView? Gap(bool throwOnGap, Func<object> lookup)
    {
        if (throwOnGap)
        {
            lookup(); // throws RecordNotInForceException with the table's own explanation
        }

        return null;
    }

    private static bool HasAny(IReadOnlyList<TaxRegime> regimes, CountryCode code)
    {
        foreach (TaxRegime r in regimes)
        {
            if (r.Country == code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStandard(IReadOnlyList<VatRate> rates, CountryCode code)
    {
        foreach (VatRate r in rates)
        {
            if (r.Country == code && r.Region.Length == 0 && r.Category == VatRate.StandardCategory)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRule<T>(Markets markets, IReadOnlyList<T> rules, CountryCode code, Func<T, CountryCode> countryOf, Func<T, bool> filter)
    {
        bool eu = markets.IsInEuCustomsUnion(code);
        foreach (T r in rules)
        {
            CountryCode c = countryOf(r);
            if ((c == code || (eu && c == Markets.EuropeanUnion)) && filter(r))
            {
                return true;
            }
        }

        return false;
    }
}
