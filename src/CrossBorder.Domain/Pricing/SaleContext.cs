using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Where and when a unit is sold, and how its price relates to tax: the caller supplies the VAT rate and whether the
/// marketplace displays prices including VAT (from the markets data). Immutable.
/// </summary>
public sealed record SaleContext
{
    private readonly Percentage salesTaxRate;
    private readonly Percentage vatRate;
    private readonly Currency currency = null!;
    /// <summary>Creates a sale context.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="date">The day of the sale.</param>
    /// <param name="currency">The currency of the listing price.</param>
    /// <param name="vatRate">The VAT (or GST, consumption tax) rate on the sale; zero where none (US).</param>
    /// <param name="pricesIncludeVat">Whether the listing price includes VAT (EU, UK, JP: yes; US: no).</param>
    /// <param name="salesTaxRate">Sales tax the marketplace collects on top of the price (US), used where a fee's base includes it; zero by default.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A rate is outside 0%–100%.</exception>
    public SaleContext(MarketplaceId marketplace, LocalDate date, Currency currency, Percentage vatRate, bool pricesIncludeVat, Percentage salesTaxRate = default)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId such as amazon-us, not default.");
        Marketplace = marketplace;
        Date = date;
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        Preconditions.CheckInRange(vatRate.Fraction, nameof(vatRate), 0m, 1m);
        Preconditions.CheckInRange(salesTaxRate.Fraction, nameof(salesTaxRate), 0m, 1m);
        VatRate = vatRate;
        PricesIncludeVat = pricesIncludeVat;
        SalesTaxRate = salesTaxRate;
    }

    /// <summary>
    /// The sale context of <paramref name="marketplace"/> on <paramref name="date"/> from the markets dataset: the marketplace's
    /// currency, whether its prices include VAT, and the VAT/GST rate of its country (standard, or the rate of
    /// <paramref name="vatCategory"/> such as <c>books</c>).
    /// </summary>
    /// <param name="marketplace">The marketplace (<c>amazon-de</c>).</param>
    /// <param name="date">The day of the sale.</param>
    /// <param name="markets">The markets dataset; <see cref="Markets.Default"/> when null.</param>
    /// <param name="vatCategory">A reduced-rate category of the country's VAT table, or null for the standard rate.</param>
    /// <returns>The context.</returns>
    /// <remarks>
    /// Whether prices include VAT comes from the marketplace record when it states it; otherwise from the country's tax regime: a
    /// national VAT/GST charged on imports is shown in consumer prices (EU, UK, AU, JP, SG), a sub-national sales tax is added
    /// at checkout (US, CA). Where no VAT is added or included (US), the rate is zero; US state sales tax is not recorded, set
    /// <see cref="SalesTaxRate"/> with <c>with</c> when a fee base needs it.
    /// </remarks>
    /// <exception cref="UnknownMarketplaceException">No marketplace has the identifier.</exception>
    /// <exception cref="Data.RecordNotInForceException">The marketplace, its tax regime or its VAT rate is not recorded on the date.</exception>
    public static SaleContext ForMarketplace(MarketplaceId marketplace, LocalDate date, Markets? markets = null, string? vatCategory = null)
    {
        markets ??= Markets.Default;
        Marketplace place = markets.GetMarketplace(marketplace, date);
        TaxRegime regime = markets.GetTaxRegime(place.Country, date);
        bool includesVat = place.PricesIncludeVat ?? (regime.ChargedOnImport && !regime.Subnational);
        Percentage rate = !regime.ChargedOnImport
            ? Percentage.Zero
            : (vatCategory is null ? markets.GetStandardVatRate(place.Country, date) : markets.GetVatRate(place.Country, vatCategory, date)).Rate;
        return new SaleContext(marketplace, date, place.Currency, rate, includesVat);
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; init; }

    /// <summary>The day of the sale (fees in force on it apply).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The listing currency.</summary>
    public Currency Currency
    {
        get => currency;
        init => currency = Preconditions.CheckNotNull(value, nameof(Currency));
    }

    /// <summary>The VAT rate on the sale.</summary>
    public Percentage VatRate
    {
        get => vatRate;
        init => vatRate = CheckRate(value, nameof(VatRate));
    }

    /// <summary>Whether listing prices include VAT.</summary>
    public bool PricesIncludeVat { get; init; }

    /// <summary>Sales tax collected on top of the price.</summary>
    public Percentage SalesTaxRate
    {
        get => salesTaxRate;
        init => salesTaxRate = CheckRate(value, nameof(SalesTaxRate));
    }

    private static Percentage CheckRate(Percentage rate, string paramName)
    {
        Preconditions.CheckInRange(rate.Fraction, paramName, 0m, 1m);
        return rate;
    }
}
