using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class DemandOutlookTests
{
    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly RetailCalendar Calendar = Markets.Default.Calendar;

    private static readonly RestockPlanner Planner = new(new RestockPolicy(new ServiceLevel(0.95m), reviewPeriodDays: 0));

    [Fact]
    public void Black_Friday_uplift_raises_lead_time_demand_safety_stock_and_order()
    {
        // Today 2026-11-20, d = 10/day, σd = 2, L = 10 days (σL = 0), R = 0, 50 on hand. Horizon = days 0–9 = 2026-11-20..11-29.
        // Black Friday 2026 (US) = day after the 4th Thursday of November (26th) = 2026-11-27 = day 7, × 3.
        // Lead-time demand = 9 × 10 + 1 × 30 = 120 (flat: 100); M_L = 120 ÷ (10 × 10) = 1.2.
        // SS = 1.2 × z × √(10 × 2²) = 1.2 × 1.6448536 × 6.3245553 = 1.2 × 10.402968 = 12.483561.
        // Q = ⌈120 + 12.483561 − 50⌉ = ⌈82.48⌉ = 83 (flat: ⌈100 + 10.403 − 50⌉ = 61).
        var today = new LocalDate(2026, 11, 20);
        var outlook = new DemandOutlook(Us, Calendar, new[] { new EventUplift("black-friday", 3m) });
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(50), today, outlook);
        RestockPlan flat = Planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(50), today);

        Assert.Equal(120m, plan.LeadTimeDemand.Value);
        Assert.Equal(12.48356m, Math.Round(plan.SafetyStock.Value, 5));
        Assert.Equal(83m, plan.OrderQuantity.Value);
        Assert.Equal(61m, flat.OrderQuantity.Value);
        Assert.Equal(1.2m, plan.DemandMultiplier!.Value);
        AppliedEventUplift applied = Assert.Single(plan.EventsApplied);
        Assert.Equal("black-friday", applied.Uplift.EventId);
        Assert.Equal(new LocalDate(2026, 11, 27), applied.Occurrence.Start);
        Assert.Equal(1, applied.DaysInHorizon);
        Assert.Contains("black-friday 2026-11-27..2026-11-27 × 3", plan.DemandMultiplier.Calculation, StringComparison.Ordinal);
        Assert.Null(flat.DemandMultiplier);
    }

    [Fact]
    public void Review_period_reaches_Cyber_Monday_and_both_events_are_explained()
    {
        // As above with R = 4: horizon days 0–13 = 2026-11-20..12-03; Cyber Monday 2026-11-30 (day 10) × 2.
        // Demand over L + R = 12 × 10 + 30 + 20 = 170; lead-time demand still 120 → SS = 12.483561.
        // Q = ⌈170 + 12.483561 − 50⌉ = ⌈132.48⌉ = 133. M = 170 ÷ (10 × 14) = 1.2142857.
        var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), reviewPeriodDays: 4));
        var outlook = new DemandOutlook(Us, Calendar, new[] { new EventUplift("black-friday", 3m), new EventUplift("cyber-monday", 2m, "last year's ratio") });
        RestockPlan plan = planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(50), new LocalDate(2026, 11, 20), outlook);
        Assert.Equal(133m, plan.OrderQuantity.Value);
        Assert.Equal(2, plan.EventsApplied.Count);
        Assert.Equal("cyber-monday", plan.EventsApplied[1].Uplift.EventId);
        Assert.Equal(1.2142857m, Math.Round(plan.DemandMultiplier!.Value, 7));
    }

    [Fact]
    public void Event_outside_the_horizon_changes_nothing()
    {
        // Prime Day 2026 (US) = 2026-06-23..06-26; a plan on 2026-08-01 with L + R = 24 days never reaches it.
        var outlook = new DemandOutlook(Us, Calendar, new[] { new EventUplift("prime-day", 4m) });
        var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.9m), 14));
        RestockPlan plan = planner.Plan(DemandEstimate.Given(7m, 1m), new LeadTimeEstimate(10m, 1m), new StockPosition(30), new LocalDate(2026, 8, 1), outlook);
        RestockPlan flat = planner.Plan(DemandEstimate.Given(7m, 1m), new LeadTimeEstimate(10m, 1m), new StockPosition(30), new LocalDate(2026, 8, 1));
        Assert.Empty(plan.EventsApplied);
        Assert.Equal(flat.OrderQuantity.Value, plan.OrderQuantity.Value);
        Assert.Contains("no uplifted event in the horizon", plan.DemandMultiplier!.Calculation, StringComparison.Ordinal);
    }

    [Fact]
    public void Seasonality_is_applied_month_by_month_to_a_given_velocity()
    {
        // Given d = 10 (no window: the level is d itself). Factors 1 except December = 2.
        // Today 2026-11-26, L = 10: days 2026-11-26..11-30 (5 × 10) + 12-01..12-05 (5 × 20) = 150.
        var factors = Enumerable.Repeat(1m, 12).ToArray();
        factors[11] = 2m;
        var outlook = new DemandOutlook(Us, seasonality: SeasonalityIndex.FromMonthlyFactors(factors));
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(0), new LocalDate(2026, 11, 26), outlook);
        Assert.Equal(150m, plan.LeadTimeDemand.Value);
        Assert.Equal(150m, plan.OrderQuantity.Value);
        Assert.Contains("given by the user", plan.DemandMultiplier!.Calculation, StringComparison.Ordinal);
    }

    [Fact]
    public void Seasonality_takes_the_velocity_windows_season_out_before_projecting()
    {
        // 30 days of history 2026-11-01..11-30 at 10/day → d = 10 over a November window. Factors: November 0.5, others 1.
        // Level = 10 ÷ 0.5 = 20/day; a plan on 2026-12-01 with L = 10 projects 10 December days × 20 × 1 = 200.
        var factors = Enumerable.Repeat(1m, 12).ToArray();
        factors[10] = 0.5m;
        var history = new DemandHistory(new LocalDate(2026, 11, 1), Enumerable.Repeat(10, 30).ToArray());
        var outlook = new DemandOutlook(Us, seasonality: SeasonalityIndex.FromMonthlyFactors(factors));
        RestockPlan plan = Planner.Plan(history.Velocity(30), new LeadTimeEstimate(10m, 0m), new StockPosition(0), new LocalDate(2026, 12, 1), outlook);
        Assert.Equal(200m, plan.LeadTimeDemand.Value);
        Assert.Equal(2m, plan.DemandMultiplier!.Value);
    }

    [Fact]
    public void Stock_out_with_an_outlook_is_found_day_by_day()
    {
        // d = 10, Black Friday 2026-11-27 × 3; 75 on hand on 2026-11-20.
        // Cumulative demand: 11-20..11-26 = 70, 11-27 = 70 + 30 = 100 > 75 → first short day 2026-11-27 (flat: ⌊75 ÷ 10⌋ = day 7 = 11-27 too).
        // With 95 on hand: flat → day 9 = 11-29; with the uplift → 11-27 (100 > 95).
        var outlook = new DemandOutlook(Us, Calendar, new[] { new EventUplift("black-friday", 3m) });
        var today = new LocalDate(2026, 11, 20);
        Assert.Equal(new LocalDate(2026, 11, 27), Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(5m, 0m), new StockPosition(95), today, outlook).ProjectedStockOut);
        Assert.Equal(new LocalDate(2026, 11, 29), Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(5m, 0m), new StockPosition(95), today).ProjectedStockOut);
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 0m), new LeadTimeEstimate(5m, 0m), new StockPosition(95), today, outlook);
        Assert.Contains("exceeds it on 2026-11-27", plan.StockOutExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Uplift_is_estimated_from_last_years_event_in_the_history()
    {
        // Black Friday 2025 (US) = 2025-11-28. Baseline = the 28 days before: 2025-10-31..11-27 at 5/day (one stock-out day, excluded).
        // Event day: 20 units → 20 ÷ 5 = × 4.
        var start = new LocalDate(2025, 10, 31);
        var units = Enumerable.Repeat(5, 29).ToArray();
        units[28] = 20;
        units[3] = 0;
        var outs = new bool[29];
        outs[3] = true;
        var history = new DemandHistory(start, units, outs);
        EventUplift uplift = EventUplift.Estimate(history, Calendar, "black-friday", Us, 2025);
        Assert.Equal(4m, uplift.Multiplier);
        Assert.Contains("27 in-stock days", uplift.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Uplift_estimate_needs_the_event_in_the_history() =>
        Assert.Throws<InsufficientDemandHistoryException>(
            "history",
            () => EventUplift.Estimate(new DemandHistory(new LocalDate(2026, 1, 1), new[] { 1, 2, 3 }), Calendar, "black-friday", Us, 2025));

    [Fact]
    public void Bad_outlook_input_names_the_argument()
    {
        Assert.Throws<ArgumentOutOfRangeException>("multiplier", () => new EventUplift("black-friday", 0m));
        Assert.Throws<ArgumentException>("calendar", () => new DemandOutlook(Us, null, new[] { new EventUplift("black-friday", 2m) }));
        Assert.Throws<ArgumentException>("uplifts", () => new DemandOutlook(Us, Calendar, new[] { new EventUplift("black-friday", 2m), new EventUplift("black-friday", 3m) }));
        Assert.Throws<UnknownRetailEventException>(() => new DemandOutlook(Us, Calendar, new[] { new EventUplift("no-such-event", 2m) }));
    }
}
