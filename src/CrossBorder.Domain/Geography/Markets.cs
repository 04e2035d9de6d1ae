using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The entry point to market facts: countries, tax regimes and rates, low-value import rules, customs valuation, marketplaces and
/// the retail calendar, all effective-dated and sourced. <c>Markets.Default.For("DE").On(date)</c> answers "what are the rules
/// there on that day?".
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> reads the embedded tables once, on first use. Every <c>With…</c> method returns a new instance in which
/// the user's records take precedence (a user record clips embedded records of the same key for its period); the original is
/// unchanged. Instances are immutable and thread-safe.</para>
/// <para>Rules recorded for the union code <c>EU</c> (low-value imports, customs valuation) apply to every country whose
/// <see cref="Country.Memberships"/> include <see cref="Membership.EuCustomsUnion"/>, unless the country has a record of its own.</para>
/// </remarks>
public sealed class Markets
{
    /// <summary>The union code under which EU-wide rules are recorded.</summary>
    public static readonly CountryCode EuropeanUnion = CountryCode.Parse("EU");

    private static readonly Lazy<Markets> LazyDefault = new(LoadDefault);

    private readonly Lazy<CountryTable> countries;
    private readonly Lazy<Tables> tables;
    private readonly Lazy<RetailCalendar> calendar;
    private readonly Lazy<Extras> extras;

    private Markets(Lazy<CountryTable> countries, Lazy<Tables> tables, Lazy<RetailCalendar> calendar, Lazy<Extras> extras)
    {
        this.countries = countries;
        this.tables = tables;
        this.calendar = calendar;
        this.extras = extras;
    }

    private EffectiveDatedTable<CountryCode, TaxRegime> regimes => tables.Value.Regimes;

    private EffectiveDatedTable<VatRateKey, VatRate> rates => tables.Value.Rates;

    private EffectiveDatedTable<LowValueKey, LowValueImportRule> lowValue => tables.Value.LowValue;

    private EffectiveDatedTable<CountryCode, CustomsValuationRule> valuation => tables.Value.Valuation;

    private EffectiveDatedTable<MarketplaceId, Marketplace> marketplaces => tables.Value.Marketplaces;

    private VatRate[]?[] standardByCountry => tables.Value.StandardByCountry;

    private Dictionary<CountryCode, List<VatRate>> ratesByCountry => tables.Value.RatesByCountry;

    private Dictionary<CountryCode, List<Marketplace>> marketplacesByCountry => tables.Value.MarketplacesByCountry;

    private Dictionary<CountryCode, PowerSupply> powerByCountry => extras.Value.PowerByCountry;

    private Dictionary<CountryCode, List<PaymentMethodUse>> paymentsByCountry => extras.Value.PaymentsByCountry;

    /// <summary>The facts embedded in this version of the library (dataset <see cref="ReferenceData.Version"/>).</summary>
    public static Markets Default => LazyDefault.Value;

    /// <summary>Every country, looked up by code without allocating. Each part of the dataset is read on first use.</summary>
    public CountryTable Countries => countries.Value;

    /// <summary>The retail and supply calendar: sales events, holidays, factory closures.</summary>
    public RetailCalendar Calendar => calendar.Value;

    /// <summary>Every tax regime record.</summary>
    public IReadOnlyList<TaxRegime> TaxRegimes => regimes.Records;

    /// <summary>Every VAT/GST rate record.</summary>
    public IReadOnlyList<VatRate> VatRates => rates.Records;

    /// <summary>Every low-value import rule.</summary>
    public IReadOnlyList<LowValueImportRule> LowValueImportRules => lowValue.Records;

    /// <summary>Every customs valuation rule.</summary>
    public IReadOnlyList<CustomsValuationRule> CustomsValuationRules => valuation.Records;

    /// <summary>Every marketplace record.</summary>
    public IReadOnlyList<Marketplace> Marketplaces => marketplaces.Records;

