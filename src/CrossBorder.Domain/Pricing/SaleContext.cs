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
