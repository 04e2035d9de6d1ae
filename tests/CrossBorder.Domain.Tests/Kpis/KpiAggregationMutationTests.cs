using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>
/// Survivors of the Kpis mutation run in <see cref="KpiAggregation"/>: per-kind counters, grouping by each dimension, keys that
/// appear after the aggregation was created, range boundaries, missing rates and costs, argument checks.
/// </summary>
[UseCulture("tr-TR")]
public class KpiAggregationMutationTests
{
    private static readonly WorkedLedger Ledger = new();

    private static Money Usd(long cents) => Money.FromMinorUnits(cents, Currency.USD);

    private static KpiQuery Query(LedgerKeys keys, KpiDimensions groupBy = KpiDimensions.None, IReadOnlyList<SkuCost>? costs = null) =>
        new(keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf)
        {
            GroupBy = groupBy,
            ExchangeRates = WorkedLedger.Rates,
            MarketOf = WorkedLedger.MarketOf,
            UnitCosts = costs ?? Array.Empty<SkuCost>(),
        };

    [Fact]
    public void Worked_ledger_counts_lines_refunds_resellable_units_reviews_and_snapshots()
    {
        LedgerTotals t = KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1).Total;
        Assert.Equal(8, t.OrderLines);
        Assert.Equal(7, t.Orders);
        Assert.Equal(2, t.Refunds);
        Assert.Equal(2, t.ReturnedUnits);
        Assert.Equal(1, t.ResellableUnits);
        Assert.Equal(2, t.Reviews);
        Assert.Equal(7, t.RatingSum);
        Assert.Equal(1, t.PositiveReviews);
        Assert.Equal(400, t.Sessions);
        Assert.Equal(2, t.InventorySnapshots);
        Assert.Equal(0, t.SnapshotsWithoutCost);
        Assert.Equal(0, t.UnitsWithoutCost);
        Assert.Equal(Usd(100 * 400 + 80 * 400), t.InventoryCostDays);
    }

    [Fact]
    public void Without_unit_costs_units_and_snapshots_are_counted_as_uncosted()
    {
        KpiReport report = KpiEngine.Aggregate(Query(Ledger.Keys), Ledger.Data, 1);
        LedgerTotals t = report.Total;
        // 12 ordered units + the one resellable returned CUP; both MUG snapshots.
        Assert.Equal(13, t.UnitsWithoutCost);
        Assert.Equal(2, t.SnapshotsWithoutCost);
        Assert.Equal(Usd(0), t.CostOfGoodsOrdered);
        Assert.Equal(Usd(0), t.CostOfGoodsReturned);
        Assert.Equal(0, report.Rejections.Total);
    }

    [Fact]
    public void Only_one_sku_costed_counts_the_other_as_uncosted()
    {
        var costs = new[] { new SkuCost(Ledger.Mug, new EffectivePeriod(new LocalDate(2026, 1, 1), null), WorkedLedger.Usd(4.00m)) };
        LedgerTotals t = KpiEngine.Aggregate(Query(Ledger.Keys, costs: costs), Ledger.Data, 1).Total;
        // CUP: 1 + 2 + 1 ordered, 1 returned resellable.
        Assert.Equal(5, t.UnitsWithoutCost);
        Assert.Equal(Usd(8 * 400), t.CostOfGoodsOrdered);
        Assert.Equal(0, t.SnapshotsWithoutCost);
    }

    [Fact]
    public void Rating_four_is_positive_three_is_not()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        SkuKey mug = keys.Sku("MUG");
        var data = new LedgerData
        {
            Reviews = new[]
            {
                new Review(new LocalDate(2026, 3, 5), us, mug, 4),
                new Review(new LocalDate(2026, 3, 5), us, mug, 3),
                new Review(new LocalDate(2026, 3, 5), us, mug, 5),
                new Review(new LocalDate(2026, 3, 5), us, mug, 1),
            },
        };
        LedgerTotals t = KpiEngine.Aggregate(Query(keys), data, 1).Total;
        Assert.Equal(4, t.Reviews);
        Assert.Equal(13, t.RatingSum);
        Assert.Equal(2, t.PositiveReviews);
    }

    [Fact]
    public void Group_by_channel_splits_fulfilment()
    {
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Channel), Ledger.Data, 1);
        KpiGroup fba = Assert.Single(report.Groups, g => g.Key.Channel == FulfilledBy.Marketplace);
        KpiGroup fbm = Assert.Single(report.Groups, g => g.Key.Channel == FulfilledBy.Merchant);
        Assert.Equal(9, fba.Totals.Units);
        Assert.Equal(6, fba.Totals.OrderLines);
        Assert.Equal(3, fbm.Totals.Units);
        Assert.Equal(2, fbm.Totals.OrderLines);
        Assert.Null(fba.Key.Sku);
        Assert.Null(fba.Key.Marketplace);
        // Rows without a channel (refunds, fees, ads…) are in a group without channel.
        KpiGroup none = Assert.Single(report.Groups, g => g.Key.Channel is null);
        Assert.Equal(0, none.Totals.OrderLines);
        Assert.Equal(2, none.Totals.Refunds);
    }

    [Fact]
    public void Group_by_sku_puts_every_row_kind_on_its_sku()
    {
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Sku), Ledger.Data, 1);
        KpiGroup mug = Assert.Single(report.Groups, g => g.Key.Sku == "MUG");
        KpiGroup cup = Assert.Single(report.Groups, g => g.Key.Sku == "CUP");
        KpiGroup none = Assert.Single(report.Groups, g => g.Key.Sku is null);
        Assert.Equal(3, report.Groups.Count);
        Assert.Equal(8, mug.Totals.Units);
        Assert.Equal(4, cup.Totals.Units);
        Assert.Equal(5, mug.Totals.OrderLines);
        Assert.Equal(3, cup.Totals.OrderLines);
        Assert.Equal(400, mug.Totals.Sessions);
        Assert.Equal(0, cup.Totals.Sessions);
        Assert.Equal(5, mug.Totals.RatingSum);
        Assert.Equal(2, cup.Totals.RatingSum);
        Assert.Equal(1, mug.Totals.Refunds);
        Assert.Equal(1, cup.Totals.Refunds);
        Assert.Equal(2, mug.Totals.InventorySnapshots);
        Assert.Equal(0, cup.Totals.InventorySnapshots);
        Assert.Equal(Usd(5000), mug.Totals.AdSpend);
        Assert.Equal(Usd(2000), cup.Totals.AdSpend);
        Assert.Equal(Usd(1100), none.Totals.AdSpend);
        Assert.Equal(Usd(4999), none.Totals.FixedCosts);
        Assert.Equal(0, none.Totals.Units);
    }

    [Fact]
    public void Group_by_marketplace_and_campaign()
    {
        KpiReport byMarketplace = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Marketplace), Ledger.Data, 1);
        Assert.Equal(2, byMarketplace.Groups.Count);
        KpiGroup us = Assert.Single(byMarketplace.Groups, g => g.Key.Marketplace == MarketplaceId.Parse("amazon-us"));
        KpiGroup de = Assert.Single(byMarketplace.Groups, g => g.Key.Marketplace == MarketplaceId.Parse("amazon-de"));
        Assert.Equal(8, us.Totals.Units);
        Assert.Equal(4, de.Totals.Units);
        Assert.Equal(400, us.Totals.Sessions);
        Assert.Equal(0, de.Totals.Sessions);
        Assert.Equal(1, us.Totals.Reviews);
        Assert.Equal(1, de.Totals.Reviews);
        Assert.Equal(2, us.Totals.InventorySnapshots);
        Assert.Equal(Usd(4999), us.Totals.FixedCosts);
        Assert.Equal(Usd(0), de.Totals.FixedCosts);
        Assert.Equal(Usd(7000), us.Totals.AdSpend);
        Assert.Equal(Usd(1100), de.Totals.AdSpend);

        KpiReport byCampaign = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Campaign), Ledger.Data, 1);
        Assert.Equal(Usd(5000), Assert.Single(byCampaign.Groups, g => g.Key.Campaign == "SP-MUG").Totals.AdSpend);
        Assert.Equal(Usd(2000), Assert.Single(byCampaign.Groups, g => g.Key.Campaign == "SP-CUP").Totals.AdSpend);
        Assert.Equal(Usd(1100), Assert.Single(byCampaign.Groups, g => g.Key.Campaign == "SB-BRAND").Totals.AdSpend);
        KpiGroup noCampaign = Assert.Single(byCampaign.Groups, g => g.Key.Campaign is null);
        Assert.Equal(12, noCampaign.Totals.Units);
        Assert.Equal(4, byCampaign.Groups.Count);
    }

    [Fact]
    public void Keys_added_after_the_aggregation_was_created_are_accepted_and_grouped()
    {
        var keys = new LedgerKeys();
        MarketplaceKey first = keys.Marketplace("amazon-us");
        SkuKey a = keys.Sku("A");
        var aggregation = new KpiAggregation(Query(keys, KpiDimensions.Marketplace | KpiDimensions.Sku | KpiDimensions.Campaign));
        string[] ids = { "amazon-de", "amazon-fr", "amazon-it", "amazon-es", "amazon-nl", "amazon-pl", "amazon-se", "amazon-jp", "amazon-ca", "amazon-mx" };
        var marketplaces = new List<MarketplaceKey> { first };
        marketplaces.AddRange(ids.Select(id => keys.Marketplace(id)));
        SkuKey b = keys.Sku("B");
        CampaignKey late = keys.Campaign("LATE");
        var lines = new List<OrderLine>();
        int n = 0;
        foreach (MarketplaceKey m in marketplaces)
        {
            n++;
            lines.Add(new OrderLine("A" + n, 1, Instant.FromUtc(2026, 3, 10, 12, 0), m, a, n, WorkedLedger.Usd(n), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), FulfilledBy.Merchant));
            lines.Add(new OrderLine("B" + n, 1, Instant.FromUtc(2026, 3, 10, 12, 0), m, b, 100 + n, WorkedLedger.Usd(1m), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), FulfilledBy.Merchant));
        }

        aggregation.Add<OrderLine>(lines.ToArray());
        aggregation.Add<AdvertisingDay>(new[]
        {
            new AdvertisingDay(new LocalDate(2026, 3, 10), first, late, b, CampaignType.SponsoredProducts, 10, 1, WorkedLedger.Usd(3m), WorkedLedger.Usd(9m), 1),
        });
        KpiReport report = aggregation.ToReport();
        Assert.Equal(0, report.Rejections.Total);
        Assert.Equal(23, report.RowsRead);
        Assert.Equal(23, report.Groups.Count);
        for (int i = 0; i < marketplaces.Count; i++)
        {
            MarketplaceId id = keys.MarketplaceOf(marketplaces[i]);
            KpiGroup ga = Assert.Single(report.Groups, g => g.Key.Marketplace == id && g.Key.Sku == "A");
            KpiGroup gb = Assert.Single(report.Groups, g => g.Key.Marketplace == id && g.Key.Sku == "B" && g.Key.Campaign is null);
            Assert.Equal(i + 1, ga.Totals.Units);
            Assert.Equal(Usd(100 * (i + 1)), ga.Totals.ItemPrice);
            Assert.Equal(101 + i, gb.Totals.Units);
        }

        KpiGroup ad = Assert.Single(report.Groups, g => g.Key.Campaign == "LATE");
        Assert.Equal(Usd(300), ad.Totals.AdSpend);
        Assert.Equal("B", ad.Key.Sku);
        Assert.Equal(MarketplaceId.Parse("amazon-us"), ad.Key.Marketplace);
        // Deterministic order: by marketplace key, then SKU key, then campaign key (none first).
        var order = report.Groups.Select(g => (g.Key.Marketplace!.Value, g.Key.Sku, g.Key.Campaign)).ToList();
        var expected = new List<(MarketplaceId, string?, string?)>();
        foreach (MarketplaceKey m in marketplaces)
        {
            MarketplaceId id = keys.MarketplaceOf(m);
            expected.Add((id, "A", null));
            expected.Add((id, "B", null));
            if (m == first)
            {
                expected.Add((id, "B", "LATE"));
            }
        }

        Assert.Equal(expected, order);
    }

    [Fact]
    public void Keys_of_another_ledger_are_rejected_as_unknown()
    {
        var other = new LedgerKeys();
        other.Marketplace("amazon-us");
        other.Marketplace("amazon-de");
        MarketplaceKey foreignMarketplace = other.Marketplace("amazon-fr");
        other.Sku("X");
        other.Sku("Y");
        SkuKey foreignSku = other.Sku("Z");
        other.Campaign("C1");
        other.Campaign("C2");
        other.Campaign("C3");
        CampaignKey foreignCampaign = other.Campaign("C4");
        var aggregation = new KpiAggregation(Ledger.Query());
        aggregation.Add<Review>(new[]
        {
            new Review(new LocalDate(2026, 3, 5), foreignMarketplace, Ledger.Mug, 5),
            new Review(new LocalDate(2026, 3, 5), Ledger.Us, foreignSku, 5),
            new Review(new LocalDate(2026, 3, 5), Ledger.Us, Ledger.Mug, 5),
        });
        aggregation.Add<AdvertisingDay>(new[]
        {
            new AdvertisingDay(new LocalDate(2026, 3, 10), Ledger.Us, foreignCampaign, Ledger.Mug, CampaignType.SponsoredProducts, 1, 1, WorkedLedger.Usd(1m), WorkedLedger.Usd(1m), 1),
        });
        aggregation.Add<TrafficDay>(new[] { new TrafficDay(new LocalDate(2026, 3, 5), Ledger.Us, foreignSku, 7) });
        aggregation.Add<InventorySnapshot>(new[] { new InventorySnapshot(new LocalDate(2026, 3, 5), Ledger.Us, foreignSku, 7) });
        aggregation.Add<Refund>(new[] { new Refund("R", Instant.FromUtc(2026, 3, 5, 12, 0), Ledger.Us, foreignSku, 1, WorkedLedger.Usd(1m), WorkedLedger.Usd(0m), ReturnReason.Defective, resellable: false) });
        aggregation.Add<FeeCharge>(new[] { new FeeCharge(Instant.FromUtc(2026, 3, 5, 12, 0), Ledger.Us, foreignSku, FeeKind.Storage, WorkedLedger.Usd(1m)) });
        KpiReport report = aggregation.ToReport();
        Assert.Equal(8, report.RowsRead);
        Assert.Equal(7, report.Rejections.Count(RejectionReason.UnknownKey));
        Assert.Equal(7, report.Rejections.Total);
        Assert.Equal(1, report.Total.Reviews);
        Assert.Equal(0, report.Total.Sessions);
        Assert.Equal(0, report.Total.InventorySnapshots);
        Assert.Equal(0, report.Total.Refunds);
        Assert.Equal(Usd(0), report.Total.FixedCosts);
        Assert.Equal(Usd(0), report.Total.AdSpend);
    }

    [Fact]
    public void Range_boundaries_for_dated_rows()
    {
        LocalDate[] dates = { new(2026, 2, 28), new(2026, 3, 1), new(2026, 3, 31), new(2026, 4, 1) };
        var data = new LedgerData
        {
            Reviews = dates.Select(d => new Review(d, Ledger.Us, Ledger.Mug, 4)).ToArray(),
            Traffic = dates.Select(d => new TrafficDay(d, Ledger.Us, Ledger.Mug, 10)).ToArray(),
            Inventory = dates.Select(d => new InventorySnapshot(d, Ledger.Us, Ledger.Mug, 5)).ToArray(),
            Advertising = dates.Select(d => new AdvertisingDay(d, Ledger.Us, Ledger.Keys.Campaign("SP-MUG"), Ledger.Mug, CampaignType.SponsoredProducts, 1, 1, WorkedLedger.Usd(1m), WorkedLedger.Usd(2m), 1)).ToArray(),
        };
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(), data, 1);
        Assert.Equal(16, report.RowsRead);
        Assert.Equal(8, report.Rejections.Count(RejectionReason.OutsideRange));
        Assert.Equal(8, report.Rejections.Total);
        Assert.Equal(2, report.Total.Reviews);
        Assert.Equal(2, report.Total.PositiveReviews);
        Assert.Equal(20, report.Total.Sessions);
        Assert.Equal(2, report.Total.InventorySnapshots);
        Assert.Equal(31, report.Total.InventoryDays);
        Assert.Equal(Usd(200), report.Total.AdSpend);
    }

    [Fact]
    public void Unit_cost_periods_change_on_their_boundary_day()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        SkuKey mug = keys.Sku("MUG");
        var costs = new[]
        {
            new SkuCost(mug, new EffectivePeriod(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10)), WorkedLedger.Usd(1.00m)),
            new SkuCost(mug, new EffectivePeriod(new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 20)), WorkedLedger.Eur(10.00m)),
        };
        InventorySnapshot Snap(int day) => new(new LocalDate(2026, 3, day), us, mug, 1);
        var data = new LedgerData { Inventory = new[] { Snap(1), Snap(10), Snap(11), Snap(20), Snap(21) } };
        LedgerTotals t = KpiEngine.Aggregate(Query(keys, costs: costs), data, 1).Total;
        // 1.00 + 1.00 + 11.00 + 11.00 (EUR 10.00 × 1.10); 21 March has no cost.
        Assert.Equal(Usd(100 + 100 + 1100 + 1100), t.InventoryCostDays);
        Assert.Equal(1, t.SnapshotsWithoutCost);
        Assert.Equal(5, t.InventorySnapshots);
    }

    [Fact]
    public void Rows_in_a_currency_without_rate_are_rejected()
    {
        MarketplaceKey us = Ledger.Us;
        Money gbp = Money.Of(5m, Currency.GBP);
        Money gbp0 = Money.Of(0m, Currency.GBP);
        Instant at = Instant.FromUtc(2026, 3, 5, 12, 0);
        var aggregation = new KpiAggregation(Ledger.Query());
        aggregation.Add<FeeCharge>(new[] { new FeeCharge(at, us, SkuKey.None, FeeKind.Storage, gbp) });
        aggregation.Add<Refund>(new[] { new Refund("R", at, us, Ledger.Mug, 1, gbp, gbp0, ReturnReason.Defective, resellable: false) });
        aggregation.Add<OrderLine>(new[] { new OrderLine("O", 1, at, us, Ledger.Mug, 1, gbp, gbp0, gbp0, gbp0, FulfilledBy.Merchant) });
        aggregation.Add<FeeCharge>(new[] { new FeeCharge(at, us, SkuKey.None, FeeKind.Storage, WorkedLedger.Usd(2m)) });
        KpiReport report = aggregation.ToReport();
        Assert.Equal(4, report.RowsRead);
        Assert.Equal(3, report.Rejections.Count(RejectionReason.NoExchangeRate));
        Assert.Equal(3, report.Rejections.Total);
        Assert.Equal(Usd(200), report.Total.FixedCosts);
        Assert.Equal(0, report.Total.Refunds);
        Assert.Equal(0, report.Total.OrderLines);
    }

    [Fact]
    public void Translating_into_a_currency_with_fewer_decimals()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        SkuKey mug = keys.Sku("MUG");
        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.USD, Currency.JPY, 150m, new LocalDate(2026, 2, 27), "example rate") }, maxAgeInDays: 60);
        var query = new KpiQuery(keys, Currency.JPY, WorkedLedger.March, WorkedLedger.ZoneOf) { ExchangeRates = rates, MarketOf = WorkedLedger.MarketOf };
        var data = new LedgerData
        {
            OrderLines = new[] { new OrderLine("O", 1, Instant.FromUtc(2026, 3, 5, 12, 0), us, mug, 1, WorkedLedger.Usd(10.00m), WorkedLedger.Usd(1.00m), WorkedLedger.Usd(0.50m), WorkedLedger.Usd(0m), FulfilledBy.Merchant) },
            Fees = new[] { new FeeCharge(Instant.FromUtc(2026, 3, 5, 12, 0), us, SkuKey.None, FeeKind.Storage, WorkedLedger.Usd(2.00m)) },
        };
        LedgerTotals t = KpiEngine.Aggregate(query, data, 1).Total;
        Assert.Equal(Money.Of(1500m, Currency.JPY), t.ItemPrice);
        Assert.Equal(Money.Of(150m, Currency.JPY), t.Discounts);
        Assert.Equal(Money.Of(75m, Currency.JPY), t.Tax);
        Assert.Equal(Money.Of(300m, Currency.JPY), t.FixedCosts);
    }

    [Fact]
    public async Task Argument_checks()
    {
        var aggregation = new KpiAggregation(Ledger.Query());
        ArgumentNullException e1 = Assert.Throws<ArgumentNullException>(() => aggregation.AddRange<OrderLine>(null!));
        Assert.Equal("rows", e1.ParamName);
        ArgumentNullException e2 = await Assert.ThrowsAsync<ArgumentNullException>(() => aggregation.AddRangeAsync<OrderLine>(null!));
        Assert.Equal("rows", e2.ParamName);
        ArgumentException e3 = Assert.Throws<ArgumentException>(() => aggregation.Merge(new KpiAggregation(Ledger.Query())));
        Assert.Equal("other", e3.ParamName);
        Assert.Contains("another KpiQuery", e3.Message, StringComparison.Ordinal);
        ArgumentException e4 = Assert.Throws<ArgumentException>(() => aggregation.Add<NotARow>(new NotARow[1]));
        Assert.Equal("row", e4.ParamName);
        Assert.Contains("NotARow is not a ledger row", e4.Message, StringComparison.Ordinal);
        Assert.Contains("OrderLine", e4.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Async_and_enumerable_rows_match_span_rows_and_merge()
    {
        KpiQuery query = Ledger.Query(KpiDimensions.Sku);
        var viaSpan = new KpiAggregation(query);
        viaSpan.Add<OrderLine>(Ledger.OrderLines);
        var viaEnumerable = new KpiAggregation(query);
        viaEnumerable.AddRange(Ledger.OrderLines.Take(3));
        var viaAsync = new KpiAggregation(query);
        await viaAsync.AddRangeAsync(Stream(Ledger.OrderLines.Skip(3)));
        viaEnumerable.Merge(viaAsync);
        KpiReport a = viaSpan.ToReport();
        KpiReport b = viaEnumerable.ToReport();
        Assert.Equal(8, b.RowsRead);
        Assert.Equal(a.Total, b.Total);
        Assert.Equal(a.Groups.Count, b.Groups.Count);
        Assert.Equal(12, b.Total.Units);
        Assert.Equal(8, Assert.Single(b.Groups, g => g.Key.Sku == "MUG").Totals.Units);
    }

    [Fact]
    public void New_York_day_boundaries_across_daylight_saving()
    {
        // America/New_York: EST (UTC−5) until 2026-03-08 07:00 UTC, then EDT (UTC−4).
        OrderLine At(Instant at, int quantity) =>
            new("O" + quantity, 1, at, Ledger.Us, Ledger.Mug, quantity, WorkedLedger.Usd(1m), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), WorkedLedger.Usd(0m), FulfilledBy.Merchant);
        var data = new LedgerData
        {
            OrderLines = new[]
            {
                At(Instant.FromUtc(2026, 3, 1, 4, 59), 1),      // 28 Feb 23:59 EST: outside
                At(Instant.FromUtc(2026, 3, 1, 5, 0), 2),       // 1 Mar 00:00 EST: inside
                At(Instant.FromUtc(2026, 3, 8, 6, 59), 4),      // 8 Mar 01:59 EST
                At(Instant.FromUtc(2026, 3, 8, 7, 0), 8),       // 8 Mar 03:00 EDT
                At(Instant.FromUtc(2026, 4, 1, 3, 59), 16),     // 31 Mar 23:59 EDT: inside
                At(Instant.FromUtc(2026, 4, 1, 4, 0), 32),      // 1 Apr 00:00 EDT: outside
                At(Instant.FromUtc(2026, 2, 26, 12, 0), 64),    // well before
                At(Instant.FromUtc(2026, 4, 3, 12, 0), 128),    // well after
            },
        };
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(), data, 1);
        Assert.Equal(2 + 4 + 8 + 16, report.Total.Units);
        Assert.Equal(4, report.Rejections.Count(RejectionReason.OutsideRange));

        KpiReport byDay = KpiEngine.Aggregate(Ledger.Query(period: PeriodGrouping.Day), data, 1);
        Assert.Equal(3, byDay.Groups.Count);
        Assert.Equal(2, Assert.Single(byDay.Groups, g => g.Key.Period!.Start == new LocalDate(2026, 3, 1)).Totals.Units);
        Assert.Equal(12, Assert.Single(byDay.Groups, g => g.Key.Period!.Start == new LocalDate(2026, 3, 8)).Totals.Units);
        Assert.Equal(16, Assert.Single(byDay.Groups, g => g.Key.Period!.Start == new LocalDate(2026, 3, 31)).Totals.Units);
    }

    [Fact]
    public async Task An_overflow_in_AddRange_AddRangeAsync_or_Merge_leaves_the_aggregation_refusing_reports()
    {
        TrafficDay huge = new(new LocalDate(2026, 3, 5), Ledger.Us, Ledger.Mug, long.MaxValue);
        KpiQuery query = Ledger.Query();

        var viaEnumerable = new KpiAggregation(query);
        Assert.Throws<ArgumentOutOfRangeException>(() => viaEnumerable.AddRange(new[] { huge, huge }));
        Assert.Throws<InvalidOperationException>(() => viaEnumerable.ToReport());

        var viaAsync = new KpiAggregation(query);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => viaAsync.AddRangeAsync(Stream(new[] { huge, huge })));
        Assert.Throws<InvalidOperationException>(() => viaAsync.ToReport());

        var left = new KpiAggregation(query);
        left.Add<TrafficDay>(new[] { huge });
        var right = new KpiAggregation(query);
        right.Add<TrafficDay>(new[] { huge });
        Assert.Throws<ArgumentOutOfRangeException>(() => left.Merge(right));
        Assert.Throws<InvalidOperationException>(() => left.ToReport());
        Assert.Throws<InvalidOperationException>(() => left.Merge(new KpiAggregation(query)));
        Assert.Equal(long.MaxValue, right.ToReport().Total.Sessions);
    }

    [Fact]
    public void Grouping_by_every_dimension_and_day_keeps_every_row_kind_apart()
    {
        const KpiDimensions all = KpiDimensions.Marketplace | KpiDimensions.Market | KpiDimensions.Sku | KpiDimensions.Campaign | KpiDimensions.Channel;
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(all, PeriodGrouping.Day), Ledger.Data, 1);
        // 8 order lines on 8 distinct keys, 2 refunds, 2 fees, 3 ad days, 2 snapshots, 2 reviews, 1 traffic day.
        Assert.Equal(20, report.Groups.Count);
        Assert.Equal(20, report.Groups.Select(g => g.Key).Distinct().Count());
        Assert.Equal(0, report.Rejections.Total);
        KpiGroup o3 = Assert.Single(report.Groups, g => g.Key.Period!.Start == new LocalDate(2026, 3, 10) && g.Key.Channel == FulfilledBy.Marketplace);
        Assert.Equal(3, o3.Totals.Units);
        Assert.Equal(MarketplaceId.Parse("amazon-us"), o3.Key.Marketplace);
        Assert.Equal(CountryCode.Parse("US"), o3.Key.Market);
        Assert.Equal("MUG", o3.Key.Sku);
        Assert.Null(o3.Key.Campaign);
        KpiGroup o5 = Assert.Single(report.Groups, g => g.Key.Channel == FulfilledBy.Merchant && g.Key.Market == CountryCode.Parse("DE"));
        Assert.Equal(2, o5.Totals.Units);
        Assert.Equal("CUP", o5.Key.Sku);
        KpiGroup traffic = Assert.Single(report.Groups, g => g.Totals.Sessions > 0);
        Assert.Null(traffic.Key.Campaign);
        Assert.Null(traffic.Key.Channel);
        Assert.Equal(0, traffic.Totals.Units);
        KpiGroup brand = Assert.Single(report.Groups, g => g.Key.Campaign == "SB-BRAND");
        Assert.Null(brand.Key.Sku);
        Assert.Equal(Usd(1100), brand.Totals.AdSpend);
        LedgerTotals whole = KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1).Total;
        Assert.Equal(whole.NetRevenue, report.Total.NetRevenue);
        Assert.Equal(whole.NetProfit, report.Total.NetProfit);
        Assert.Equal(whole.Units, report.Total.Units);
        // By SKU an order counts once per SKU it holds: O1 (MUG + CUP) counts twice, so 8 instead of 7.
        Assert.Equal(8, report.Total.Orders);
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> rows)
    {
        foreach (T row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private struct NotARow : ILedgerRow
    {
    }
}
