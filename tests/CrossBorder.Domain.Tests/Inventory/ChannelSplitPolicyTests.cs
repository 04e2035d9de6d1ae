using CrossBorder.Domain.Inventory;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class ChannelSplitPolicyTests
{
    // Example thresholds chosen for the tests (a seller's own choice, not published figures): 2 units/day, CV ≤ 0.8, 60 in-stock days.
    private static readonly ChannelSplitPolicy Policy = new(2m, 0.8m, 60);

    [Fact]
    public void Steady_seller_is_stocked_overseas()
    {
        // 90 days alternating 9 and 11 → d = 10, σd = √(90 × 1 ÷ 89) = 1.0056, CV = 0.1006 ≤ 0.8; 90 in-stock days of history ≥ 60.
        var units = Enumerable.Range(0, 90).Select(i => i % 2 == 0 ? 9 : 11).ToArray();
        ChannelRecommendation r = Policy.Recommend(new DemandHistory(new LocalDate(2026, 8, 1), units), 90);
        Assert.Equal(StockingChannel.Overseas, r.Channel);
        Assert.StartsWith("steady seller", r.Reason, StringComparison.Ordinal);
        Assert.Equal(0.1006m, Math.Round(r.CoefficientOfVariation, 4));
        Assert.Equal(90, r.InStockDays);

        // The window (30 days) does not make it new: the history has 90 in-stock days. 30 days alternating 9/11 → CV = √(30 ÷ 29) ÷ 10 = 0.1017.
        Assert.Equal(StockingChannel.Overseas, Policy.Recommend(new DemandHistory(new LocalDate(2026, 8, 1), units), 30).Channel);
    }

    [Fact]
    public void New_long_tail_and_erratic_products_ship_direct_with_the_reason()
    {
        // New: 30 days of history, 2 of them stock-outs → 28 in-stock days < 60.
        var outs = new bool[30];
        outs[3] = outs[4] = true;
        ChannelRecommendation fresh = Policy.Recommend(new DemandHistory(new LocalDate(2026, 10, 1), Enumerable.Repeat(10, 30).ToArray(), outs), 30);
        Assert.Equal(StockingChannel.DirectFromOrigin, fresh.Channel);
        Assert.StartsWith("new product: 28 in-stock days < 60", fresh.Reason, StringComparison.Ordinal);

        // Long tail: d = 0.5 < 2.
        ChannelRecommendation slow = Policy.Recommend(DemandEstimate.Given(0.5m, 0.2m));
        Assert.Equal(StockingChannel.DirectFromOrigin, slow.Channel);
        Assert.StartsWith("long tail: d 0.5 < 2", slow.Reason, StringComparison.Ordinal);

        // Erratic: d = 5, σd = 6 → CV = 1.2 > 0.8.
        ChannelRecommendation erratic = Policy.Recommend(DemandEstimate.Given(5m, 6m));
        Assert.Equal(StockingChannel.DirectFromOrigin, erratic.Channel);
        Assert.StartsWith("erratic demand: CV 1.2 > 0.8", erratic.Reason, StringComparison.Ordinal);
    }

    [Property]
    public Property Loosening_the_thresholds_never_moves_an_overseas_sku_back_to_direct() =>
        Prop.ForAll(
            (from d in Gen.Choose(0, 5_000)
             from sd in Gen.Choose(0, 5_000)
             from min in Gen.Choose(1, 1_000)
             from cv in Gen.Choose(0, 300)
             from lower in Gen.Choose(0, 1_000)
             from higher in Gen.Choose(0, 300)
             select (d / 100m, sd / 100m, min / 100m, cv / 100m, lower / 1000m, higher / 100m)).ToArbitrary(),
            t =>
            {
                DemandEstimate e = DemandEstimate.Given(t.Item1, t.Item2);
                var strict = new ChannelSplitPolicy(t.Item3, t.Item4, 0);
                var loose = new ChannelSplitPolicy(Math.Max(0.0001m, t.Item3 * (1m - t.Item5)), t.Item4 + t.Item6, 0);
                return strict.Recommend(e).Channel != StockingChannel.Overseas || loose.Recommend(e).Channel == StockingChannel.Overseas;
            });

    [Fact]
    public void Bad_thresholds_name_the_argument()
    {
        Assert.Throws<ArgumentOutOfRangeException>("minimumDailyUnits", () => new ChannelSplitPolicy(0m, 1m, 0));
        Assert.Throws<ArgumentOutOfRangeException>("maximumCoefficientOfVariation", () => new ChannelSplitPolicy(1m, -0.1m, 0));
        Assert.Throws<ArgumentOutOfRangeException>("minimumInStockDays", () => new ChannelSplitPolicy(1m, 1m, -1));
    }
}