    /// <summary>Every mains-supply record (plugs, voltage, frequency).</summary>
    public IReadOnlyList<PowerSupply> PowerSupplies => extras.Value.PowerSupplies;

    /// <summary>Every record of a payment method in common use in a market.</summary>
    public IReadOnlyList<PaymentMethodUse> PaymentMethods => extras.Value.PaymentMethods;

    /// <summary>The mains supply of <paramref name="country"/>.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The record.</returns>
    /// <exception cref="UnknownCountryException">No mains-supply record exists for the country.</exception>
    public PowerSupply GetPowerSupply(CountryCode country) =>
        TryGetPowerSupply(country, out PowerSupply? supply) ? supply : throw new UnknownCountryException(country.Value, nameof(country), "country with mains-supply data");

    /// <summary>The mains supply of <paramref name="country"/>, without throwing.</summary>
    /// <param name="country">The country.</param>
    /// <param name="supply">The record, when found.</param>
    /// <returns><see langword="true"/> when a record exists.</returns>
    public bool TryGetPowerSupply(CountryCode country, [NotNullWhen(true)] out PowerSupply? supply) => powerByCountry.TryGetValue(country, out supply);

    /// <summary>The payment methods in common use in <paramref name="country"/>.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The records, in the order recorded; empty when none are recorded.</returns>
    public IReadOnlyList<PaymentMethodUse> PaymentMethodsIn(CountryCode country) =>
        paymentsByCountry.TryGetValue(country, out List<PaymentMethodUse>? uses) ? uses.AsReadOnly() : Array.Empty<PaymentMethodUse>();

    /// <summary>A copy in which <paramref name="supplies"/> replace the mains-supply records of the same countries.</summary>
    /// <param name="supplies">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="supplies"/> is null.</exception>
    public Markets WithPowerSupplies(IEnumerable<PowerSupply> supplies)
    {
        Preconditions.CheckNotNull(supplies, nameof(supplies));
        var all = new List<PowerSupply>(PowerSupplies);
        all.AddRange(supplies);
        return new(countries, tables, calendar, Ready(new Extras(all, PaymentMethods)));
    }

    /// <summary>A copy in which <paramref name="uses"/> are added, replacing records with the same country and method.</summary>
    /// <param name="uses">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uses"/> is null.</exception>
    public Markets WithPaymentMethods(IEnumerable<PaymentMethodUse> uses)
    {
        Preconditions.CheckNotNull(uses, nameof(uses));
        var all = new List<PaymentMethodUse>(PaymentMethods);
        all.AddRange(uses);
        return new(countries, tables, calendar, Ready(new Extras(PowerSupplies, all)));
    }

    /// <summary>The market of <paramref name="country"/>; call <see cref="Market.On"/> for its facts on a date.</summary>
    /// <param name="country">An ISO 3166-1 alpha-2 code; a string converts implicitly (<c>For("DE")</c>).</param>
    /// <returns>The market.</returns>
    /// <exception cref="UnknownCountryException">The country table has no such country.</exception>
    public Market For(CountryCode country) =>
        new(this, Countries.TryGet(country, out Country? found) ? found : throw new UnknownCountryException(country.Value, nameof(country)));

    /// <summary>The market of <paramref name="country"/>, without throwing.</summary>
    /// <param name="country">An ISO 3166-1 alpha-2 code.</param>
    /// <param name="market">The market, when the country is known.</param>
    /// <returns><see langword="true"/> when the country is known.</returns>
    public bool TryFor(CountryCode country, [NotNullWhen(true)] out Market? market)
    {
        market = Countries.TryGet(country, out Country? c) ? new Market(this, c) : null;
        return market is not null;
    }

    /// <summary>The standard VAT/GST rate of <paramref name="country"/> on <paramref name="date"/>; allocation-free.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The standard rate record.</returns>
    /// <exception cref="RecordNotInForceException">The country has no standard rate recorded, or none in force on the date.</exception>
    public VatRate GetStandardVatRate(CountryCode country, LocalDate date) =>
        TryGetStandardVatRate(country, date, out VatRate? rate) ? rate : rates.Get(new VatRateKey(country, string.Empty, Geography.VatRate.StandardCategory), date);

