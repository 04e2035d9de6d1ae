using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class RestockPlannerTests
{
    private static readonly LocalDate Today = new(2026, 11, 26);

    private static readonly RestockPlanner Planner95 = new(new RestockPolicy(new ServiceLevel(0.95m), reviewPeriodDays: 14));

    [Fact]
    public void Safety_stock_and_reorder_point_for_a_known_demand_series()
    {
        // Demand series 8 12 10 9 11 10 12 8 10 10 → d = 10, σd = √2 (see DemandHistoryTests).
        // Lead time L = 36 days, σL = 0; z(95 %) = 1.6448536…
        // SS = z × √(L × σd²) = 1.6448536 × √72 = 1.6448536 × 8.4852814 = 13.957046; ROP = 10 × 36 + 13.957046 = 373.957046.
        DemandEstimate demand = new DemandHistory(new LocalDate(2026, 11, 1), new[] { 8, 12, 10, 9, 11, 10, 12, 8, 10, 10 }).Velocity(10);
        RestockPlan plan = Planner95.Plan(demand, new LeadTimeEstimate(36m, 0m), new StockPosition(200), Today);
        Assert.Equal(13.95705m, Math.Round(plan.SafetyStock.Value, 5));
        Assert.Equal(360m, plan.LeadTimeDemand.Value);
        Assert.Equal(373.95705m, Math.Round(plan.ReorderPoint.Value, 5));
        Assert.True(plan.ReorderNow);

        // Q = ⌈d × (L + R) + SS − IP⌉ = ⌈10 × 50 + 13.957 − 200⌉ = ⌈313.957⌉ = 314.
        Assert.Equal(314m, plan.OrderQuantity.Value);
        Assert.Equal(20m, plan.DaysOfCover!.Value);
        Assert.Contains("1.6449 × √(36 × 1.4142² + 10² × 0²)", plan.SafetyStock.Calculation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_time_variability_adds_to_safety_stock()
    {
        // d = 20, σd = 5, L = 45, σL = 6, z(97.5 %) = 1.959964.
        // σ = √(45 × 25 + 400 × 36) = √(1125 + 14400) = √15525 = 124.599358; SS = 1.959964 × 124.599358 = 244.2103.
        var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.975m), 0));
        RestockPlan plan = planner.Plan(DemandEstimate.Given(20m, 5m), new LeadTimeEstimate(45m, 6m), new StockPosition(0), Today);
        Assert.Equal(244.210m, Math.Round(plan.SafetyStock.Value, 3));
        Assert.Equal(900m + plan.SafetyStock.Value, plan.ReorderPoint.Value);
    }

    [Fact]
    public void Stock_out_date_with_one_inbound_shipment()
    {
        // d = 10/day, 100 on hand on 2026-11-26: days 0–9 are covered, day 10 (2026-12-06) is the first short day.
        // + 50 units sellable 2026-12-01 (day 5, before the stock-out) → 150 units → first short day = day 15 = 2026-12-11.
        // + 50 units sellable 2026-12-08 instead (day 12, after the stock-out) → stock-out stays 2026-12-06.
        DemandEstimate demand = DemandEstimate.Given(10m, 0m);
        Assert.Equal(new LocalDate(2026, 12, 6), Planner95.Plan(demand, new LeadTimeEstimate(40m, 0m), new StockPosition(100), Today).ProjectedStockOut);
        RestockPlan early = Planner95.Plan(demand, new LeadTimeEstimate(40m, 0m), new StockPosition(100, new[] { new InboundShipment(new LocalDate(2026, 12, 1), 50, "PO-1") }), Today);
        Assert.Equal(new LocalDate(2026, 12, 11), early.ProjectedStockOut);
        Assert.Contains("+ 50 sellable 2026-12-01", early.StockOutExplanation, StringComparison.Ordinal);
        Assert.Equal(15m, early.DaysOfCoverWithInbound!.Value);
        RestockPlan late = Planner95.Plan(demand, new LeadTimeEstimate(40m, 0m), new StockPosition(100, new[] { new InboundShipment(new LocalDate(2026, 12, 8), 50) }), Today);
        Assert.Equal(new LocalDate(2026, 12, 6), late.ProjectedStockOut);
    }

    [Fact]
    public void Zero_velocity_projects_no_stock_out_and_no_days_of_cover()
    {
        RestockPlan plan = Planner95.Plan(DemandEstimate.Given(0m, 0m), new LeadTimeEstimate(40m, 5m), new StockPosition(3), Today);
        Assert.Null(plan.ProjectedStockOut);
        Assert.Null(plan.DaysOfCover);
        Assert.Equal(0m, plan.OrderQuantity.Value);
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Economic_order_quantity_variant()
    {
        // d = 10 → D = 3650 a year; S = 200 USD per order, H = 4 USD per unit-year: EOQ = √(2 × 3650 × 200 ÷ 4) = √365000 = 604.152.
        // Q = ⌈10 × (36 + 14) + 0 − 100⌉ = 400 → EOQ variant = max(400, 605) = 605.
        var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.9m), 14, Money.Of(200m, Currency.USD), Money.Of(4m, Currency.USD)));
        RestockPlan plan = planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(36m, 0m), new StockPosition(100), Today);
        Assert.Equal(604.152m, Math.Round(plan.EconomicOrderQuantity!.Value, 3));
        Assert.Equal(400m, plan.OrderQuantity.Value);
        Assert.Equal(605m, plan.EconomicOrderQuantityToOrder!.Value);
        Assert.Contains("604.15", plan.EconomicOrderQuantity.ToString(), StringComparison.Ordinal);
        Assert.Equal(10, plan.Figures.Count); // velocity, variability, SS, LTD, ROP, two covers, Q, EOQ, EOQ order
    }

    [Fact]
    public void Emergency_air_bridges_the_gap_between_stock_out_and_sea_arrival()
    {
        // d = 10, 100 on hand → stock-out 2026-12-06. Sea 45 days → sellable 2027-01-10; air 7 days → 2026-12-03.
        // Air carries 2026-12-06 → 2027-01-10 = 35 days × 10 = 350 units. Q = ⌈10 × (45 + 14) − 100⌉ = 490 → sea 140.
        RestockPlan plan = Planner95.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(45m, 0m), new StockPosition(100), Today);
        ReplenishmentSplit split = RestockPlanner.SplitSeaAndAir(plan, new LeadTimeEstimate(7m, 0m));
        Assert.Equal(new LocalDate(2027, 1, 10), split.SeaSellableFrom);
        Assert.Equal(350, split.AirUnits);
        Assert.Equal(140, split.SeaUnits);
        Assert.Equal(0, split.UncoveredDays);

        // Air taking 14 days (sellable 2026-12-10) leaves 4 days out of stock and carries 31 days.
        ReplenishmentSplit slow = RestockPlanner.SplitSeaAndAir(plan, new LeadTimeEstimate(14m, 0m));
        Assert.Equal(4, slow.UncoveredDays);
        Assert.Equal(310, slow.AirUnits);
    }

    [Fact]
    public void Everything_goes_by_sea_when_it_arrives_before_the_stock_out()
    {
        RestockPlan plan = Planner95.Plan(DemandEstimate.Given(1m, 0m), new LeadTimeEstimate(45m, 0m), new StockPosition(100), Today);
        ReplenishmentSplit split = RestockPlanner.SplitSeaAndAir(plan, new LeadTimeEstimate(7m, 0m));
        Assert.Equal(0, split.AirUnits);
        Assert.Equal((int)plan.OrderQuantity.Value, split.SeaUnits);
    }

    [Fact]
    public void Planning_with_a_route_uses_its_stage_means_and_uniform_spread()
    {
        // Stage means 25 + 2 + 21.5 + 3.5 + 7.5 = 59.5 days; σL = √((10² + 2² + 7² + 3² + 5²) ÷ 12) = √(187 ÷ 12) = 3.947573.
        LeadTimeEstimate lt = InventoryFixtures.ShenzhenToUsBySea.Estimate(Today);
        Assert.Equal(59.5m, lt.MeanDays);
        Assert.Equal(3.947573m, Math.Round(lt.StandardDeviationDays, 6));
        RestockPlan plan = Planner95.Plan(DemandEstimate.Given(10m, 2m), InventoryFixtures.ShenzhenToUsBySea, new StockPosition(100), Today, InventoryFixtures.Calendar);
        Assert.Equal(59.5m, plan.LeadTime.MeanDays); // an order on 2026-11-26 finishes production before the 2027 closure (2027-01-30)
    }
}
