using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class OutlookPropertyTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly string[] Events = { "black-friday", "cyber-monday", "prime-day", "christmas" };

    /// <summary>d (0–200), σd (0–50), L (0–120 days), σL (0–20), on hand (0–3,000), review (0–30), today in 2026 (day 0–364).</summary>
    private static Gen<(decimal D, decimal Sd, decimal L, decimal Sl, int OnHand, int Review, LocalDate Today)> Inputs =>
        from d in Gen.Choose(0, 20_000)
        from sd in Gen.Choose(0, 5_000)
        from l in Gen.Choose(0, 1_200)
        from sl in Gen.Choose(0, 200)
        from onHand in Gen.Choose(0, 3_000)
        from review in Gen.Choose(0, 30)
        from day in Gen.Choose(0, 364)
        select (d / 100m, sd / 100m, l / 10m, sl / 10m, onHand, review, new LocalDate(2026, 1, 1).PlusDays(day));

    [Property]
    public Property Uplift_of_one_or_more_never_lowers_the_order_quantity_or_safety_stock() =>
        Prop.ForAll(
            (from x in Inputs
             from e in Gen.Elements(Events)
             from m in Gen.Choose(100, 800)
             from useSeasonality in Gen.Elements(true, false)
             select (x, e, m / 100m, useSeasonality)).ToArbitrary(),
            t =>
            {
                var x = t.x;
                SeasonalityIndex? s = t.useSeasonality ? SeasonalityIndex.FromMonthlyFactors(new[] { 0.8m, 0.7m, 0.9m, 1m, 1m, 1.1m, 1.2m, 0.9m, 0.9m, 1m, 1.3m, 1.6m }) : null;
                var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), x.Review));
                RestockPlan Plan(decimal multiplier) => planner.Plan(
                    DemandEstimate.Given(x.D, x.Sd), new LeadTimeEstimate(x.L, x.Sl), new StockPosition(x.OnHand), x.Today,
                    new DemandOutlook(Us, Markets.Default.Calendar, new[] { new EventUplift(t.e, multiplier) }, s));
                RestockPlan without = Plan(1m);
                RestockPlan with = Plan(t.Item3);
                return with.OrderQuantity.Value >= without.OrderQuantity.Value && with.SafetyStock.Value >= without.SafetyStock.Value
                    && with.LeadTimeDemand.Value >= without.LeadTimeDemand.Value
                    && (without.ProjectedStockOut is null || (with.ProjectedStockOut is { } w && w <= without.ProjectedStockOut.Value));
            });

    [Property(MaxTest = 40)]
    public Property Storage_fees_never_fall_when_the_planned_quantity_grows() =>
        Prop.ForAll(
            (from d in Gen.Choose(1, 3_000)
             from l in Gen.Choose(0, 90)
             from onHand in Gen.Choose(0, 500)
             from day in Gen.Choose(0, 364)
             from q in Gen.Choose(0, 600)
             from extra in Gen.Choose(0, 600)
             from cubicMilliFeet in Gen.Choose(1, 2_000)
             select (d / 100m, l, onHand, new LocalDate(2026, 1, 20).PlusDays(day), q, extra, cubicMilliFeet / 1000m)).ToArbitrary(),
            t =>
            {
                var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.9m), 7));
                RestockPlan plan = planner.Plan(DemandEstimate.Given(t.Item1, 0m), new LeadTimeEstimate(t.l, 0m), new StockPosition(t.onHand), t.Item4);
                var us = MarketplaceId.Parse("amazon-us");
                StorageCostProjection a = StorageCostProjection.For(plan, t.q, FbaFeeTables.Default, us, Volume.FromCubicFeet(t.Item7), horizonDays: 400);
                StorageCostProjection b = StorageCostProjection.For(plan, t.q + t.extra, FbaFeeTables.Default, us, Volume.FromCubicFeet(t.Item7), horizonDays: 400);
                return a.TotalStorageFees <= b.TotalStorageFees && a.TotalAgedSurcharges <= b.TotalAgedSurcharges && a.UnitsOlderThanThreshold <= b.UnitsOlderThanThreshold;
            });

    [Property(MaxTest = 50)]
    public Property Planning_with_an_outlook_is_invariant_under_reordering_of_history_rows() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 80)
             from days in Gen.ArrayOf(Gen.Choose(0, 59), n)
             from qty in Gen.ArrayOf(Gen.Choose(0, 9), n)
             from seed in Gen.Choose(0, int.MaxValue)
             select (days, qty, seed)).ToArbitrary(),
            t =>
            {
                var start = new LocalDate(2026, 9, 1);
                var keys = new LedgerKeys();
                SkuKey sku = keys.Sku("A");
                MarketplaceKey m = keys.Marketplace(MarketplaceId.Parse("amazon-us"));
                Money zero = Money.Zero(Currency.USD);
                var rows = t.days.Select((d, i) => new OrderLine("O" + i, 1, start.PlusDays(d).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(12)), m, sku, t.qty[i], zero, zero, zero, zero)).ToList();
                var rnd = new Random(t.seed);
                var shuffled = rows.OrderBy(_ => rnd.Next()).ToList();
                var outlook = new DemandOutlook(
                    Us, Markets.Default.Calendar, new[] { new EventUplift("black-friday", 2.5m), new EventUplift("christmas", 1.5m) },
                    SeasonalityIndex.FromMonthlyFactors(new[] { 0.8m, 0.7m, 0.9m, 1m, 1m, 1.1m, 1.2m, 0.9m, 0.9m, 1m, 1.3m, 1.6m }));
                var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), 14));
                var period = new DateInterval(start, start.PlusDays(59));

                RestockPlan PlanFor(IEnumerable<OrderLine> r) =>
                    planner.Plan(
                        DemandHistory.FromLedger(sku, r, Array.Empty<InventorySnapshot>(), DateTimeZone.Utc, period).Velocity(30),
                        new LeadTimeEstimate(40m, 3m), new StockPosition(20), new LocalDate(2026, 11, 1), outlook);

                RestockPlan a = PlanFor(rows);
                RestockPlan b = PlanFor(shuffled);
                return a.OrderQuantity.Value == b.OrderQuantity.Value && a.SafetyStock.Value == b.SafetyStock.Value && a.ProjectedStockOut == b.ProjectedStockOut
                    && a.DemandMultiplier!.Calculation == b.DemandMultiplier!.Calculation;
            });
}
