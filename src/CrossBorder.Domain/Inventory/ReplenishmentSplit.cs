using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// How to split a replenishment between the regular sea shipment and an emergency air top-up that bridges the gap between the projected
/// stock-out and the sea shipment's arrival.
/// </summary>
/// <remarks>Immutable. Produced by <see cref="RestockPlanner.SplitSeaAndAir"/>.</remarks>
public sealed record ReplenishmentSplit
{
    internal ReplenishmentSplit(int seaUnits, int airUnits, LocalDate seaSellableFrom, LocalDate airSellableFrom, LocalDate? stockOut, int uncoveredDays, string explanation)
    {
        SeaUnits = seaUnits;
        AirUnits = airUnits;
        SeaSellableFrom = seaSellableFrom;
        AirSellableFrom = airSellableFrom;
        ProjectedStockOut = stockOut;
        UncoveredDays = uncoveredDays;
        Explanation = explanation;
    }

    /// <summary>Units to send by sea.</summary>
    public int SeaUnits { get; }

    /// <summary>Units to send by air (zero when the sea shipment arrives in time).</summary>
    public int AirUnits { get; }

    /// <summary>When a sea order placed today becomes sellable (today + mean sea lead time, rounded up).</summary>
    public LocalDate SeaSellableFrom { get; }

    /// <summary>When an air order placed today becomes sellable (today + mean air lead time, rounded up).</summary>
    public LocalDate AirSellableFrom { get; }

    /// <summary>The projected stock-out without the new orders, or null when none is projected.</summary>
    public LocalDate? ProjectedStockOut { get; }

    /// <summary>Days out of stock that even air cannot prevent (stock-out before the air shipment can be sold).</summary>
    public int UncoveredDays { get; }

    /// <summary>How the split was found.</summary>
    public string Explanation { get; }
}
