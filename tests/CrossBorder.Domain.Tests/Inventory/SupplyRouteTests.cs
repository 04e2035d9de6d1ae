using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class SupplyRouteTests
{
    [Fact]
    public void Latest_factory_order_date_for_Black_Friday_2026_by_sea_from_Shenzhen_to_US_FBA()
    {
        // Black Friday 2026 (US) = Friday 2026-11-27 (day after the fourth Thursday of November).
        // Longest stage times: 30 + 3 + 25 + 5 + 10 = 73 days; production runs into China's National Day closure 2026-10-01..10-07
        // (State Council General Office notice): 73 + 7 = 80 days, 2026-11-27 − 80 days = 2026-09-08. Production 09-08..09-30
        // (23 days), closed 7 days, 7 more 10-08..10-14 → 10-15; inland 3 → 10-18, sea 25 → 11-12, customs 5 → 11-17, receiving 10
        // → 11-27. An order on 09-09 would be sellable 11-28.
        FactoryOrderDeadline deadline = InventoryFixtures.ShenzhenToUsBySea.LatestOrderDate(InventoryFixtures.Calendar, "black-friday", 2026);
        Assert.Equal(new LocalDate(2026, 11, 27), deadline.Event.Start);
        Assert.Equal(new LocalDate(2026, 9, 8), deadline.LatestOrderDate);
        Assert.Equal(80, deadline.LeadTime.Days);
        Assert.Equal(7, deadline.LeadTime.ClosureDaysAdded);
        Assert.Equal("cn-national-day-closure", Assert.Single(deadline.LeadTime.Closures).Event.Id);
        Assert.Equal(5, deadline.LeadTime.Steps.Count);
        Assert.Equal(-79, deadline.DaysLeft(new LocalDate(2026, 11, 26)));

        // On the mean basis: 25 + 2 + 22 + 4 + 8 = 61 days (each mean rounded up) + 7 closure days = 68 → 2026-09-20
        // (production 09-20..09-30 = 11 days, closed 10-01..10-07, 14 more → 10-22; + 36 → 11-27).
        Assert.Equal(new LocalDate(2026, 9, 20), InventoryFixtures.ShenzhenToUsBySea.LatestOrderDate(InventoryFixtures.Calendar, "black-friday", 2026, LeadTimeBasis.Mean).LatestOrderDate);
    }

    [Fact]
    public void A_spring_event_whose_production_runs_into_the_Chinese_New_Year_closure()
    {
        // Mother's Day 2026 (US) = second Sunday of May = 2026-05-10. Without closures: 2026-05-10 − 73 = 2026-02-26.
        // The calendar's CNY factory closure for 2026 is 2026-02-10..2026-03-03 (22 days). Orders placed in it start production on
        // 03-04 (sellable 03-04 + 73 = 05-16, too late); an order before it pauses production for all 22 days: 73 + 22 = 95 days.
        // 2026-05-10 − 95 days = 2026-02-04: production 02-04..02-09 (6 days), closed 02-10..03-03, 24 more days 03-04..03-27,
        // inland 3 → 03-31, sea 25 → 04-25, customs 5 → 04-30, receiving 10 → 05-10.
        FactoryOrderDeadline deadline = InventoryFixtures.ShenzhenToUsBySea.LatestOrderDate(InventoryFixtures.Calendar, "mothers-day", 2026);
        Assert.Equal(new LocalDate(2026, 5, 10), deadline.Event.Start);
        Assert.Equal(new LocalDate(2026, 2, 4), deadline.LatestOrderDate);
        Assert.Equal(22, deadline.LeadTime.ClosureDaysAdded);
        Assert.Equal(95, deadline.LeadTime.Days);
        Assert.Equal("cny-factory-closure", Assert.Single(deadline.LeadTime.Closures).Event.Id);
        Assert.Contains("+ 22 closure days", deadline.LeadTime.Steps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_inside_the_closure_starts_production_when_factories_reopen()
    {
        RouteLeadTime lt = InventoryFixtures.ShenzhenToUsBySea.LeadTimeFrom(new LocalDate(2026, 2, 26), InventoryFixtures.Calendar);
        Assert.Equal(6, lt.ClosureDaysAdded); // 02-26, 02-27, 02-28, 03-01, 03-02, 03-03
        Assert.Equal(new LocalDate(2026, 5, 16), lt.SellableFrom);

        // The planning lead time for that day carries the same closure days.
        Assert.Equal(59.5m + 6m, InventoryFixtures.ShenzhenToUsBySea.Estimate(new LocalDate(2026, 2, 26), InventoryFixtures.Calendar).MeanDays);
    }
}
