using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class ProjectedCoverTests
{
    private static readonly RestockPlanner Planner = new(new RestockPolicy(new ServiceLevel(0.95m), 0));

    [Fact]
    public void Black_Friday_inside_the_cover_shortens_it()
    {
        // Today 2026-11-20, d = 10/day, 100 on hand. Flat: 100 ÷ 10 = 10 days.
        // Outlook with Black Friday (2026-11-27, day 7) × 3: days 0–6 use 70, day 7 uses 30 → 100 units last exactly 8 days.
        var today = new LocalDate(2026, 11, 20);
        var outlook = new DemandOutlook("US", Markets.Default.Calendar, new[] { new EventUplift("black-friday", 3m) });
        RestockPlan plan = Planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(100), today, outlook);
        RestockPlan flat = Planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(100), today);
        Assert.Equal(8m, plan.ProjectedDaysOfCover());
        Assert.Equal(10m, plan.DaysOfCover!.Value);
        Assert.Equal(10m, flat.ProjectedDaysOfCover());

        // 85 on hand: 70 over days 0–6, then 15 of Black Friday's 30 → 7.5 days.
        RestockPlan part = Planner.Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(85), today, outlook);
        Assert.Equal(7.5m, part.ProjectedDaysOfCover());

        // No demand → no cover figure.
        Assert.Null(Planner.Plan(DemandEstimate.Given(0m, 0m), new LeadTimeEstimate(10m, 0m), new StockPosition(5), today, outlook).ProjectedDaysOfCover());
    }
}
