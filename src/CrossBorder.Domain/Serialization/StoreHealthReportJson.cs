using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="StoreHealthReport"/>: a marketplace account's health metrics on a date. Serializing a <see cref="StoreHealthReport"/> writes this model.</summary>
/// <param name="Marketplace">The marketplace.</param>
/// <param name="AsOf">The date measured.</param>
/// <param name="Status">The worst status of any metric.</param>
/// <param name="Metrics">Each metric's result.</param>
public sealed record StoreHealthReportJson(MarketplaceId Marketplace, LocalDate AsOf, HealthStatus Status, IReadOnlyList<HealthMetricJson> Metrics)
{
    /// <summary>The model of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The model.</returns>
    public static StoreHealthReportJson From(StoreHealthReport report)
    {
        Internal.Preconditions.CheckNotNull(report, nameof(report));
        return new StoreHealthReportJson(report.Marketplace, report.AsOf, report.Status, report.Metrics.Select(HealthMetricJson.From).ToArray());
    }
}
