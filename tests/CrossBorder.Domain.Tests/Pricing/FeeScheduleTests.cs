using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

public class FeeScheduleTests
{
    private static readonly MarketplaceFeeSchedules Fees = MarketplaceFeeSchedules.Default;

    private static Money Total(string marketplace, string category, LocalDate date, decimal baseAmount, string currency)
    {
        MarketplaceFeeSchedule s = Fees.Get(MarketplaceId.Parse(marketplace), category, date);
        Money total = Money.Zero(Currency.FromCode(currency));
        foreach (SellingFee fee in s.Fees)
        {
            total += fee.Compute(Money.Of(baseAmount, currency));
        }

        return total;
    }

    [Fact]
    public void Ebay_published_example_25_dollar_trading_card_pays_3_71()
    {
        // eBay Seller Center, 2024 winter seller update, Fees & financials: "if you sell a trading card for $25 including
        // shipping and tax, you'll now pay a fee of $3.71 instead of $3.61" (13.25% + $0.40 per order, from 2024-03-15).
        Assert.Equal(Money.Of(3.71m, "USD"), Total("ebay-us", "most-categories", new LocalDate(2024, 6, 1), 25m, "USD"));
    }

    [Theory]
    [InlineData(10.00, 0.30)] // orders of $10 and under: $0.30
    [InlineData(10.01, 0.40)] // orders over $10: $0.40
    public void Ebay_per_order_fee_switches_above_10_dollars(double total, double perOrder)
    {
        MarketplaceFeeSchedule s = Fees.Get(MarketplaceId.Parse("ebay-us"), "most-categories", new LocalDate(2024, 6, 1));
        Assert.Equal(Money.Of((decimal)perOrder, "USD"), s.Fees[1].Compute(Money.Of((decimal)total, "USD")));
    }

    [Fact]
    public void Ebay_two_fee_years_13_25_then_13_6_percent()
    {
        Assert.Equal(Money.Of(13.65m, "USD"), Total("ebay-us", "most-categories", new LocalDate(2025, 2, 13), 100m, "USD"));
        Assert.Equal(Money.Of(14.00m, "USD"), Total("ebay-us", "most-categories", new LocalDate(2025, 2, 14), 100m, "USD"));
        // Marginal band: 13.6% of the first $7,500 and 2.35% above.
        Assert.Equal(Money.Of(1020m + 58.75m + 0.40m, "USD"), Total("ebay-us", "most-categories", new LocalDate(2025, 6, 1), 10_000m, "USD"));
    }

    [Theory]
    [InlineData(2.00, 0.30)]   // 8% = 0.16, per-item minimum $0.30
    [InlineData(3.75, 0.30)]   // 8% = 0.30 exactly
    [InlineData(10.00, 0.80)]  // up to $10: 8% of the whole price
    [InlineData(10.01, 1.50)]  // above $10: 15% of the whole price (1.5015)
    public void Amazon_us_beauty_whole_price_band_at_10_dollars(double price, double fee)
    {
        // Amazon "Selling on Amazon fee schedule" (200336920): Beauty, Health & Personal Care 8% for total sales price
        // up to $10.00, 15% above; minimum $0.30.
        Assert.Equal(Money.Of((decimal)fee, "USD"), Total("amazon-us", "beauty-health-personal-care", new LocalDate(2026, 11, 25), (decimal)price, "USD"));
    }

    [Theory]
    [InlineData(100.00, 15.00)]  // 15% of the portion up to $100
    [InlineData(150.00, 19.00)]  // + 8% of the portion above
    public void Amazon_us_electronics_accessories_marginal_band_at_100_dollars(double price, double fee) =>
        Assert.Equal(Money.Of((decimal)fee, "USD"), Total("amazon-us", "electronics-accessories", new LocalDate(2026, 11, 25), (decimal)price, "USD"));

    [Theory]
    [InlineData(15.00, 0.75)]
    [InlineData(15.01, 1.50)]
    [InlineData(20.00, 2.00)]
    [InlineData(20.01, 3.40)]
    public void Amazon_us_apparel_bands_5_10_17_percent(double price, double fee) =>
        Assert.Equal(Money.Of((decimal)fee, "USD"), Total("amazon-us", "clothing-and-accessories", new LocalDate(2024, 1, 15), (decimal)price, "USD"));

