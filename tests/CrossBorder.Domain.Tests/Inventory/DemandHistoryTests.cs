using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class DemandHistoryTests
{
    private static readonly LocalDate Start = new(2026, 11, 1);

    [Fact]
    public void Velocity_is_the_mean_of_in_stock_days_and_variability_the_sample_standard_deviation()
    {
        // Days 1–10: 8 12 10 9 11 10 12 8 10 10, then day 11 out of stock with 0 sold.
        // Σx = 100, n = 10 → d = 10; Σx² = 1018 → s² = (10 × 1018 − 100²) ÷ (10 × 9) = 180 ÷ 90 = 2 → σd = √2.
        var history = new DemandHistory(Start, new[] { 8, 12, 10, 9, 11, 10, 12, 8, 10, 10, 0 }, new[] { false, false, false, false, false, false, false, false, false, false, true });
        DemandEstimate e = history.Velocity(30);
        Assert.Equal(10m, e.AverageDailyUnits);
        Assert.Equal(1.41421356m, Math.Round(e.StandardDeviation, 8));
        Assert.Equal(10, e.DaysUsed);
        Assert.Equal(1, e.StockOutDaysExcluded);
        Assert.Equal(new DateInterval(Start, Start.PlusDays(10)), e.Window);
        Assert.Contains("1 stock-out days excluded", e.Velocity.Calculation, StringComparison.Ordinal);
        Assert.Contains("shortened", e.Velocity.Calculation, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_averages_use_the_last_days_of_each_window()
    {
        // 20 days of 1 unit then 10 days of 4 units: 7-day window → 4; 30-day window → (20 + 40) ÷ 30 = 2.
        int[] units = Enumerable.Repeat(1, 20).Concat(Enumerable.Repeat(4, 10)).ToArray();
        var averages = new DemandHistory(Start, units).MovingAverages(new[] { 7, 30 });
        Assert.Equal(4m, averages[0].AverageDailyUnits);
        Assert.Equal(0m, averages[0].StandardDeviation);
        Assert.Equal(2m, averages[1].AverageDailyUnits);
    }

    [Fact]
    public void A_window_of_only_stock_out_days_throws_instead_of_returning_zero()
    {
        var history = new DemandHistory(Start, new[] { 5, 0, 0 }, new[] { false, true, true });
        var ex = Assert.Throws<InsufficientDemandHistoryException>(() => history.Velocity(2));
        Assert.Equal("windowDays", ex.ParamName);
        Assert.Equal(5m, history.Velocity(3).AverageDailyUnits);
    }

    [Fact]
    public void FromLedger_sums_units_per_local_day_and_marks_zero_stock_days()
    {
        var keys = new LedgerKeys();
        SkuKey sku = keys.Sku("MUG-01");
        SkuKey other = keys.Sku("MUG-02");
        MarketplaceKey m = keys.Marketplace(CrossBorder.Domain.Geography.MarketplaceId.Parse("amazon-us"));
        Money price = Money.Of(10m, Currency.USD);
        Money zero = Money.Zero(Currency.USD);
        DateTimeZone la = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var orders = new[]
        {
            // 2026-11-02 03:00 UTC is 2026-11-01 19:00 in Los Angeles.
            new OrderLine("A", 1, Instant.FromUtc(2026, 11, 2, 3, 0), m, sku, 2, price, zero, zero, zero),
            new OrderLine("B", 1, Instant.FromUtc(2026, 11, 2, 20, 0), m, sku, 3, price, zero, zero, zero),
            new OrderLine("C", 1, Instant.FromUtc(2026, 11, 2, 20, 0), m, other, 7, price, zero, zero, zero),
        };
        var snapshots = new[] { new InventorySnapshot(new LocalDate(2026, 11, 3), m, sku, 0), new InventorySnapshot(new LocalDate(2026, 11, 2), m, sku, 4) };
        var history = DemandHistory.FromLedger(sku, orders, snapshots, la, new DateInterval(Start, new LocalDate(2026, 11, 3)));
        Assert.Equal(2, history.UnitsOn(Start));
        Assert.Equal(3, history.UnitsOn(new LocalDate(2026, 11, 2)));
        Assert.True(history.IsStockOut(new LocalDate(2026, 11, 3)));
        Assert.False(history.IsStockOut(new LocalDate(2026, 11, 2)));
        Assert.Equal(2.5m, history.Velocity(3).AverageDailyUnits);
    }

    [Fact]
    public void Monthly_seasonality_needs_two_years_and_measures_each_month_against_the_average_day()
    {
        // Two full years (2024, 2025): 2 units a day in December, 1 a day otherwise.
        var start = new LocalDate(2024, 1, 1);
        int days = Period.DaysBetween(start, new LocalDate(2026, 1, 1));
        int[] units = Enumerable.Range(0, days).Select(i => start.PlusDays(i).Month == 12 ? 2 : 1).ToArray();
        var index = SeasonalityIndex.Monthly(new DemandHistory(start, units));

        // Overall average = (731 + 62) ÷ 731 (62 December days sell one extra unit); December = 2 ÷ that, others 1 ÷ that.
        decimal overall = 793m / 731m;
        Assert.Equal(Math.Round(2m / overall, 10), Math.Round(index.FactorFor(new LocalDate(2026, 12, 5)), 10));
        Assert.Equal(Math.Round(1m / overall, 10), Math.Round(index.Factors[0], 10));
        Assert.Throws<InsufficientDemandHistoryException>(() => SeasonalityIndex.Monthly(new DemandHistory(start, units.Take(700).ToArray())));
    }
}
