using System.Collections.Generic;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of a <see cref="KpiReport"/>: the KPI table (one row per group, in the report's order), the total row, and how
/// many ledger rows were read and rejected. Serializing a <see cref="KpiReport"/> writes this model.
/// </summary>
/// <param name="ReportingCurrency">The currency of every amount.</param>
/// <param name="RowsRead">Ledger rows read.</param>
/// <param name="Rejections">Rows rejected, in total and by reason.</param>
/// <param name="Total">The total over all groups.</param>
/// <param name="Groups">One row per group.</param>
public sealed record KpiReportJson(Currency ReportingCurrency, long RowsRead, RowRejectionsJson Rejections, KpiRowJson Total, IReadOnlyList<KpiRowJson> Groups)
{
    /// <summary>The model of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The model.</returns>
    public static KpiReportJson From(KpiReport report)
    {
        Internal.Preconditions.CheckNotNull(report, nameof(report));
        var rows = new KpiRowJson[report.Groups.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = KpiRowJson.From(report.Groups[i].Key, report.Groups[i].Totals);
        }

        return new KpiReportJson(report.ReportingCurrency, report.RowsRead, RowRejectionsJson.From(report.Rejections), KpiRowJson.From(default, report.Total), rows);
    }
}
