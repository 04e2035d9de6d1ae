using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>One group of KPI results: its key, its exact totals and the KPIs computed from them.</summary>
/// <remarks>Immutable.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.KpiGroupJsonConverter))]
public sealed class KpiGroup
{
    /// <summary>Creates a group (for example from partial totals computed elsewhere and merged with <see cref="KpiReport.Merge"/>).</summary>
    /// <param name="key">The group's key.</param>
    /// <param name="totals">Its totals.</param>
    public KpiGroup(KpiGroupKey key, LedgerTotals totals)
    {
        Key = key;
        Totals = totals;
    }

    /// <summary>The group's key.</summary>
    public KpiGroupKey Key { get; }

    /// <summary>The exact totals.</summary>
    public LedgerTotals Totals { get; }

    /// <summary>The KPIs.</summary>
    public KpiValues Kpis => Totals.Kpis;

    /// <summary>"key: totals".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + ": " + Totals;
}
