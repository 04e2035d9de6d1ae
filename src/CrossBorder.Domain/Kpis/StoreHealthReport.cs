using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>The health metrics of one marketplace account as of a day, each with its status and explanation.</summary>
/// <remarks>Immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.StoreHealthReportJsonConverter))]
public sealed class StoreHealthReport
{
    internal StoreHealthReport(MarketplaceId marketplace, LocalDate asOf, IReadOnlyList<HealthMetricResult> metrics)
    {
        Marketplace = marketplace;
        AsOf = asOf;
        Metrics = metrics;
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The last day of every window.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One result per target of the platform (the late shipment rate twice: 10 and 30 days).</summary>
    public IReadOnlyList<HealthMetricResult> Metrics { get; }

    /// <summary>The worst status of all metrics (<see cref="HealthStatus.NoData"/> when there are none).</summary>
    public HealthStatus Status => Metrics.Count == 0 ? HealthStatus.NoData : Metrics.Max(m => m.Status);

    /// <summary>The result for <paramref name="metric"/> (the shortest window when there are several), or null.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The result, or null.</returns>
    public HealthMetricResult? Find(HealthMetric metric) =>
        Metrics.Where(m => m.Metric == metric).OrderBy(m => m.Target.WindowDays).FirstOrDefault();
}
