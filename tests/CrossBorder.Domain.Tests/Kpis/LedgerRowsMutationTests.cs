using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>Ledger rows and keys: validation (type, ParamName, message), boundaries, equality and text of keys, LedgerKeys lookups.</summary>
[UseCulture("tr-TR")]
public class LedgerRowsMutationTests
{
    private static readonly LedgerKeys Keys = new();
    private static readonly MarketplaceKey Us = Keys.Marketplace("amazon-us");
    private static readonly SkuKey Mug = Keys.Sku("MUG");
    private static readonly CampaignKey Spring = Keys.Campaign("spring");
    private static readonly Instant March2 = Instant.FromUtc(2026, 3, 2, 12, 0);
    private static readonly LocalDate Day = new(2026, 3, 2);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static void AssertArgument(Func<object> act, string paramName, params string[] parts)
    {
        var ex = Assert.Throws<ArgumentException>(act);
        Assert.Equal(paramName, ex.ParamName);
        foreach (string part in parts)
        {
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }
    }

    private static void AssertOutOfRange(Func<object> act, string paramName, params string[] parts)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(paramName, ex.ParamName);
        foreach (string part in parts)
        {
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }
    }

    // ---- rows refuse MarketplaceKey.None / SkuKey.None / CampaignKey.None ----
    [Fact]
    public void Rows_refuse_a_none_marketplace_naming_it()
    {
        AssertArgument(() => new TrafficDay(Day, MarketplaceKey.None, Mug, 1), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new AdvertisingDay(Day, MarketplaceKey.None, Spring, Mug, CampaignType.SponsoredProducts, 1, 1, Usd(1m), Usd(0m), 0), "marketplace", "marketplace is MarketplaceKey.None", "belongs to a marketplace");
        AssertArgument(() => new OrderLine("O1", 1, March2, MarketplaceKey.None, Mug, 1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)), "marketplace", "marketplace is MarketplaceKey.None", "order line");
        AssertArgument(() => new Refund("O1", March2, MarketplaceKey.None, Mug, 1, Usd(10m), Usd(0m)), "marketplace", "marketplace is MarketplaceKey.None", "refund");
        AssertArgument(() => new Review(Day, MarketplaceKey.None, Mug, 5), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new InventorySnapshot(Day, MarketplaceKey.None, Mug, 3), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new SellerFeedback("O1", MarketplaceKey.None, 5), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new FeeCharge(March2, MarketplaceKey.None, Mug, FeeKind.Referral, Usd(1m)), "marketplace", "marketplace is MarketplaceKey.None", "fee");
        AssertArgument(() => new Claim("O1", MarketplaceKey.None, default, default), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new Cancellation("O1", MarketplaceKey.None, default), "marketplace", "marketplace is MarketplaceKey.None");
        AssertArgument(() => new OrderShipment("O1", MarketplaceKey.None, Day, Day, true), "marketplace", "marketplace is MarketplaceKey.None");
    }

    [Fact]
    public void Rows_refuse_a_none_sku_naming_it()
    {
        AssertArgument(() => new TrafficDay(Day, Us, SkuKey.None, 1), "sku", "sku is SkuKey.None");
        AssertArgument(() => new OrderLine("O1", 1, March2, Us, SkuKey.None, 1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)), "sku", "sku is SkuKey.None", "sells a SKU");
        AssertArgument(() => new Refund("O1", March2, Us, SkuKey.None, 1, Usd(10m), Usd(0m)), "sku", "sku is SkuKey.None", "refund");
        AssertArgument(() => new Review(Day, Us, SkuKey.None, 5), "sku", "sku is SkuKey.None", "review");
        AssertArgument(() => new InventorySnapshot(Day, Us, SkuKey.None, 3), "sku", "sku is SkuKey.None", "snapshot");
        AssertArgument(() => new SkuCost(SkuKey.None, EffectivePeriod.Always, Usd(1m)), "sku", "sku is SkuKey.None", "unit cost");
    }

    [Fact]
    public void Advertising_day_refuses_a_none_campaign() =>
        AssertArgument(() => new AdvertisingDay(Day, Us, CampaignKey.None, Mug, CampaignType.SponsoredProducts, 1, 1, Usd(1m), Usd(0m), 0), "campaign", "campaign is CampaignKey.None", "belongs to a campaign");

    [Fact]
    public void Rows_accept_valid_keys_and_keep_them()
    {
        var claim = new Claim("O1", Us, ClaimKind.AToZGuarantee, ClaimStatus.Open);
        Assert.Equal(Us, claim.Marketplace);
        var cancel = new Cancellation("O1", Us, default);
        Assert.Equal(Us, cancel.Marketplace);
        var shipment = new OrderShipment("O1", Us, Day, null, false);
        Assert.Equal(Us, shipment.Marketplace);
        var snapshot = new InventorySnapshot(Day, Us, Mug, 0);
        Assert.Equal(0, snapshot.UnitsOnHand);
        Assert.Equal(Mug, snapshot.Sku);
    }

    // ---- counts: zero allowed, negative refused ----
    [Fact]
    public void Traffic_day_accepts_zero_sessions_and_refuses_negative()
    {
        Assert.Equal(0L, new TrafficDay(Day, Us, Mug, 0).Sessions);
        AssertOutOfRange(() => new TrafficDay(Day, Us, Mug, -1), "sessions", "sessions must be zero or greater", "-1");
    }

    [Fact]
    public void Advertising_day_accepts_zero_counts_and_refuses_negative()
    {
        var day = new AdvertisingDay(Day, Us, Spring, Mug, CampaignType.SponsoredProducts, 0, 0, Usd(1m), Usd(0m), 0);
        Assert.Equal(0L, day.Impressions);
        Assert.Equal(0L, day.Clicks);
        AssertOutOfRange(() => new AdvertisingDay(Day, Us, Spring, Mug, CampaignType.SponsoredProducts, -1, 0, Usd(1m), Usd(0m), 0), "impressions", "impressions must be zero or greater", "-1");
        AssertOutOfRange(() => new AdvertisingDay(Day, Us, Spring, Mug, CampaignType.SponsoredProducts, 5, -2, Usd(1m), Usd(0m), 0), "clicks", "clicks must be zero or greater", "-2");
    }

    [Fact]
    public void Order_line_discount_above_price_names_both_amounts()
    {
        AssertOutOfRange(
            () => new OrderLine("O1", 1, March2, Us, Mug, 1, Usd(10m), Usd(11m), Usd(0m), Usd(0m)),
            "discount",
            "discount was " + Usd(11m),
            "must not exceed itemPrice (" + Usd(10m) + ")");
        Assert.Equal(Usd(10m), new OrderLine("O1", 1, March2, Us, Mug, 1, Usd(10m), Usd(10m), Usd(0m), Usd(0m)).Discount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_outside_one_to_five_are_refused(int rating)
    {
        Assert.Equal("rating", Assert.Throws<ArgumentOutOfRangeException>(() => new Review(Day, Us, Mug, rating)).ParamName);
        Assert.Equal("rating", Assert.Throws<ArgumentOutOfRangeException>(() => new SellerFeedback("O1", Us, rating)).ParamName);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void Seller_feedback_of_one_or_two_stars_is_negative(int rating, bool negative)
    {
        Assert.Equal(negative, new SellerFeedback("O1", Us, rating).IsNegative);
        Assert.Equal(rating, new Review(Day, Us, Mug, rating).Rating);
    }

    [Theory]
    [InlineData(FeeKind.Referral, true)]
    [InlineData(FeeKind.Fulfilment, true)]
    [InlineData(FeeKind.OtherVariable, true)]
    [InlineData(FeeKind.Storage, false)]
    [InlineData(FeeKind.Subscription, false)]
    [InlineData(FeeKind.OtherFixed, false)]
    public void Fee_kinds_are_variable_or_fixed(FeeKind kind, bool variable) =>
        Assert.Equal(variable, new FeeCharge(March2, Us, Mug, kind, Usd(1m)).IsVariable);

    // ---- SkuCost ----
    [Fact]
    public void Sku_cost_at_exactly_the_64_bit_limit_is_accepted()
    {
        // USD: 2 minor digits + 4 extra = units of 1/10^6; long.MaxValue of them is 9223372036854.775807.
        var cost = new SkuCost(Mug, EffectivePeriod.Always, Usd(9223372036854.775807m));
        Assert.Equal(Usd(9223372036854.775807m), cost.CostPerUnit);
        Assert.Equal(Mug, cost.Sku);
    }

    [Fact]
    public void Sku_cost_above_the_64_bit_limit_names_the_limit() =>
        AssertOutOfRange(
            () => new SkuCost(Mug, EffectivePeriod.Always, Usd(9223372036855m)),
            "costPerUnit",
            "costPerUnit was 9223372036855 USD",
            "at most 9223372036854 USD",
            "1/10^6)");

    [Fact]
    public void Sku_cost_with_too_many_decimals_names_the_allowed_count() =>
        AssertArgument(
            () => new SkuCost(Mug, EffectivePeriod.Always, Usd(1.0000001m)),
            "costPerUnit",
            "costPerUnit was 1.0000001 USD",
            "give at most 6 decimals");

    [Fact]
    public void Sku_cost_with_six_decimals_is_accepted() =>
        Assert.Equal(Usd(1.000001m), new SkuCost(Mug, EffectivePeriod.Always, Usd(1.000001m)).CostPerUnit);

    // ---- KpiQuery ----
    [Fact]
    public void Query_refuses_a_reporting_currency_without_minor_unit() =>
        AssertArgument(
            () => new KpiQuery(Keys, Currency.XXX, new DateInterval(Day, Day), _ => DateTimeZone.Utc),
            "reportingCurrency",
            "reportingCurrency is XXX",
            "no minor unit");

    // ---- keys ----
    [Fact]
    public void Marketplace_keys_compare_and_print()
    {
        var keys = new LedgerKeys();
        MarketplaceKey a = keys.Marketplace("amazon-us");
        MarketplaceKey b = keys.Marketplace("amazon-de");
        MarketplaceKey a2 = keys.Marketplace("amazon-us");
        Assert.True(a == a2);
        Assert.False(a != a2);
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a.Equals(a2));
        Assert.False(a.Equals(b));
        Assert.True(a.Equals((object)a2));
        Assert.False(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), a2.GetHashCode());
        Assert.Equal("marketplace#0", a.ToString());
        Assert.Equal("marketplace#1", b.ToString());
        Assert.Equal("none", MarketplaceKey.None.ToString());
        Assert.True(MarketplaceKey.None.IsNone);
        Assert.False(a.IsNone);
        Assert.Equal(2, keys.MarketplaceCount);
    }

    [Fact]
    public void Sku_keys_compare_and_print()
    {
        var keys = new LedgerKeys();
        SkuKey a = keys.Sku("MUG");
        SkuKey b = keys.Sku("mug");
        SkuKey a2 = keys.Sku("MUG");
        Assert.True(a == a2);
        Assert.False(a != a2);
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a.Equals(a2));
        Assert.False(a.Equals(b));
        Assert.True(a.Equals((object)a2));
        Assert.Equal("sku#0", a.ToString());
        Assert.Equal("sku#1", b.ToString());
        Assert.Equal("none", SkuKey.None.ToString());
        Assert.Equal(2, keys.SkuCount);
        Assert.Equal("mug", keys.SkuOf(b));
    }

    [Fact]
    public void Campaign_keys_compare_and_print()
    {
        var keys = new LedgerKeys();
        CampaignKey a = keys.Campaign("spring");
        CampaignKey b = keys.Campaign("summer");
        CampaignKey a2 = keys.Campaign("spring");
        Assert.True(a == a2);
        Assert.False(a != a2);
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a.Equals(a2));
        Assert.False(a.Equals(b));
        Assert.True(a.Equals((object)a2));
        Assert.Equal("campaign#0", a.ToString());
        Assert.Equal("campaign#1", b.ToString());
        Assert.Equal("none", CampaignKey.None.ToString());
        Assert.Equal(2, keys.CampaignCount);
        Assert.Equal("summer", keys.CampaignOf(b));
    }

    [Fact]
    public void Ledger_keys_refuse_the_default_marketplace() =>
        AssertArgument(() => new LedgerKeys().Marketplace(default), "marketplace", "default (empty) MarketplaceId", "amazon-de");

    [Fact]
    public void Ledger_keys_refuse_keys_they_did_not_issue_just_past_the_end()
    {
        var big = new LedgerKeys();
        big.Marketplace("amazon-us");
        MarketplaceKey m1 = big.Marketplace("amazon-de");
        big.Sku("A");
        SkuKey s1 = big.Sku("B");
        big.Campaign("a");
        CampaignKey c1 = big.Campaign("b");

        var small = new LedgerKeys();
        Assert.Equal(MarketplaceId.Parse("amazon-fr"), MarketplaceOf(small, small.Marketplace("amazon-fr")));
        Assert.Equal("X", small.SkuOf(small.Sku("X")));
        Assert.Equal("x", small.CampaignOf(small.Campaign("x")));

        AssertArgument(() => small.MarketplaceOf(m1), "key", "key is marketplace#1", "did not issue", "it holds 1 keys");
        AssertArgument(() => small.SkuOf(s1), "key", "key is sku#1", "did not issue", "it holds 1 keys");
        AssertArgument(() => small.CampaignOf(c1), "key", "key is campaign#1", "did not issue", "it holds 1 keys");
        AssertArgument(() => small.MarketplaceOf(MarketplaceKey.None), "key", "key is none");
        AssertArgument(() => small.SkuOf(SkuKey.None), "key", "key is none");
        AssertArgument(() => small.CampaignOf(CampaignKey.None), "key", "key is none");
    }

    private static MarketplaceId MarketplaceOf(LedgerKeys keys, MarketplaceKey key) => keys.MarketplaceOf(key);

    // ---- KpiGroupKey / KpiGroup ----
    private static KpiGroupKey Full(string marketplace = "amazon-de", string market = "DE", string? sku = "MUG", string? campaign = "spring") =>
        new(MarketplaceId.Parse(marketplace), CountryCode.Parse(market), sku, campaign, FulfilledBy.Merchant, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)));

    [Fact]
    public void Group_key_prints_every_part_in_order()
    {
        Assert.Equal("amazon-de / DE / MUG / spring / Merchant / 2026-03-01..2026-03-31", Full().ToString());
        Assert.Equal("all", default(KpiGroupKey).ToString());
        Assert.Equal("DE", new KpiGroupKey(null, CountryCode.Parse("DE"), null, null, null, null).ToString());
        Assert.Equal("spring", new KpiGroupKey(null, null, null, "spring", null, null).ToString());
        Assert.Equal("Merchant", new KpiGroupKey(null, null, null, null, FulfilledBy.Merchant, null).ToString());
        Assert.Equal("2026-03-01..2026-03-02", new KpiGroupKey(null, null, null, null, null, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2))).ToString());
    }

    [Fact]
    public void Group_keys_differ_when_any_one_part_differs()
    {
        KpiGroupKey key = Full();
        Assert.True(key == Full());
        Assert.False(key != Full());
        Assert.Equal(key.GetHashCode(), Full().GetHashCode());
        Assert.True(key.Equals((object)Full()));

        KpiGroupKey otherMarketplace = Full(marketplace: "amazon-fr");
        KpiGroupKey otherMarket = Full(market: "FR");
        KpiGroupKey otherSku = Full(sku: "CUP");
        KpiGroupKey otherCampaign = Full(campaign: "summer");
        foreach (KpiGroupKey other in new[] { otherMarketplace, otherMarket, otherSku, otherCampaign })
        {
            Assert.False(key.Equals(other));
            Assert.False(key == other);
            Assert.True(key != other);
        }

        Assert.NotEqual(key.GetHashCode(), otherSku.GetHashCode());
        Assert.NotEqual(key.GetHashCode(), otherCampaign.GetHashCode());
        Assert.False(new KpiGroupKey(MarketplaceId.Parse("amazon-de"), null, null, null, null, null).Equals(new KpiGroupKey(MarketplaceId.Parse("amazon-fr"), null, null, null, null, null)));
        Assert.False(new KpiGroupKey(null, CountryCode.Parse("DE"), null, null, null, null).Equals(new KpiGroupKey(null, CountryCode.Parse("FR"), null, null, null, null)));
    }

    [Fact]
    public void Group_prints_its_key_and_totals() =>
        Assert.Equal("all: (empty)", new KpiGroup(default, default).ToString());

    // ---- RefundCheck ----
    [Fact]
    public void Refund_check_numbers_every_refund_and_names_currency_mismatches()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        SkuKey mug = keys.Sku("MUG");
        var orders = new[] { new OrderLine("O1", 1, March2, us, mug, 2, Usd(20m), Usd(0m), Usd(0m), Usd(0m)) };
        var refunds = new[]
        {
            new Refund("X1", March2, us, mug, 1, Usd(1m), Usd(0m)),
            new Refund("X2", March2, us, mug, 1, Usd(1m), Usd(0m)),
            new Refund("O1", March2, us, mug, 1, Money.Of(5m, Currency.EUR), Money.Of(0m, Currency.EUR)),
        };

        IReadOnlyList<RefundProblem> problems = RefundCheck.FindExcessive(orders, refunds);

        Assert.Equal(3, problems.Count);
        Assert.Equal(0, problems[0].Index);
        Assert.Equal(1, problems[1].Index);
        Assert.Equal("X2", problems[1].OrderId);
        Assert.Equal(2, problems[2].Index);
        Assert.Equal("O1", problems[2].OrderId);
        Assert.Equal("refund in EUR, order in USD", problems[2].Reason);
    }
}
