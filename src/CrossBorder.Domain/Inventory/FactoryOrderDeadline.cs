using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>The latest factory order day for goods to be sellable on the first day of a retail event, with the timeline that proves it.</summary>
/// <remarks>Immutable.</remarks>
public sealed record FactoryOrderDeadline
{
    internal FactoryOrderDeadline(RetailEventOccurrence @event, LocalDate latestOrderDate, RouteLeadTime leadTime)
    {
        Event = @event;
        LatestOrderDate = latestOrderDate;
        LeadTime = leadTime;
    }

    /// <summary>The event occurrence.</summary>
    public RetailEventOccurrence Event { get; }

    /// <summary>The latest day to place the factory order.</summary>
    public LocalDate LatestOrderDate { get; }

    /// <summary>The timeline of an order placed on <see cref="LatestOrderDate"/>.</summary>
    public RouteLeadTime LeadTime { get; }

    /// <summary>Days left from <paramref name="today"/> to the deadline (negative when it has passed).</summary>
    /// <param name="today">Today.</param>
    /// <returns>Days left.</returns>
    public int DaysLeft(LocalDate today) => Period.DaysBetween(today, LatestOrderDate);

    /// <summary>"order by 2026-09-26 for 2026-11-27 black-friday in US (62 days, 0 closure days)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        "order by " + IsoDate.Format(LatestOrderDate) + " for " + IsoDate.Format(Event.Start) + " " + Event.Event.Id + " in " + Event.Country + " (" +
        InventoryMath.I(LeadTime.Days) + " days, " + InventoryMath.I(LeadTime.ClosureDaysAdded) + " closure days)";
}
