using System.Collections.Generic;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>The timeline of one order along a <see cref="SupplyRoute"/>: when it becomes sellable, and the factory closures that delayed it.</summary>
/// <remarks>Immutable. <see cref="Steps"/> explains each stage: its days, the closure days added, and its dates.</remarks>
public sealed record RouteLeadTime
{
    internal RouteLeadTime(SupplyRoute route, LocalDate orderDate, LocalDate sellableFrom, int baseDays, int closureDaysAdded, IReadOnlyList<RetailEventOccurrence> closures, int peakDaysAdded, IReadOnlyList<RetailEventOccurrence> peaks, LeadTimeBasis basis, IReadOnlyList<string> steps)
    {
        Route = route;
        OrderDate = orderDate;
        SellableFrom = sellableFrom;
        BaseDays = baseDays;
        ClosureDaysAdded = closureDaysAdded;
        Closures = closures;
        PeakDaysAdded = peakDaysAdded;
        Peaks = peaks;
        Basis = basis;
        Steps = steps;
    }

    /// <summary>The route.</summary>
    public SupplyRoute Route { get; }

    /// <summary>The factory order day.</summary>
    public LocalDate OrderDate { get; }

    /// <summary>The first day the goods can be sold.</summary>
    public LocalDate SellableFrom { get; }

    /// <summary>Total days from order to sellable.</summary>
    public int Days => Period.DaysBetween(OrderDate, SellableFrom);

    /// <summary>The days without any closure (sum of the stages' days under <see cref="Basis"/>).</summary>
    public int BaseDays { get; }

    /// <summary>Days added because a pausing stage ran into a factory closure.</summary>
    public int ClosureDaysAdded { get; }

    /// <summary>The closures that delayed the order.</summary>
    public IReadOnlyList<RetailEventOccurrence> Closures { get; }

    /// <summary>
    /// Days added because stages with <see cref="SupplyStage.PeakExtraDays"/> overlapped a carrier peak season (or started while its
    /// backlog was clearing): <see cref="Days"/> = <see cref="BaseDays"/> + <see cref="ClosureDaysAdded"/> + <see cref="PeakDaysAdded"/>.
    /// </summary>
    public int PeakDaysAdded { get; }

    /// <summary>The carrier peak seasons that delayed the order.</summary>
    public IReadOnlyList<RetailEventOccurrence> Peaks { get; }

    /// <summary>Which point of each stage's range was used.</summary>
    public LeadTimeBasis Basis { get; }

    /// <summary>One line per stage: days, closure days and carrier-peak days added, start → end.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>"ordered 2026-08-01, sellable 2026-10-02 (62 days, 0 closure days)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        "ordered " + IsoDate.Format(OrderDate) + ", sellable " + IsoDate.Format(SellableFrom) + " (" + InventoryMath.I(Days) + " days, " + InventoryMath.I(ClosureDaysAdded) + " closure days" +
        (PeakDaysAdded > 0 ? ", " + InventoryMath.I(PeakDaysAdded) + " carrier-peak days" : string.Empty) + ")";
}