    [Fact]
    public void Amazon_uk_rate_includes_the_digital_services_tax_and_applies_to_the_vat_inclusive_price()
    {
        MarketplaceFeeSchedule s = Fees.Get(MarketplaceId.Parse("amazon-uk"), "home-and-kitchen", new LocalDate(2026, 11, 25));
        Assert.Equal(FeeBase.PriceIncludingTax, s.Fees[0].Base);
        Assert.Equal(Money.Of(3.67m, "GBP"), s.Fees[0].Compute(Money.Of(24.00m, "GBP"))); // 15.3% × 24.00 = 3.672
    }

    [Fact]
    public void Amazon_jp_beauty_band_at_1500_yen_rounds_to_whole_yen()
    {
        Assert.Equal(Money.Of(120m, "JPY"), Total("amazon-jp", "beauty", new LocalDate(2026, 12, 1), 1500m, "JPY"));
        Assert.Equal(Money.Of(150m, "JPY"), Total("amazon-jp", "beauty", new LocalDate(2026, 12, 1), 1501m, "JPY")); // 150.1
        Assert.Equal(Money.Of(30m, "JPY"), Total("amazon-jp", "consumer-electronics", new LocalDate(2026, 12, 1), 100m, "JPY"));
    }

    [Fact]
    public void Lazada_published_example_rm_100_computer_accessory()
    {
        // Lazada MY Support Center "Commission overview": unit price RM 100, commission 2% + 6% GST = RM 2.12,
        // payment fee 2% + 6% GST = RM 2.12.
        MarketplaceFeeSchedule s = Fees.Get(MarketplaceId.Parse("lazada-my"), "computer-accessories", new LocalDate(2017, 1, 1));
        Assert.Equal(Money.Of(2.12m, "MYR"), s.Fees[0].Compute(Money.Of(100m, "MYR")));
        Assert.Equal(Money.Of(2.12m, "MYR"), s.Fees[1].Compute(Money.Of(100m, "MYR")));
    }

    [Fact]
    public void Shopee_tiktok_and_shopify_schedules_compute()
    {
        Assert.Equal(Money.Of(4.24m + 2.12m, "MYR"), Total("shopee-my", "fashion", new LocalDate(2023, 6, 1), 100m, "MYR"));
        Assert.Equal(Money.Of(4.50m, "GBP"), Total("tiktok-shop-uk", "most-categories", new LocalDate(2026, 11, 25), 50m, "GBP"));
        Assert.Equal(Money.Of(3.20m, "USD"), Total("shopify", "basic", new LocalDate(2026, 11, 25), 100m, "USD"));
    }

    [Fact]
    public void Unknown_category_names_the_argument_and_lists_known_categories()
    {
        var ex = Assert.Throws<UnknownFeeCategoryException>(() => Fees.Get(MarketplaceId.Parse("amazon-us"), "spaceships", new LocalDate(2026, 1, 1)));
        Assert.Equal("category", ex.ParamName);
        Assert.Contains("home-and-kitchen", ex.Message, StringComparison.Ordinal);
        Assert.False(Fees.TryGet(MarketplaceId.Parse("amazon-us"), "spaceships", new LocalDate(2026, 1, 1), out _));
    }

    [Fact]
    public void A_date_before_the_data_is_reported_not_guessed() =>
        Assert.Throws<RecordNotInForceException>(() => Fees.Get(MarketplaceId.Parse("ebay-us"), "most-categories", new LocalDate(2020, 1, 1)));

    [Fact]
    public void User_file_in_the_same_format_is_read_and_checked()
    {
        const string json = """
        { "table": "marketplace-fees", "version": "1", "key": ["marketplace","category"],
          "sources": { "me": { "title": "my contract", "address": "https://example.com/contract", "retrieved": "2026-11-25" } },
          "records": [ { "marketplace": "amazon-us", "category": "widgets", "currency": "USD", "validFrom": "2026-01-01", "source": "me",
                         "fees": [ { "name": "referral fee", "base": "price-excluding-tax", "bands": "whole-price", "rates": [ { "upTo": null, "rate": 0.05 } ] } ] } ] }
        """;
        MarketplaceFeeSchedules mine = MarketplaceFeeSchedules.Default.Override(MarketplaceFeeSchedules.Parse(json).All);
        Assert.Equal(Money.Of(5m, "USD"), mine.Get(MarketplaceId.Parse("amazon-us"), "widgets", new LocalDate(2026, 2, 1)).Fees[0].Compute(Money.Of(100m, "USD")));
        Assert.Throws<DataValidationException>(() => MarketplaceFeeSchedules.Parse(json.Replace("\"whole-price\"", "\"whole\"", StringComparison.Ordinal)));
    }
}
