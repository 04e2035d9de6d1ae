using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Logistics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class CarrierPeakTests
{
    private static readonly Source UserSource = new("my forwarder's peak advice", "https://example.com/peak", new LocalDate(2026, 1, 1), SourceKind.UserSupplied);

    /// <summary>The fixture route with 7 extra days on the sea leg per carrier peak it overlaps.</summary>
    private static SupplyRoute WithPeakDays(int days)
    {
        SupplyRoute r = InventoryFixtures.ShenzhenToUsBySea;
        var stages = r.Stages.Select(s => s.Kind == SupplyStageKind.MainLeg ? s.WithPeakExtraDays(days) : s).ToArray();
        return new SupplyRoute(r.Name, r.Origin, r.Destination, r.Mode, stages);
    }

    [Fact]
    public void Calendar_records_the_transpacific_peak_and_the_2026_National_Day_closure()
    {
        RetailEventOccurrence peak = InventoryFixtures.Calendar.Occurrence("transpacific-peak-season", "CN", 2026);
        Assert.Equal(RetailEventKind.CarrierPeak, peak.Event.Kind);
        Assert.Equal(new LocalDate(2026, 6, 1), peak.Start);
        Assert.Equal(new LocalDate(2026, 10, 31), peak.End);
        RetailEventOccurrence nationalDay = InventoryFixtures.Calendar.Occurrence("cn-national-day-closure", "CN", 2026);
        Assert.Equal(RetailEventKind.SupplyClosure, nationalDay.Event.Kind);
        Assert.Equal(new LocalDate(2026, 10, 1), nationalDay.Start);
        Assert.Equal(new LocalDate(2026, 10, 7), nationalDay.End);
    }

    [Fact]
    public void Sea_leg_overlapping_the_peak_takes_the_extra_days()
    {
        // Order 2026-05-01, longest stage times: production 30 → 05-31, inland 3 → 06-03, sea 25 → 06-28 (overlaps the peak
        // 06-01..10-31: + 7 → 07-05), customs 5 → 07-10, receiving 10 → 07-20. 73 + 7 = 80 days.
        RouteLeadTime with = WithPeakDays(7).LeadTimeFrom(new LocalDate(2026, 5, 1), InventoryFixtures.Calendar);
        Assert.Equal(new LocalDate(2026, 7, 20), with.SellableFrom);
        Assert.Equal(80, with.Days);
        Assert.Equal(7, with.PeakDaysAdded);
        Assert.Equal(0, with.ClosureDaysAdded);
        Assert.Equal("transpacific-peak-season", Assert.Single(with.Peaks).Event.Id);
        Assert.Contains("+ 7 carrier-peak days", with.Steps[2], StringComparison.Ordinal);
        Assert.Contains("2026-06-03 → 2026-07-05", with.Steps[2], StringComparison.Ordinal);

        // Without peak days on the stage (the default) the peak changes nothing: 73 days → 07-13.
        RouteLeadTime without = InventoryFixtures.ShenzhenToUsBySea.LeadTimeFrom(new LocalDate(2026, 5, 1), InventoryFixtures.Calendar);
        Assert.Equal(new LocalDate(2026, 7, 13), without.SellableFrom);
        Assert.Equal(0, without.PeakDaysAdded);

        // Out of season: order 2026-01-01 → production 30 → 01-31, inland 3 → 02-03, sea 25 → 02-28 (no peak), customs 5, receiving 10
        // → 03-15 = 73 days with or without peak days.
        Assert.Equal(73, WithPeakDays(7).LeadTimeFrom(new LocalDate(2026, 1, 1), InventoryFixtures.Calendar).Days);
    }

    [Fact]
    public void A_sea_leg_starting_just_after_the_peak_waits_for_its_backlog()
    {
        // Sea leg starting 2026-10-31 (last peak day) ends 10-31 + 25 + 7 = 12-02; one starting 11-01 would end 11-26 but ships
        // first in, first out, so it ends no earlier than 12-02 (5 extra days): order 2026-09-29 → production 30 days (09-29, 09-30,
        // closed 10-01..10-07, 28 days 10-08..11-04) … keep it simple with a route of one sea stage.
        var sea = new SupplyRoute("sea only", "CN", "US", FreightMode.SeaFcl, new[] { new SupplyStage(SupplyStageKind.MainLeg, new LeadTimeRange(25, 25)).WithPeakExtraDays(7) });
        Assert.Equal(new LocalDate(2026, 12, 2), sea.LeadTimeFrom(new LocalDate(2026, 10, 31), InventoryFixtures.Calendar).SellableFrom);
        RouteLeadTime after = sea.LeadTimeFrom(new LocalDate(2026, 11, 1), InventoryFixtures.Calendar);
        Assert.Equal(new LocalDate(2026, 12, 2), after.SellableFrom);
        Assert.Equal(6, after.PeakDaysAdded);
        Assert.Equal(new LocalDate(2026, 12, 2), sea.LeadTimeFrom(new LocalDate(2026, 11, 7), InventoryFixtures.Calendar).SellableFrom);
        Assert.Equal(new LocalDate(2026, 12, 3), sea.LeadTimeFrom(new LocalDate(2026, 11, 8), InventoryFixtures.Calendar).SellableFrom);
    }

    [Fact]
    public void Estimate_adds_the_peak_days_and_negative_peak_days_are_rejected()
    {
        // Mean basis, order 2026-05-01: 25 + 2 + 22 + 4 + 8 = 61 base days; sea 05-27..06-18 overlaps the peak: + 7.
        LeadTimeEstimate e = WithPeakDays(7).Estimate(new LocalDate(2026, 5, 1), InventoryFixtures.Calendar);
        Assert.Equal(59.5m + 7m, e.MeanDays);
        Assert.Contains("7 carrier-peak days", e.Basis, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("days", () => new SupplyStage(SupplyStageKind.MainLeg, new LeadTimeRange(1, 2)).WithPeakExtraDays(-1));
    }

    /// <summary>Adding a user peak period (any start in 2026, 1–120 days) to the calendar never makes any order sellable earlier.</summary>
    [Property]
    public Property Adding_a_peak_period_never_shortens_a_lead_time() =>
        Prop.ForAll(
            (from order in Gen.Choose(0, 364)
             from start in Gen.Choose(0, 364)
             from length in Gen.Choose(1, 120)
             from extra in Gen.Choose(1, 20)
             select (order, start, length, extra)).ToArbitrary(),
            x =>
            {
                SupplyRoute route = WithPeakDays(x.extra);
                var day0 = new LocalDate(2026, 1, 1);
                var peak = new RetailEvent("my-peak", "user peak", RetailEventKind.CarrierPeak, new CountryCode[] { "CN" },
                    RetailEventRule.Recorded(new[] { new DateInterval(day0.PlusDays(x.start), day0.PlusDays(x.start + x.length - 1)) }), false, UserSource);
                RetailCalendar more = InventoryFixtures.Calendar.WithEvents(new[] { peak });
                LocalDate order = day0.PlusDays(x.order);
                RouteLeadTime before = route.LeadTimeFrom(order, InventoryFixtures.Calendar);
                RouteLeadTime after = route.LeadTimeFrom(order, more);
                return after.SellableFrom >= before.SellableFrom && after.Days == after.BaseDays + after.ClosureDaysAdded + after.PeakDaysAdded;
            });

    /// <summary>First in, first out: a later order is never sellable earlier.</summary>
    [Property]
    public Property A_later_order_is_never_sellable_earlier() =>
        Prop.ForAll(
            Gen.Choose(0, 700).ToArbitrary(),
            d =>
            {
                SupplyRoute route = WithPeakDays(9);
                var order = new LocalDate(2025, 6, 1).PlusDays(d);
                return route.LeadTimeFrom(order.PlusDays(1), InventoryFixtures.Calendar).SellableFrom >= route.LeadTimeFrom(order, InventoryFixtures.Calendar).SellableFrom;
            });
}
