using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class StorageCostProjectionTests
{
    private static readonly MarketplaceId AmazonUs = MarketplaceId.Parse("amazon-us");
    private static readonly RestockPlanner Planner = new(new RestockPolicy(new ServiceLevel(0.95m), 0));

    [Fact]
    public void Fast_seller_pays_one_month_of_off_peak_storage_and_no_surcharge()
    {
        // Today 2026-01-05, L = 10 → sellable 2026-01-15; nothing ahead; d = 10/day; 100 units of 0.1 ft³.
        // Units at the start of each day: 100, 90, …, 10 (2026-01-15..01-24) → 550 unit-days; sold out 2026-01-24.
        // January average = 550 ÷ 31 = 17.741935; fee = 17.741935 × 0.1 ft³ × $0.78 (US standard, Jan–Sep; Seller Central GJ9NNG7RK4TU6E3Z)
        // = $1.383871 → $1.38. Age on 2026-01-15 is 0 days (< 181): no surcharge, no warning.
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(0), new LocalDate(2026, 1, 5));
        StorageCostProjection p = StorageCostProjection.For(plan, 100, FbaFeeTables.Default, AmazonUs, Volume.FromCubicFeet(0.1m));
        Assert.Equal(new LocalDate(2026, 1, 15), p.SellableFrom);
        Assert.Equal(new LocalDate(2026, 1, 24), p.SoldOutOn);
        StorageMonth jan = Assert.Single(p.Months);
        Assert.Equal(17.741935m, Math.Round(jan.AverageUnits, 6));
        Assert.Equal(0.78m, jan.MonthlyRate);
        Assert.Equal(Money.Of(1.38m, "USD"), p.TotalStorageFees);
        Assert.Equal(Money.Of(0m, "USD"), p.TotalAgedSurcharges);
        Assert.Null(p.Warning);
        Assert.Equal(181, p.SurchargeThresholdDays);
    }

    [Fact]
    public void Stock_ahead_sells_first_and_peak_months_cost_more()
    {
        // Today 2026-09-21, L = 10 → sellable 10-01; 100 on hand ahead (days 09-21..09-30 sell exactly 100 at 10/day).
        // The batch of 310 then sells 10/day from 10-01: 310, 300, …, 10 on 10-01..10-31 → Σ = 10 × (31 × 32 ÷ 2) = 4,960 unit-days;
        // sold out 10-31. October is peak: 4,960 ÷ 31 = 160 average × 0.1 × $2.40 = $38.40.
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(100), new LocalDate(2026, 9, 21));
        StorageCostProjection p = StorageCostProjection.For(plan, 310, FbaFeeTables.Default, AmazonUs, Volume.FromCubicFeet(0.1m));
        StorageMonth oct = Assert.Single(p.Months);
        Assert.Equal(160m, oct.AverageUnits);
        Assert.Equal(2.4m, oct.MonthlyRate);
        Assert.Equal(Money.Of(38.40m, "USD"), p.TotalStorageFees);
        Assert.Equal(new LocalDate(2026, 10, 31), p.SoldOutOn);
    }

    [Fact]
    public void Slow_seller_is_warned_and_pays_aged_surcharges_where_the_data_has_a_bracket()
    {
        // d = 0.5/day, 200 units of 0.1 ft³ sellable 2026-01-15 → the last unit sells on day 399 = 2027-02-18.
        // Day 181 (2026-07-15): 200 − 0.5 × 181 = 109.5 units left → warning.
        // Assessments on the 15th (units at the start of the day, rounded up; US brackets, Seller Central GJ9NNG7RK4TU6E3Z / 2026 fee changes):
        //   2026-07-15 age 181: ⌈109.5⌉ = 110 × 0.1 ft³ × $0.50 = $5.50
        //   2026-08-15 age 212: 200 − 106 = 94 × 0.1 × $1.00 = $9.40
        //   2026-09-15 age 243: ⌈78.5⌉ = 79 × 0.1 × $1.50 = $11.85
        //   2026-10-15..2027-01-15 ages 273, 304, 334, 365: 271–365 days is not in the data → listed as not priced (4)
        //   2027-02-15 age 396: 200 − 198 = 2 units × max(0.1 × $6.90, $0.30) = 2 × $0.69 = $1.38
        // Total = 5.50 + 9.40 + 11.85 + 1.38 = $28.13.
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(0.5m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(0), new LocalDate(2026, 1, 5));
        StorageCostProjection p = StorageCostProjection.For(plan, 200, FbaFeeTables.Default, AmazonUs, Volume.FromCubicFeet(0.1m));
        Assert.Equal(109.5m, p.UnitsOlderThanThreshold);
        Assert.NotNull(p.Warning);
        Assert.Contains("109.5 of 200 units older than 181 days on 2026-07-15", p.Warning, StringComparison.Ordinal);
        Assert.Equal(4, p.Unpriced.Count);
        Assert.Equal(Money.Of(28.13m, "USD"), p.TotalAgedSurcharges);
        Assert.Equal(new LocalDate(2027, 2, 18), p.SoldOutOn);
        Assert.Equal(14, p.Months.Count); // 2026-01 .. 2027-02
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(1m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(0), new LocalDate(2026, 1, 5));
        Assert.Throws<ArgumentOutOfRangeException>("quantity", () => StorageCostProjection.For(plan, -1, FbaFeeTables.Default, AmazonUs, Volume.FromCubicFeet(0.1m)));
        Assert.Throws<ArgumentOutOfRangeException>("unitVolume", () => StorageCostProjection.For(plan, 1, FbaFeeTables.Default, AmazonUs, Volume.Zero));
        Assert.Throws<ArgumentOutOfRangeException>("horizonDays", () => StorageCostProjection.For(plan, 1, FbaFeeTables.Default, AmazonUs, Volume.FromCubicFeet(0.1m), horizonDays: 0));
    }
}
