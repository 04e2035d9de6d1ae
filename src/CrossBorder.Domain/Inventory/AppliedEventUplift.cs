using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>An event uplift that a plan applied: the dated occurrence, the multiplier and how many of its days fell in the plan's horizon.</summary>
/// <remarks>Immutable.</remarks>
public sealed record AppliedEventUplift
{
    internal AppliedEventUplift(RetailEventOccurrence occurrence, EventUplift uplift, int daysInHorizon)
    {
        Occurrence = occurrence;
        Uplift = uplift;
        DaysInHorizon = daysInHorizon;
    }

    /// <summary>The event and its dates in the market.</summary>
    public RetailEventOccurrence Occurrence { get; }

    /// <summary>The multiplier used.</summary>
    public EventUplift Uplift { get; }

    /// <summary>Days of the event inside the lead time plus review period.</summary>
    public int DaysInHorizon { get; }

    /// <summary>"black-friday 2026-11-27..2026-11-27 × 3 (given by the user), 1 day in the horizon".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        Uplift.EventId + " " + IsoDate.Format(Occurrence.Start) + ".." + IsoDate.Format(Occurrence.End) + " × " + InventoryMath.F4(Uplift.Multiplier) +
        " (" + Uplift.Basis + "), " + InventoryMath.I(DaysInHorizon) + (DaysInHorizon == 1 ? " day" : " days") + " in the horizon";
}
