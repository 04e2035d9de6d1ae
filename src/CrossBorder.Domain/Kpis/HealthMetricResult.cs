using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// One health metric over its window: the count that drives it, the orders (or shipments) it is out of, the rate, the target with its
/// provenance, the status, and the orders that drove it.
/// </summary>
/// <remarks>Immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.HealthMetricResultJsonConverter))]
public sealed class HealthMetricResult
{
    internal HealthMetricResult(HealthTarget target, Provenance provenance, DateInterval window, int count, int outOf, HealthStatus status, IReadOnlyList<HealthIssue> issues)
    {
        Target = target;
        Provenance = provenance;
        Window = window;
        Count = count;
        OutOf = outOf;
        Status = status;
        Issues = issues;
    }

    /// <summary>The metric.</summary>
    public HealthMetric Metric => Target.Metric;

    /// <summary>The target it is measured against.</summary>
    public HealthTarget Target { get; }

    /// <summary>Where the target comes from (table, key, period in force, source, as-of date).</summary>
    public Provenance Provenance { get; }

    /// <summary>The days measured (both ends included).</summary>
    public DateInterval Window { get; }

    /// <summary>The numerator: defective orders, late shipments, seller cancellations, or shipments with valid tracking / delivered on time.</summary>
    public int Count { get; }

    /// <summary>The denominator: orders or shipments in the window.</summary>
    public int OutOf { get; }

    /// <summary>Count / out of; null without orders.</summary>
    public Percentage? Rate => OutOf == 0 ? null : Percentage.FromFraction((decimal)Count / OutOf);

    /// <summary>Healthy, at risk, failing, or no data.</summary>
    public HealthStatus Status { get; }

    /// <summary>The orders that drove the metric: the defective, late or cancelled ones, or those without valid tracking or late delivered.</summary>
    public IReadOnlyList<HealthIssue> Issues { get; }

    /// <summary>A sentence explaining the figure, its target and source, and the orders behind it (the first ten).</summary>
    public string Explanation
    {
        get
        {
            string window = PeriodGrouping.Format(Window);
            string rate = Rate is { } r ? decimal.Round(r.Percent, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "undefined";
            string text = $"{Metric} {rate} ({Count.ToString(CultureInfo.InvariantCulture)} of {OutOf.ToString(CultureInfo.InvariantCulture)}, {window}); target {Target} — {Target.Source.Title}: {Status}.";
            if (Issues.Count > 0)
            {
                text += " Orders: " + string.Join(", ", Issues.Take(10)) + (Issues.Count > 10 ? $" and {(Issues.Count - 10).ToString(CultureInfo.InvariantCulture)} more." : ".");
            }

            return text;
        }
    }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;
}
