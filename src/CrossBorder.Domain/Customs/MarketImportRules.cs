using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// Import rules derived from the markets dataset (<see cref="Markets"/>): the customs valuation basis and import-VAT base, the
/// standard VAT/GST rate when the country charges it on imports, and the low-value import rules (duty and tax de-minimis,
/// point-of-sale collection schemes such as IOSS, flat low-value duties). This is the provider to use with
/// <see cref="LandedCost.LandedCostCalculator"/> for real markets; <see cref="ImportRulesTable.Sample"/> is a small fixed sample.
/// </summary>
/// <remarks>
/// <para>
/// Each derived <see cref="ImportRules"/> carries the sources of the records it was built from and an
/// <see cref="ImportRules.Period"/> that is the overlap of their periods. The rules are refused (not guessed) when a piece that
/// changes the figure is missing: no valuation rule for the country on the date, or a country that charges VAT on imports without
/// a recorded import-VAT base (New Zealand in the default dataset). Supply those through <see cref="ImportRulesTable"/> or
/// <see cref="Markets.WithCustomsValuationRules"/>.
/// </para>
/// <para>
/// A threshold recorded in another currency than the destination's (the EU's EUR 150 for Poland or Sweden) is converted with the
/// exchange-rate provider given to the constructor, on the date of importation, to the currency's minor unit; without a provider
/// such rules are refused with <see cref="CurrencyMismatchException"/>. A suspended low-value rule (the United States from
/// 2025-08-29) gives no relief; an announced one is not yet applied.
/// </para>
/// <para>
/// Thread-safe and pure: the same arguments always give the same rules. Derived rules are memoised per instance, per (destination, date), so that repeated quotes do not derive them again:
/// at most 256 entries (the cache starts over when full), and only when the threshold rate provider is absent or an immutable
/// <see cref="ExchangeRateTable"/> (the markets dataset is immutable too); with any other provider nothing is kept.
/// </para>
/// </remarks>
public sealed class MarketImportRules : IImportRulesProvider
{
    private static readonly Lazy<MarketImportRules> LazyDefault = new(() => new MarketImportRules(Markets.Default));

    private const int CacheCapacity = 256;

    private readonly IExchangeRateProvider? thresholdRates;

    /// <summary>
    /// Rules already derived, per (destination, date): null when the threshold rate provider is not an immutable
    /// <see cref="ExchangeRateTable"/> (a live provider may answer differently later, so nothing is kept).
    /// </summary>
    private readonly ConcurrentDictionary<(CountryCode, LocalDate), ImportRules>? cache;

    /// <summary>Creates a provider over <paramref name="markets"/>.</summary>
    /// <param name="markets">The markets dataset (the default, or one extended with the user's records).</param>
    /// <param name="thresholdRates">Converts thresholds recorded in another currency than the destination's; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="markets"/> is null.</exception>
    public MarketImportRules(Markets markets, IExchangeRateProvider? thresholdRates = null)
    {
        Markets = Preconditions.CheckNotNull(markets, nameof(markets));
        this.thresholdRates = thresholdRates;
        if (thresholdRates is null or ExchangeRateTable)
        {
            cache = new ConcurrentDictionary<(CountryCode, LocalDate), ImportRules>();
        }
    }

    /// <summary>The provider over <see cref="Markets.Default"/>, without threshold conversion.</summary>
    public static MarketImportRules Default => LazyDefault.Value;

    /// <summary>The markets dataset the rules are derived from.</summary>
    public Markets Markets { get; }

    /// <inheritdoc/>
    /// <exception cref="UnknownCountryException"><paramref name="destination"/> is not an ISO country.</exception>
    /// <exception cref="CurrencyMismatchException">A threshold is in another currency and no exchange-rate provider was given.</exception>
    public ImportRules GetRules(CountryCode destination, LocalDate date)
    {
        if (cache is not null && cache.TryGetValue((destination, date), out ImportRules? known))
        {
            return known;
        }

        Country country = Markets.Countries.TryGet(destination, out Country? found) ? found : throw new UnknownCountryException(destination.Value, nameof(destination));
        CustomsValuationRule valuation = Markets.GetCustomsValuation(destination, date);
        ImportRules rules = Build(destination, country, valuation, date, throwOnMissing: true)!;
        Remember(destination, date, rules);
        return rules;
    }

    /// <inheritdoc/>
    public bool TryGetRules(CountryCode destination, LocalDate date, [MaybeNullWhen(false)] out ImportRules rules)
    {
        if (cache is not null && cache.TryGetValue((destination, date), out rules))
        {
            return true;
        }

        rules = null;
        if (destination.IsDefault
            || !Markets.Countries.TryGet(destination, out Country? country)
            || !Markets.TryGetCustomsValuation(destination, date, out CustomsValuationRule? valuation))
        {
            return false;
        }

        try
        {
            rules = Build(destination, country, valuation, date, throwOnMissing: false);
        }
        catch (CurrencyMismatchException)
        {
            rules = null;
        }
        catch (ExchangeRateNotFoundException)
        {
            rules = null;
        }

        if (rules is not null)
        {
            Remember(destination, date, rules);
        }

        return rules is not null;
    }

