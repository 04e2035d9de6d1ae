using System;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A marketplace's target for one health metric over a window of days — for Amazon, an order defect rate under 1% over 60 days —
/// with the period it is in force and its source. Records of the <c>store-health-targets</c> table.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class HealthTarget : IEffectiveDated<HealthTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="platform">The platform (the part of a marketplace id before the hyphen, such as <c>amazon</c>).</param>
    /// <param name="metric">The metric.</param>
    /// <param name="windowDays">The window in days, at least 1 (a window shorter than a day is not a window).</param>
    /// <param name="limit">The limit, between 0 and 100%.</param>
    /// <param name="mustStayBelow">True when the rate must stay below the limit (defect rates); false when it must stay above (tracking, on-time rates).</param>
    /// <param name="period">When the target is in force.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is below 1 or <paramref name="limit"/> outside 0–100%.</exception>
    public HealthTarget(string platform, HealthMetric metric, int windowDays, Percentage limit, bool mustStayBelow, EffectivePeriod period, Source source)
    {
        Platform = Preconditions.CheckNotNullOrWhiteSpace(platform, nameof(platform));
        Preconditions.CheckInRange((int)metric, nameof(metric), 0, 4);
        Metric = metric;
        WindowDays = Preconditions.CheckInRange(windowDays, nameof(windowDays), 1, 3660);
        Preconditions.CheckInRange(limit.Fraction, nameof(limit), 0m, 1m);
        Limit = limit;
        MustStayBelow = mustStayBelow;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The platform, such as <c>amazon</c>.</summary>
    public string Platform { get; }

    /// <summary>The metric.</summary>
    public HealthMetric Metric { get; }

    /// <summary>The window in days, ending on the evaluation day.</summary>
    public int WindowDays { get; }

    /// <summary>The limit.</summary>
    public Percentage Limit { get; }

    /// <summary>Whether the rate must stay below (true) or above (false) the limit.</summary>
    public bool MustStayBelow { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <summary>The key in the table: <c>platform/metric/windowDays</c>.</summary>
    public string Key => Platform + "/" + Metric + "/" + WindowDays.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public HealthTarget WithPeriod(EffectivePeriod period) => new(Platform, Metric, WindowDays, Limit, MustStayBelow, period, Source);

    /// <summary>"below 1% over 60 days".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (MustStayBelow ? "below " : "above ") + Limit.ToString() + " over " + WindowDays.ToString(CultureInfo.InvariantCulture) + " days";
}
