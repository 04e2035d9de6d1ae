using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>Marketplaces as data: Amazon Global Selling, eBay site list, Shopee/Lazada/TikTok Shop markets (see marketplaces.json).</summary>
public class MarketplaceTests
{
    private static readonly LocalDate Day = new(2026, 11, 25);

    public static Arbitrary<Marketplace> MarketplaceArbitrary() => Gen.Elements(Markets.Default.Marketplaces.ToArray()).ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(MarketplaceTests) })]
    public bool Every_marketplace_currency_equals_its_country_currency(Marketplace marketplace) =>
        marketplace.Currency == Markets.Default.Countries.Get(marketplace.Country).Currency;

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(MarketplaceTests) })]
    public bool Every_marketplace_time_zone_is_a_tzdb_zone_and_its_id_starts_with_its_platform(Marketplace marketplace) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(marketplace.TimeZoneId) is not null
        && marketplace.Id.Platform == marketplace.Platform.Prefix;

    [Fact]
    public void The_issue_s_amazon_marketplaces_are_all_present()
    {
        foreach (string site in new[] { "us", "ca", "mx", "br", "uk", "de", "fr", "it", "es", "nl", "se", "pl", "be", "ie", "jp", "au", "sg", "ae", "sa", "in" })
        {
            Assert.True(Markets.Default.TryGetMarketplace("amazon-" + site, Day, out Marketplace? m), site);
            Assert.Same(Platform.Amazon, m!.Platform);
        }
    }

    [Fact]
    public void Amazon_de_lists_vat_inclusive_euro_prices_and_collects_low_value_import_vat()
    {
        Marketplace de = Markets.Default.GetMarketplace("amazon-de", Day);
        Assert.Equal(CountryCode.Parse("DE"), de.Country);
        Assert.Same(Currency.EUR, de.Currency);
        Assert.Equal(new[] { "de" }, de.Languages);
        Assert.True(de.PricesIncludeVat);
        Assert.True(de.FacilitatorCollectsTax);
        Assert.Equal("Europe/Berlin", de.TimeZoneId);
        Assert.Equal("amazon.de", de.Domain);

        Marketplace us = Markets.Default.GetMarketplace("amazon-us", Day);
        Assert.False(us.PricesIncludeVat);
        Assert.True(us.FacilitatorCollectsTax); // marketplace facilitator laws
        Assert.False(Markets.Default.GetMarketplace("shopify-us", Day).FacilitatorCollectsTax);
        Assert.Null(Markets.Default.GetMarketplace("lazada-my", Day).PricesIncludeVat); // not recorded, not guessed
    }

    [Fact]
    public void Marketplaces_in_a_market_are_listed_on_the_market_view()
    {
        MarketView uk = Markets.Default.For("GB").On(Day);
        Assert.Contains(uk.Marketplaces, m => m.Id == "amazon-uk");
        Assert.Contains(uk.Marketplaces, m => m.Id == "ebay-uk");
        Assert.Contains(uk.Marketplaces, m => m.Id == "tiktok-shop-uk");
        Assert.All(uk.Marketplaces, m => Assert.Equal(CountryCode.Parse("GB"), m.Country));
    }

    [Fact]
    public void Unknown_marketplace_throws_a_specific_exception()
    {
        var ex = Assert.Throws<UnknownMarketplaceException>(() => Markets.Default.GetMarketplace("amazon-xx", Day));
        Assert.Equal("amazon-xx", ex.Id);
        Assert.Equal("id", ex.ParamName);
        Assert.False(Markets.Default.TryGetMarketplace("amazon-xx", Day, out _));
        Assert.Throws<RecordNotInForceException>(() => Markets.Default.GetMarketplace("amazon-ie", new LocalDate(2024, 6, 1)));
    }

    [Fact]
    public void Users_can_add_a_marketplace_without_forking()
    {
        var bol = new Marketplace("bol-nl", Platform.Shopify, "NL", Currency.EUR, new[] { "nl" }, "example.nl", true, false, "Europe/Amsterdam", "own store", EffectivePeriod.From(new LocalDate(2026, 1, 1)), Source.UserSupplied("Our channels", Day));
        Markets markets = Markets.Default.WithMarketplaces(new[] { bol });
        Assert.Equal("example.nl", markets.GetMarketplace("bol-nl", Day).Domain);
        Assert.Contains(markets.For("NL").On(Day).Marketplaces, m => m.Id == "bol-nl");
        Assert.False(Markets.Default.TryGetMarketplace("bol-nl", Day, out _));
    }

    [Fact]
    public void Platforms_are_a_closed_vocabulary()
    {
        Assert.Equal(6, Platform.List.Count);
        Assert.Same(Platform.TikTokShop, Platform.FromName("TikTokShop"));
        Assert.True(Platform.TryFromPrefix("EBAY", out Platform? ebay));
        Assert.Same(Platform.Ebay, ebay);
        Assert.False(Platform.TryFromPrefix("temu", out _));
    }
}
