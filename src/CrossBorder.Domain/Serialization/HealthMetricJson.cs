using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="HealthMetricResult"/>: one account-health metric against the platform's target.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Status">Healthy, at risk, breached or no data.</param>
/// <param name="Count">Orders that count against the metric.</param>
/// <param name="OutOf">Orders in the window.</param>
/// <param name="Rate">Count over out-of, or null with no orders.</param>
/// <param name="Limit">The platform's target.</param>
/// <param name="MustStayBelow">Whether the rate must stay below the limit (true) or above it (false).</param>
/// <param name="WindowDays">The target's window in days.</param>
/// <param name="Window">The dates measured.</param>
/// <param name="Issues">The orders behind the count.</param>
/// <param name="Provenance">Where the target comes from.</param>
/// <param name="Explanation">The result in words, as <see cref="HealthMetricResult.Explanation"/> gives it.</param>
public sealed record HealthMetricJson(HealthMetric Metric, HealthStatus Status, int Count, int OutOf, Percentage? Rate, Percentage Limit, bool MustStayBelow, int WindowDays, DateInterval Window, IReadOnlyList<HealthIssue> Issues, Provenance Provenance, string Explanation)
{
    /// <summary>The model of <paramref name="result"/>.</summary>
    /// <param name="result">The metric's result.</param>
    /// <returns>The model.</returns>
    public static HealthMetricJson From(HealthMetricResult result)
    {
        Internal.Preconditions.CheckNotNull(result, nameof(result));
        return new HealthMetricJson(result.Metric, result.Status, result.Count, result.OutOf, result.Rate, result.Target.Limit, result.Target.MustStayBelow, result.Target.WindowDays, result.Window, result.Issues, result.Provenance, result.Explanation);
    }
}
