using System;
using System.Collections.Generic;
using System.IO;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The account-health targets of each platform, effective-dated and sourced: the embedded <c>store-health-targets</c> table
/// (<see cref="Default"/>), a file of your own in the same format (<see cref="Parse(string)"/>), or either with your records laid over it
/// (<see cref="Override"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HealthTargets
{
    private const string TableName = "store-health-targets";
    private static readonly Lazy<HealthTargets> LazyDefault = new(() => FromDocument(EmbeddedData.Load(TableName), "store-health-targets"));

    private HealthTargets(EffectiveDatedTable<string, HealthTarget> table) => Table = table;

    /// <summary>The embedded targets.</summary>
    public static HealthTargets Default => LazyDefault.Value;

    /// <summary>The underlying table (keys <c>platform/metric/windowDays</c>).</summary>
    public EffectiveDatedTable<string, HealthTarget> Table { get; }

    /// <summary>Reads targets from a JSON document in the library's reference-data format (table <c>store-health-targets</c>).</summary>
    /// <param name="json">The document.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems (all are listed).</exception>
    public static HealthTargets Parse(string json) => FromDocument(ReferenceDocument.Parse(json, nameof(json), TableName, deferProblems: true), nameof(json));

    /// <summary>Reads targets from a UTF-8 JSON stream in the library's reference-data format.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataValidationException">The document has problems (all are listed).</exception>
    public static HealthTargets Load(Stream utf8Json) => FromDocument(ReferenceDocument.Parse(utf8Json, nameof(utf8Json), TableName, deferProblems: true), nameof(utf8Json));

    /// <summary>These targets with <paramref name="overrides"/> taking precedence where they overlap.</summary>
    /// <param name="overrides">Your targets.</param>
    /// <returns>The combined targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    public HealthTargets Override(IEnumerable<HealthTarget> overrides) => new(Table.Override(overrides));

    /// <summary>The targets of <paramref name="platform"/> in force on <paramref name="date"/>.</summary>
    /// <param name="platform">The platform, such as <c>amazon</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The targets, in table order; empty when the platform has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="platform"/> is null.</exception>
    public IReadOnlyList<HealthTarget> For(string platform, LocalDate date)
    {
        Preconditions.CheckNotNull(platform, nameof(platform));
        var result = new List<HealthTarget>();
        foreach (string key in Table.Keys)
        {
            if (Table.TryGet(key, date, out HealthTarget? target) && string.Equals(target.Platform, platform, StringComparison.Ordinal))
            {
                result.Add(target);
            }
        }

        return result;
    }

    private static HealthTargets FromDocument(ReferenceDocument document, string paramName)
    {
        List<HealthTarget> records = document.Map(Read, paramName);
        return new HealthTargets(new EffectiveDatedTable<string, HealthTarget>(TableName, records, static t => t.Key, StringComparer.Ordinal));
    }

    private static HealthTarget? Read(RecordReader r)
    {
        string? platform = r.String("platform");
        string? metricName = r.String("metric");
        int? window = r.Int32("windowDays");
        decimal? limit = r.Decimal("limit");
        string? mustStay = r.String("mustStay");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        if (platform is null || metricName is null || window is null || limit is null || mustStay is null || period is null || source is null)
        {
            return null;
        }

        HealthMetric? metric = metricName switch
        {
            "orderDefectRate" => HealthMetric.OrderDefectRate,
            "lateShipmentRate" => HealthMetric.LateShipmentRate,
            "preFulfilmentCancelRate" => HealthMetric.PreFulfilmentCancelRate,
            "validTrackingRate" => HealthMetric.ValidTrackingRate,
            "onTimeDeliveryRate" => HealthMetric.OnTimeDeliveryRate,
            _ => null,
        };
        if (metric is null)
        {
            r.Problem("metric", $"'{metricName}' is not a health metric; use orderDefectRate, lateShipmentRate, preFulfilmentCancelRate, validTrackingRate or onTimeDeliveryRate.");
            return null;
        }

        if (mustStay is not ("below" or "above"))
        {
            r.Problem("mustStay", $"'{mustStay}' must be 'below' or 'above'.");
            return null;
        }

        if (window < 1)
        {
            r.Problem("windowDays", $"{window} is shorter than a day; a window is at least 1 day.");
            return null;
        }

        return new HealthTarget(platform, metric.Value, window.Value, Percentage.FromFraction(limit.Value), mustStay == "below", period.Value, source);
    }
}