    private void Remember(CountryCode destination, LocalDate date, ImportRules rules)
    {
        if (cache is null)
        {
            return;
        }

        if (cache.Count >= CacheCapacity)
        {
            cache.Clear(); // bounded: a long-running process quoting many dates starts over rather than growing
        }

        cache[(destination, date)] = rules;
    }

    private ImportRules? Build(CountryCode destination, Country country, CustomsValuationRule valuation, LocalDate date, bool throwOnMissing)
    {
        CountryCode code = destination;
        Currency currency = country.Currency;
        LocalDate from = valuation.Period.ValidFrom;
        LocalDate? to = valuation.Period.ValidTo;

        ImportVatBase vatBase = ImportVatBase.None;
        Percentage? vatRate = null;
        Source? vatSource = null;
        if (Markets.TryGetTaxRegime(code, date, out TaxRegime? regime))
        {
            Narrow(regime.Period, ref from, ref to);
            if (regime.ChargedOnImport)
            {
                if (valuation.ImportVatBase is not { } recordedBase || recordedBase == ImportVatBase.None)
                {
                    if (throwOnMissing)
                    {
                        throw new RecordNotInForceException("customs valuation", code.Value, date, nameof(destination), $"{country.Name} charges {regime.Name} on imports but the dataset records no import-VAT base for it; supply the rules through ImportRulesTable or Markets.WithCustomsValuationRules.");
                    }

                    return null;
                }

                if (!Markets.TryGetStandardVatRate(code, date, out VatRate? standard))
                {
                    if (throwOnMissing)
                    {
                        throw new RecordNotInForceException("vat rates", code.Value, date, nameof(destination), $"{country.Name} charges {regime.Name} on imports but no standard rate is recorded on {IsoDate.Format(date)}.");
                    }

                    return null;
                }

                Narrow(standard.Period, ref from, ref to);
                vatBase = recordedBase;
                vatRate = standard.Rate;
                vatSource = standard.Source;
            }
        }

        DeMinimis? dutyDeMinimis = null;
        DeMinimis? taxDeMinimis = null;
        LowValueScheme? scheme = null;
        LowValueFlatDuty? flatDuty = null;
        if (Markets.TryGetLowValueImport(code, date, out LowValueImportRule? lowValue))
        {
            Narrow(lowValue.Period, ref from, ref to);
            if (lowValue.Status == RuleStatus.InForce)
            {
                DeMinimisBasis basis = BasisOf(lowValue.Basis);
                if (lowValue.DutyFreeUpTo is { } dutyFree)
                {
                    dutyDeMinimis = new DeMinimis(InCurrency(dutyFree, currency, date), basis, lowValue.Source);
                }

                if (lowValue.TaxFreeUpTo is { } taxFree)
                {
                    taxDeMinimis = new DeMinimis(InCurrency(taxFree, currency, date), basis, lowValue.Source);
                }

                if (lowValue.PointOfSaleCollectionUpTo is { } ceiling)
                {
                    scheme = new LowValueScheme(lowValue.Scheme ?? "point-of-sale collection", InCurrency(ceiling, currency, date), basis, lowValue.Source);
                    if (lowValue.FlatDutyPerItemCategory is { } perCategory)
                    {
                        flatDuty = new LowValueFlatDuty(InCurrency(perCategory, currency, date), InCurrency(ceiling, currency, date), lowValue.Source);
                    }
                }
            }
        }

        CountryCode territory = country.IsInEuCustomsUnion ? Markets.EuropeanUnion : code;
        return new ImportRules(
            code,
            currency,
            valuation.Basis,
            valuation.Source,
            vatBase,
            vatRate,
            vatSource,
            new EffectivePeriod(from, to),
            territory,
            dutyDeMinimis,
            taxDeMinimis,
            scheme,
            flatDuty);
    }

    private Money InCurrency(Money amount, Currency currency, LocalDate date)
    {
        if (amount.Currency == currency)
        {
            return amount;
        }

        if (thresholdRates is null)
        {
            throw new CurrencyMismatchException(currency, amount.Currency, nameof(amount));
        }

        return thresholdRates.Convert(amount, currency, date).Round();
    }

    private static DeMinimisBasis BasisOf(ThresholdBasis basis) => basis switch
    {
        ThresholdBasis.CustomsValuePerConsignment or ThresholdBasis.TaxAssessmentBasis or ThresholdBasis.DeclaredValuePerShipment => DeMinimisBasis.CustomsValue,
        _ => DeMinimisBasis.IntrinsicValue,
    };

    private static void Narrow(EffectivePeriod period, ref LocalDate from, ref LocalDate? to)
    {
        if (period.ValidFrom > from)
        {
            from = period.ValidFrom;
        }

        if (period.ValidTo is { } end && (to is null || end < to.Value))
        {
            to = end;
        }
    }
}
