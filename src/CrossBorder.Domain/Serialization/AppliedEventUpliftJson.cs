using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of an <see cref="AppliedEventUplift"/>: an event whose days fell in a plan's horizon.</summary>
/// <param name="EventId">The calendar event identifier.</param>
/// <param name="Start">The occurrence's first day.</param>
/// <param name="End">The occurrence's last day.</param>
/// <param name="Multiplier">The demand multiplier used.</param>
/// <param name="Basis">Where the multiplier comes from.</param>
/// <param name="DaysInHorizon">Days of the event inside lead time plus review period.</param>
public sealed record AppliedEventUpliftJson(string EventId, LocalDate Start, LocalDate End, decimal Multiplier, string Basis, int DaysInHorizon)
{
    /// <summary>The model of <paramref name="applied"/>.</summary>
    /// <param name="applied">The applied uplift.</param>
    /// <returns>The model.</returns>
    public static AppliedEventUpliftJson From(AppliedEventUplift applied)
    {
        Internal.Preconditions.CheckNotNull(applied, nameof(applied));
        return new AppliedEventUpliftJson(applied.Uplift.EventId, applied.Occurrence.Start, applied.Occurrence.End, applied.Uplift.Multiplier, applied.Uplift.Basis, applied.DaysInHorizon);
    }
}
