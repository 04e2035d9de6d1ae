using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class InventoryPropertyTests
{
    private static readonly LocalDate Today = new(2026, 11, 26);

    /// <summary>d (0–200, two decimals), σd (0–100), L (0–120 days), σL (0–30 days).</summary>
    private static Gen<(decimal D, decimal Sd, decimal L, decimal Sl)> Inputs =>
        from d in Gen.Choose(0, 20_000)
        from sd in Gen.Choose(0, 10_000)
        from l in Gen.Choose(0, 1_200)
        from sl in Gen.Choose(0, 300)
        select (d / 100m, sd / 100m, l / 10m, sl / 10m);

    private static RestockPlan Plan(decimal p, (decimal D, decimal Sd, decimal L, decimal Sl) x, StockPosition? stock = null, int review = 14) =>
        new RestockPlanner(new RestockPolicy(new ServiceLevel(p), review))
            .Plan(DemandEstimate.Given(x.D, x.Sd), new LeadTimeEstimate(x.L, x.Sl), stock ?? new StockPosition(50), Today);

    [Property]
    public Property Higher_service_level_never_lowers_safety_stock() =>
        Prop.ForAll(
            Inputs.SelectMany(x => Gen.Choose(1, 998).SelectMany(a => Gen.Choose(a, 999).Select(b => (x, a / 1000m, b / 1000m)))).ToArbitrary(),
            t => Plan(t.Item2, t.x).SafetyStock.Value <= Plan(t.Item3, t.x).SafetyStock.Value);

    [Property]
    public Property Higher_demand_variability_never_lowers_safety_stock() =>
        Prop.ForAll(
            Inputs.SelectMany(x => Gen.Choose(0, 5_000).Select(extra => (x, extra / 100m))).ToArbitrary(),
            t => Plan(0.95m, t.x).SafetyStock.Value <= Plan(0.95m, (t.x.D, t.x.Sd + t.Item2, t.x.L, t.x.Sl)).SafetyStock.Value);

    [Property]
    public Property Reorder_point_is_at_least_lead_time_demand_and_longer_lead_time_never_lowers_it() =>
        Prop.ForAll(
            Inputs.SelectMany(x => Gen.Choose(0, 600).Select(extra => (x, extra / 10m))).ToArbitrary(),
            t =>
            {
                RestockPlan shorter = Plan(0.9m, t.x);
                RestockPlan longer = Plan(0.9m, (t.x.D, t.x.Sd, t.x.L + t.Item2, t.x.Sl));
                return shorter.ReorderPoint.Value >= t.x.D * t.x.L && shorter.ReorderPoint.Value <= longer.ReorderPoint.Value;
            });

    [Property]
    public Property Stock_out_date_never_moves_earlier_when_an_inbound_shipment_is_added() =>
        Prop.ForAll(
            (from x in Inputs
             from onHand in Gen.Choose(0, 5_000)
             from existing in Gen.Choose(0, 3)
             from offsets in Gen.ArrayOf(Gen.Choose(0, 200), existing)
             from extraOffset in Gen.Choose(0, 200)
             from extraUnits in Gen.Choose(1, 2_000)
             select (x, onHand, offsets, extraOffset, extraUnits)).ToArbitrary(),
            t =>
            {
                var inbound = t.offsets.Select((o, i) => new InboundShipment(Today.PlusDays(o), 100 + i)).ToList();
                LocalDate? before = Plan(0.95m, t.x, new StockPosition(t.onHand, inbound)).ProjectedStockOut;
                inbound.Add(new InboundShipment(Today.PlusDays(t.extraOffset), t.extraUnits));
                LocalDate? after = Plan(0.95m, t.x, new StockPosition(t.onHand, inbound)).ProjectedStockOut;
                return before is null ? after is null : after is null || after.Value >= before.Value;
            });

    [Property]
    public Property Order_quantity_is_a_non_negative_whole_number() =>
        Prop.ForAll(
            Inputs.SelectMany(x => Gen.Choose(0, 100_000).SelectMany(onHand => Gen.Choose(0, 60).Select(r => (x, onHand, r)))).ToArbitrary(),
            t =>
            {
                decimal q = Plan(0.99m, t.x, new StockPosition(t.onHand), t.r).OrderQuantity.Value;
                return q >= 0m && q == decimal.Truncate(q);
            });

    [Property]
    public Property Planning_is_invariant_under_reordering_of_history_rows() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 60)
             from days in Gen.ArrayOf(Gen.Choose(0, 29), n)
             from qty in Gen.ArrayOf(Gen.Choose(0, 9), n)
             from outs in Gen.ArrayOf(Gen.Choose(0, 29), 3)
             from seed in Gen.Choose(0, int.MaxValue)
             select (days, qty, outs, seed)).ToArbitrary(),
            t =>
            {
                var keys = new LedgerKeys();
                SkuKey sku = keys.Sku("A");
                MarketplaceKey m = keys.Marketplace(CrossBorder.Domain.Geography.MarketplaceId.Parse("amazon-us"));
                Money z = Money.Zero(Currency.USD);
                var start = new LocalDate(2026, 10, 1);
                var orders = t.days.Select((d, i) => new OrderLine("O" + i, 1, start.PlusDays(d).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(12)), m, sku, t.qty[i], z, z, z, z)).ToList();
                var snaps = t.outs.Select(d => new InventorySnapshot(start.PlusDays(d), m, sku, 0)).ToList();
                var rnd = new Random(t.seed);
                var shuffledOrders = orders.OrderBy(_ => rnd.Next()).ToList();
                var shuffledSnaps = snaps.OrderBy(_ => rnd.Next()).ToList();
                var period = new DateInterval(start, start.PlusDays(29));
                var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), 7));

                RestockPlan? PlanFor(IEnumerable<OrderLine> o, IEnumerable<InventorySnapshot> s)
                {
                    var history = DemandHistory.FromLedger(sku, o, s, NodaTime.DateTimeZone.Utc, period);
                    try
                    {
                        return planner.Plan(history.Velocity(28), new LeadTimeEstimate(40m, 3m), new StockPosition(20), Today);
                    }
                    catch (InsufficientDemandHistoryException)
                    {
                        return null;
                    }
                }

                RestockPlan? a = PlanFor(orders, snaps);
                RestockPlan? b = PlanFor(shuffledOrders, shuffledSnaps);
                return (a is null && b is null)
                    || (a is not null && b is not null && a.SafetyStock.Value == b.SafetyStock.Value && a.OrderQuantity.Value == b.OrderQuantity.Value
                        && a.ProjectedStockOut == b.ProjectedStockOut && a.Demand.AverageDailyUnits == b.Demand.AverageDailyUnits);
            });
}
