using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The thresholds of the seasonality classification. They are the library's documented conventions (see
/// <c>docs/selection.md</c>), not sourced facts; change them with <c>with { … }</c>. Immutable.
/// </summary>
public sealed record SeasonalityThresholds
{
    private decimal peakIndex = 1.25m;
    private decimal evergreenMaxPeakToTrough = 1.5m;
    private decimal eventPeakIndex = 3m;
    private int eventMaxPeakMonths = 2;

    /// <summary>The defaults: peak index 1.25, evergreen up to a peak-to-trough ratio of 1.5, event-driven from an index of 3 in at most 2 peak months.</summary>
    public static SeasonalityThresholds Default { get; } = new();

    /// <summary>A month whose index is at least this is a peak month (default 1.25: 25 % above the average month; more than 1).</summary>
    public decimal PeakIndex
    {
        get => peakIndex;
        init => peakIndex = Preconditions.CheckInRange(value, nameof(PeakIndex), 1.0001m, 12m);
    }

    /// <summary>Highest peak-to-trough ratio (largest index ÷ smallest) of an evergreen product (default 1.5; at least 1).</summary>
    public decimal EvergreenMaxPeakToTrough
    {
        get => evergreenMaxPeakToTrough;
        init => evergreenMaxPeakToTrough = Preconditions.CheckInRange(value, nameof(EvergreenMaxPeakToTrough), 1m, decimal.MaxValue);
    }

    /// <summary>Largest index from which a short peak counts as event-driven (default 3: one month holds a quarter of the year).</summary>
    public decimal EventPeakIndex
    {
        get => eventPeakIndex;
        init => eventPeakIndex = Preconditions.CheckInRange(value, nameof(EventPeakIndex), 1.0001m, 12m);
    }

    /// <summary>Most peak months an event-driven product may have (default 2).</summary>
    public int EventMaxPeakMonths
    {
        get => eventMaxPeakMonths;
        init => eventMaxPeakMonths = Preconditions.CheckInRange(value, nameof(EventMaxPeakMonths), 1, 12);
    }
}
