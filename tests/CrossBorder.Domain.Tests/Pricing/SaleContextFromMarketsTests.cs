using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>The sale context taken from the markets dataset instead of typed in by the caller.</summary>
public class SaleContextFromMarketsTests
{
    private static readonly LocalDate Day = new(2026, 11, 25);

    [Theory]
    [InlineData("amazon-de", "EUR", 19, true)]   // marketplace record: VAT-inclusive prices; DE standard rate 19 %
    [InlineData("amazon-jp", "JPY", 10, true)]   // consumption tax 10 %, prices shown tax-inclusive
    [InlineData("amazon-us", "USD", 0, false)]   // no VAT; state sales tax added at checkout
    [InlineData("amazon-ca", "CAD", 5, false)]   // no marketplace flag: sub-national GST/HST regime, tax added at checkout; federal GST 5 %
    [InlineData("amazon-uk", "GBP", 20, true)]   // no marketplace flag: national VAT, prices VAT-inclusive
    public void Currency_vat_rate_and_price_convention_come_from_the_markets(string id, string currency, int percent, bool includesVat)
    {
        SaleContext sale = SaleContext.ForMarketplace(MarketplaceId.Parse(id), Day);

        Assert.Equal(currency, sale.Currency.Code);
        Assert.Equal(Percentage.FromPercent(percent), sale.VatRate);
        Assert.Equal(includesVat, sale.PricesIncludeVat);
        Assert.Equal(Day, sale.Date);
    }

    [Fact]
    public void A_reduced_rate_category_is_looked_up_in_the_country_table()
    {
        Assert.Equal(Percentage.Zero, SaleContext.ForMarketplace(MarketplaceId.Parse("amazon-uk"), Day, vatCategory: "books").VatRate);
        Assert.Throws<RecordNotInForceException>(() => SaleContext.ForMarketplace(MarketplaceId.Parse("amazon-uk"), Day, vatCategory: "spaceships"));
    }

    [Fact]
    public void The_rate_follows_the_date_of_the_sale()
    {
        // Markets data: Finland 24 % until 2024-08-31, 25.5 % from 2024-09-01 — seen through a user marketplace record in Finland.
        var source = Source.UserSupplied("own shop", new LocalDate(2024, 1, 1));
        var shop = new Marketplace(MarketplaceId.Parse("shopify-fi"), Platform.Shopify, CountryCode.Parse("FI"), Currency.EUR, new[] { "fi" }, null, true, null,
            "Europe/Helsinki", null, EffectivePeriod.From(new LocalDate(2024, 1, 1)), source);
        Markets markets = Markets.Default.WithMarketplaces(new[] { shop });

        Assert.Equal(Percentage.FromPercent(24m), SaleContext.ForMarketplace(shop.Id, new LocalDate(2024, 8, 31), markets).VatRate);
        Assert.Equal(Percentage.FromPercent(25.5m), SaleContext.ForMarketplace(shop.Id, new LocalDate(2024, 9, 1), markets).VatRate);
    }

    [Fact]
    public void Unknown_marketplace_is_refused()
    {
        Assert.Throws<UnknownMarketplaceException>(() => SaleContext.ForMarketplace(MarketplaceId.Parse("amazon-zz"), Day));
    }
}