    /// <summary>The standard VAT/GST rate of <paramref name="country"/> on <paramref name="date"/>, without throwing; allocation-free.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <param name="rate">The rate record, when one is in force.</param>
    /// <returns><see langword="true"/> when a standard rate is in force.</returns>
    public bool TryGetStandardVatRate(CountryCode country, LocalDate date, [NotNullWhen(true)] out VatRate? rate)
    {
        rate = null;
        if (country.IsDefault || standardByCountry[country.Index] is not { } history)
        {
            return false;
        }

        for (int i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Period.ValidFrom <= date)
            {
                if (history[i].Period.Contains(date))
                {
                    rate = history[i];
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The rate of <paramref name="country"/> for <paramref name="category"/> on <paramref name="date"/>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="category">The category (<c>standard</c>, <c>books</c>, <c>food</c>, <c>childrens-clothing</c>…).</param>
    /// <param name="date">The day.</param>
    /// <param name="region">A province or state code for sub-national rates (<c>ON</c>), or empty for the national rate.</param>
    /// <returns>The rate record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> or <paramref name="region"/> is null.</exception>
    /// <exception cref="RecordNotInForceException">No such rate is recorded, or none is in force on the date.</exception>
    public VatRate GetVatRate(CountryCode country, string category, LocalDate date, string region = "")
    {
        Preconditions.CheckNotNull(category, nameof(category));
        Preconditions.CheckNotNull(region, nameof(region));
        return rates.Get(new VatRateKey(country, region, category), date);
    }

    /// <summary>The rate of <paramref name="country"/> for <paramref name="category"/> on <paramref name="date"/>, without throwing.</summary>
    /// <param name="country">The country.</param>
    /// <param name="category">The category.</param>
    /// <param name="date">The day.</param>
    /// <param name="rate">The rate record, when one is in force.</param>
    /// <param name="region">A province or state code, or empty for the national rate.</param>
    /// <returns><see langword="true"/> when a rate is in force.</returns>
    public bool TryGetVatRate(CountryCode country, string? category, LocalDate date, [NotNullWhen(true)] out VatRate? rate, string region = "")
    {
        rate = null;
        return category is not null && region is not null && rates.TryGet(new VatRateKey(country, region, category), date, out rate);
    }

    /// <summary>Every rate of <paramref name="country"/> (national and regional) in force on <paramref name="date"/>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The rates; empty when none are recorded.</returns>
    public IReadOnlyList<VatRate> VatRatesOn(CountryCode country, LocalDate date)
    {
        var result = new List<VatRate>();
        if (ratesByCountry.TryGetValue(country, out List<VatRate>? list))
        {
            foreach (VatRate rate in list)
            {
                if (rate.Period.Contains(date))
                {
                    result.Add(rate);
                }
            }
        }

        return result;
    }

    /// <summary>The tax regime of <paramref name="country"/> on <paramref name="date"/>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The regime.</returns>
    /// <exception cref="RecordNotInForceException">No regime is recorded, or none is in force on the date.</exception>
    public TaxRegime GetTaxRegime(CountryCode country, LocalDate date) => regimes.Get(country, date);

    /// <summary>The tax regime of <paramref name="country"/> on <paramref name="date"/>, without throwing.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <param name="regime">The regime, when one is in force.</param>
    /// <returns><see langword="true"/> when a regime is in force.</returns>
    public bool TryGetTaxRegime(CountryCode country, LocalDate date, [NotNullWhen(true)] out TaxRegime? regime) => regimes.TryGet(country, date, out regime);

    /// <summary>
    /// The low-value import rule of <paramref name="country"/> on <paramref name="date"/>: the country's own record, or for a country in
    /// the EU customs union the rule recorded under <see cref="EuropeanUnion"/>.
    /// </summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <param name="variant">The variant (<c>default</c>, or for example <c>cusma-courier</c> for Canada).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variant"/> is null.</exception>
    /// <exception cref="RecordNotInForceException">No rule is recorded, or none is in force on the date.</exception>
    public LowValueImportRule GetLowValueImport(CountryCode country, LocalDate date, string variant = LowValueImportRule.DefaultVariant)
    {
        Preconditions.CheckNotNull(variant, nameof(variant));
        return TryGetLowValueImport(country, date, out LowValueImportRule? rule, variant)
            ? rule
            : lowValue.Get(new LowValueKey(UnionOf(country, k => lowValue.ContainsKey(new LowValueKey(k, variant))), variant), date);
    }

    /// <summary>The low-value import rule of <paramref name="country"/> on <paramref name="date"/>, without throwing.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <param name="rule">The rule, when one is in force.</param>
    /// <param name="variant">The variant.</param>
    /// <returns><see langword="true"/> when a rule is in force.</returns>
    public bool TryGetLowValueImport(CountryCode country, LocalDate date, [NotNullWhen(true)] out LowValueImportRule? rule, string variant = LowValueImportRule.DefaultVariant)
    {
        rule = null;
        if (variant is null)
        {
            return false;
        }

        var key = new LowValueKey(country, variant);
        if (lowValue.ContainsKey(key))
        {
            return lowValue.TryGet(key, date, out rule);
        }

        return IsInEuCustomsUnion(country) && lowValue.TryGet(new LowValueKey(EuropeanUnion, variant), date, out rule);
    }

    /// <summary>The customs valuation rule of <paramref name="country"/> on <paramref name="date"/> (its own, or the EU's for a country in the EU customs union).</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RecordNotInForceException">No rule is recorded, or none is in force on the date.</exception>
    public CustomsValuationRule GetCustomsValuation(CountryCode country, LocalDate date) =>
        TryGetCustomsValuation(country, date, out CustomsValuationRule? rule)
            ? rule
            : valuation.Get(UnionOf(country, valuation.ContainsKey), date);

    /// <summary>The customs valuation rule of <paramref name="country"/> on <paramref name="date"/>, without throwing.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <param name="rule">The rule, when one is in force.</param>
    /// <returns><see langword="true"/> when a rule is in force.</returns>
    public bool TryGetCustomsValuation(CountryCode country, LocalDate date, [NotNullWhen(true)] out CustomsValuationRule? rule)
    {
        if (valuation.ContainsKey(country))
        {
            return valuation.TryGet(country, date, out rule);
        }

        rule = null;
        return IsInEuCustomsUnion(country) && valuation.TryGet(EuropeanUnion, date, out rule);
    }

    /// <summary>The marketplace <paramref name="id"/> as recorded on <paramref name="date"/>.</summary>
    /// <param name="id">The identifier; a string converts implicitly (<c>"amazon-de"</c>).</param>
    /// <param name="date">The day.</param>
    /// <returns>The marketplace.</returns>
    /// <exception cref="UnknownMarketplaceException">No marketplace has the identifier.</exception>
    /// <exception cref="RecordNotInForceException">The marketplace has no record in force on the date.</exception>
    public Marketplace GetMarketplace(MarketplaceId id, LocalDate date)
    {
        if (!marketplaces.ContainsKey(id))
        {
            throw new UnknownMarketplaceException(id.Value, nameof(id), "amazon-us, amazon-de, ebay-uk, shopee-sg, shopify-us");
        }

        return marketplaces.Get(id, date);
    }

    /// <summary>The marketplace <paramref name="id"/> as recorded on <paramref name="date"/>, without throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="date">The day.</param>
    /// <param name="marketplace">The marketplace, when found.</param>
    /// <returns><see langword="true"/> when a record is in force.</returns>
    public bool TryGetMarketplace(MarketplaceId id, LocalDate date, [NotNullWhen(true)] out Marketplace? marketplace) =>
        marketplaces.TryGet(id, date, out marketplace);

    /// <summary>The marketplaces selling into <paramref name="country"/> on <paramref name="date"/>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The marketplaces, ordered by identifier; empty when none are recorded.</returns>
    public IReadOnlyList<Marketplace> MarketplacesIn(CountryCode country, LocalDate date)
    {
        var result = new List<Marketplace>();
        if (marketplacesByCountry.TryGetValue(country, out List<Marketplace>? list))
        {
            foreach (Marketplace m in list)
            {
                if (m.Period.Contains(date))
                {
                    result.Add(m);
                }
            }
        }

        result.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return result;
    }

    /// <summary>A copy in which <paramref name="countries"/> are added or replace records with the same code.</summary>
    /// <param name="countries">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    public Markets WithCountries(IEnumerable<Country> countries) =>
        new(Ready(Countries.With(countries)), tables, calendar, extras);

    /// <summary>A copy in which <paramref name="overrides"/> take precedence over tax regime records of the same country.</summary>
    /// <param name="overrides">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    public Markets WithTaxRegimes(IEnumerable<TaxRegime> overrides) =>
        new(countries, Ready(new Tables(regimes.Override(overrides), rates, lowValue, valuation, marketplaces)), calendar, extras);

    /// <summary>A copy in which <paramref name="overrides"/> take precedence over rate records of the same country, region and category.</summary>
    /// <param name="overrides">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    public Markets WithVatRates(IEnumerable<VatRate> overrides) =>
        new(countries, Ready(new Tables(regimes, rates.Override(overrides), lowValue, valuation, marketplaces)), calendar, extras);

    /// <summary>A copy in which <paramref name="overrides"/> (for example your own threshold) take precedence over rules of the same country and variant.</summary>
    /// <param name="overrides">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    public Markets WithLowValueImportRules(IEnumerable<LowValueImportRule> overrides) =>
        new(countries, Ready(new Tables(regimes, rates, lowValue.Override(overrides), valuation, marketplaces)), calendar, extras);

    /// <summary>A copy in which <paramref name="overrides"/> take precedence over customs valuation rules of the same country.</summary>
    /// <param name="overrides">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    public Markets WithCustomsValuationRules(IEnumerable<CustomsValuationRule> overrides) =>
        new(countries, Ready(new Tables(regimes, rates, lowValue, valuation.Override(overrides), marketplaces)), calendar, extras);

    /// <summary>A copy in which <paramref name="overrides"/> (for example a new marketplace) take precedence over records with the same identifier.</summary>
    /// <param name="overrides">The user's records.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    public Markets WithMarketplaces(IEnumerable<Marketplace> overrides) =>
        new(countries, Ready(new Tables(regimes, rates, lowValue, valuation, marketplaces.Override(overrides))), calendar, extras);

    /// <summary>A copy with another retail calendar (for example <see cref="RetailCalendar.WithEvents"/> of this one).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public Markets WithCalendar(RetailCalendar calendar) =>
        new(countries, tables, Ready(Preconditions.CheckNotNull(calendar, nameof(calendar))), extras);

    /// <summary>
    /// A copy in which the records of a reference document in the library's JSON format (the same format as the embedded
    /// <c>countries</c>, <c>tax-regimes</c>, <c>vat-rates</c>, <c>low-value-imports</c>, <c>customs-valuation</c>, <c>marketplaces</c>
    /// and <c>retail-events</c> tables) take precedence. The document's <c>table</c> field says which table it overrides.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document is malformed, names an unknown table, or its records are invalid.</exception>
    public Markets WithData(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return WithDocument(ReferenceDocument.Parse(json, nameof(json), deferProblems: true), nameof(json));
    }

    /// <summary>As <see cref="WithData(string)"/>, reading the document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The new instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document is malformed, names an unknown table, or its records are invalid.</exception>
    public Markets WithData(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return WithDocument(ReferenceDocument.Parse(utf8Json, nameof(utf8Json), deferProblems: true), nameof(utf8Json));
    }

    internal bool IsInEuCustomsUnion(CountryCode country) =>
        Countries.TryGet(country, out Country? c) && c.IsInEuCustomsUnion;

    private CountryCode UnionOf(CountryCode country, Func<CountryCode, bool> hasOwn) =>
        !hasOwn(country) && IsInEuCustomsUnion(country) ? EuropeanUnion : country;

    private Markets WithDocument(ReferenceDocument document, string paramName) => document.Table switch
    {
        "countries" => WithCountries(document.Map(GeographyReaders.Country, paramName)),
        "tax-regimes" => WithTaxRegimes(document.Map(GeographyReaders.TaxRegime, paramName)),
        "vat-rates" => WithVatRates(document.Map(GeographyReaders.VatRate, paramName)),
        "low-value-imports" => WithLowValueImportRules(document.Map(GeographyReaders.LowValue, paramName)),
        "customs-valuation" => WithCustomsValuationRules(document.Map(GeographyReaders.Valuation, paramName)),
        "marketplaces" => WithMarketplaces(document.Map(GeographyReaders.Marketplace, paramName)),
        "retail-events" => WithCalendar(Calendar.WithEvents(document.Map(RetailCalendarReaders.Event, paramName))),
        "electrical" => WithPowerSupplies(document.Map(GeographyReaders.Power, paramName)),
        "payment-methods" => WithPaymentMethods(document.Map(GeographyReaders.Payment, paramName)),
        _ => throw document.Fail(
            paramName,
            new DataProblem(document.Table, "$.table", "Markets reads the tables countries, tax-regimes, vat-rates, low-value-imports, customs-valuation, marketplaces, retail-events, electrical and payment-methods.")),
    };

    private static Markets LoadDefault() => new(
        new Lazy<CountryTable>(static () => new CountryTable(EmbeddedData.Load("countries").Map(GeographyReaders.Country, "countries"))),
        new Lazy<Tables>(static () => new Tables(
            new EffectiveDatedTable<CountryCode, TaxRegime>("tax-regimes", EmbeddedData.Load("tax-regimes").Map(GeographyReaders.TaxRegime, "tax-regimes"), static r => r.Country, requireContinuity: true),
            new EffectiveDatedTable<VatRateKey, VatRate>("vat-rates", EmbeddedData.Load("vat-rates").Map(GeographyReaders.VatRate, "vat-rates"), static r => new VatRateKey(r.Country, r.Region, r.Category), requireContinuity: true),
            new EffectiveDatedTable<LowValueKey, LowValueImportRule>("low-value-imports", EmbeddedData.Load("low-value-imports").Map(GeographyReaders.LowValue, "low-value-imports"), static r => new LowValueKey(r.Country, r.Variant), requireContinuity: true),
            new EffectiveDatedTable<CountryCode, CustomsValuationRule>("customs-valuation", EmbeddedData.Load("customs-valuation").Map(GeographyReaders.Valuation, "customs-valuation"), static r => r.Country, requireContinuity: true),
            new EffectiveDatedTable<MarketplaceId, Marketplace>("marketplaces", EmbeddedData.Load("marketplaces").Map(GeographyReaders.EmbeddedMarketplace, "marketplaces"), static r => r.Id, requireContinuity: true))),
        new Lazy<RetailCalendar>(static () => RetailCalendar.Default),
        new Lazy<Extras>(static () => new Extras(
            EmbeddedData.Load("electrical").Map(GeographyReaders.Power, "electrical"),
            EmbeddedData.Load("payment-methods").Map(GeographyReaders.Payment, "payment-methods"))));

    private static Lazy<CountryTable> Ready(CountryTable value) => new(() => value);

    private static Lazy<Tables> Ready(Tables value) => new(() => value);

    private static Lazy<RetailCalendar> Ready(RetailCalendar value) => new(() => value);

    private static Lazy<Extras> Ready(Extras value) => new(() => value);

    internal readonly record struct VatRateKey(CountryCode Country, string Region, string Category)
    {
        public override string ToString() => Country.Value + (Region.Length == 0 ? string.Empty : "-" + Region) + "/" + Category;
    }

    internal readonly record struct LowValueKey(CountryCode Country, string Variant)
    {
        public override string ToString() => Country.Value + "/" + Variant;
    }

    /// <summary>The effective-dated tables and their indexes, built together on first use.</summary>
    private sealed class Tables
    {
        internal Tables(
            EffectiveDatedTable<CountryCode, TaxRegime> regimes,
            EffectiveDatedTable<VatRateKey, VatRate> rates,
            EffectiveDatedTable<LowValueKey, LowValueImportRule> lowValue,
            EffectiveDatedTable<CountryCode, CustomsValuationRule> valuation,
            EffectiveDatedTable<MarketplaceId, Marketplace> marketplaces)
        {
            Regimes = regimes;
            Rates = rates;
            LowValue = lowValue;
            Valuation = valuation;
            Marketplaces = marketplaces;
            foreach (VatRate rate in rates.Records)
            {
                if (!RatesByCountry.TryGetValue(rate.Country, out List<VatRate>? list))
                {
                    RatesByCountry.Add(rate.Country, list = new List<VatRate>());
                }

                list.Add(rate);
            }

            foreach (CountryCode country in RatesByCountry.Keys)
            {
                IReadOnlyList<VatRate> history = rates.History(new VatRateKey(country, string.Empty, VatRate.StandardCategory));
                if (history.Count > 0)
                {
                    var array = new VatRate[history.Count];
                    for (int i = 0; i < array.Length; i++)
                    {
                        array[i] = history[i];
                    }

                    StandardByCountry[country.Index] = array;
                }
            }

            foreach (Marketplace marketplace in marketplaces.Records)
            {
                if (!MarketplacesByCountry.TryGetValue(marketplace.Country, out List<Marketplace>? list))
                {
                    MarketplacesByCountry.Add(marketplace.Country, list = new List<Marketplace>());
                }

                list.Add(marketplace);
            }
        }

        internal EffectiveDatedTable<CountryCode, TaxRegime> Regimes { get; }

        internal EffectiveDatedTable<VatRateKey, VatRate> Rates { get; }

        internal EffectiveDatedTable<LowValueKey, LowValueImportRule> LowValue { get; }

        internal EffectiveDatedTable<CountryCode, CustomsValuationRule> Valuation { get; }

        internal EffectiveDatedTable<MarketplaceId, Marketplace> Marketplaces { get; }

        internal VatRate[]?[] StandardByCountry { get; } = new VatRate[]?[26 * 26];

        internal Dictionary<CountryCode, List<VatRate>> RatesByCountry { get; } = new();

        internal Dictionary<CountryCode, List<Marketplace>> MarketplacesByCountry { get; } = new();
    }

    /// <summary>Mains supply and payment habits, read on first use.</summary>
    private sealed class Extras
    {
        internal Extras(IReadOnlyList<PowerSupply> powerSupplies, IReadOnlyList<PaymentMethodUse> paymentMethods)
        {
            PowerSupplies = powerSupplies;
            PaymentMethods = paymentMethods;
            foreach (PowerSupply supply in powerSupplies)
            {
                PowerByCountry[supply.Country] = supply;
            }

            foreach (PaymentMethodUse use in paymentMethods)
            {
                if (!PaymentsByCountry.TryGetValue(use.Country, out List<PaymentMethodUse>? uses))
                {
                    PaymentsByCountry.Add(use.Country, uses = new List<PaymentMethodUse>());
                }

                uses.RemoveAll(u => u.Method == use.Method);
                uses.Add(use);
            }
        }

        internal IReadOnlyList<PowerSupply> PowerSupplies { get; }

        internal IReadOnlyList<PaymentMethodUse> PaymentMethods { get; }

        internal Dictionary<CountryCode, PowerSupply> PowerByCountry { get; } = new();

        internal Dictionary<CountryCode, List<PaymentMethodUse>> PaymentsByCountry { get; } = new();
    }
}
