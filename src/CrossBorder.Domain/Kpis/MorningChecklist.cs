using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Runs the seller's morning checklist — data-driven <see cref="AlertRule"/>s — over a KPI report and store-health reports and returns
/// the alerts, each with its explanation: a health metric at risk, ACoS above break-even, days of cover below lead time, return rate above
/// the category norm.
/// </summary>
/// <remarks>Stateless and thread-safe. Alerts are ordered critical first, then by rule order and subject.</remarks>
public static class MorningChecklist
{
    /// <summary>Evaluates <paramref name="rules"/>.</summary>
    /// <param name="rules">The checklist.</param>
    /// <param name="kpis">The KPI report (group it by SKU, or marketplace and SKU, for per-SKU alerts); null to skip KPI rules.</param>
    /// <param name="health">Store-health reports; null or empty to skip health rules.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static IReadOnlyList<Alert> Evaluate(IEnumerable<AlertRule> rules, KpiReport? kpis, IEnumerable<StoreHealthReport>? health = null)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        var alerts = new List<(int Order, Alert Alert)>();
        int order = 0;
        foreach (AlertRule rule in rules)
        {
            Preconditions.CheckNotNull(rule, nameof(rules));
            if (rule.Kind == AlertKind.HealthMetricNotHealthy)
            {
                foreach (StoreHealthReport report in health ?? Enumerable.Empty<StoreHealthReport>())
                {
                    foreach (HealthMetricResult m in report.Metrics)
                    {
                        if (m.Status is HealthStatus.AtRisk or HealthStatus.Failing)
                        {
                            alerts.Add((order, new Alert(rule, report.Marketplace.Value + " " + m.Metric + " (" + m.Target.WindowDays.ToString(CultureInfo.InvariantCulture) + " days)", m.Status == HealthStatus.Failing ? AlertSeverity.Critical : AlertSeverity.Warning, m.Explanation)));
                        }
                    }
                }
            }
            else if (kpis is not null)
            {
                foreach (KpiGroup group in kpis.Groups)
                {
                    if (rule.Skus is { } skus && (group.Key.Sku is null || !skus.Contains(group.Key.Sku)))
                    {
                        continue;
                    }

                    if (Check(rule, group.Kpis) is { } found)
                    {
                        alerts.Add((order, new Alert(rule, group.Key.ToString(), found.Severity, found.Why)));
                    }
                }
            }

            order++;
        }

        return alerts
            .OrderByDescending(a => a.Alert.Severity)
            .ThenBy(a => a.Order)
            .ThenBy(a => a.Alert.Subject, System.StringComparer.Ordinal)
            .Select(a => a.Alert)
            .ToList()
            .AsReadOnly();
    }

    private static (AlertSeverity Severity, string Why)? Check(AlertRule rule, KpiValues k)
    {
        switch (rule.Kind)
        {
            case AlertKind.AcosAboveBreakEven:
                if (k.Acos is { } acos && k.BreakEvenAcos is { } breakEven && acos > breakEven)
                {
                    return (AlertSeverity.Warning, $"ACoS {P(acos)} is above break-even ACoS {P(breakEven)} (pre-advertising margin): ad spend {k.AdSpend.ToString(CultureInfo.InvariantCulture)} for attributed sales at a loss. Lower bids towards {k.SuggestBid(breakEven)?.Round().ToString(CultureInfo.InvariantCulture) ?? "–"} per click, or raise the margin.");
                }

                return null;
            case AlertKind.DaysOfCoverBelowLeadTime:
                decimal leadTime = rule.Threshold!.Value;
                if (k.DaysOfCover is { } cover && cover < leadTime)
                {
                    return (AlertSeverity.Critical, $"{decimal.Round(cover, 1).ToString(CultureInfo.InvariantCulture)} days of cover (average {decimal.Round(k.AverageInventoryUnits ?? 0m, 1).ToString(CultureInfo.InvariantCulture)} units on hand, {k.Units.ToString(CultureInfo.InvariantCulture)} units ordered over {k.Totals.InventoryDays.ToString(CultureInfo.InvariantCulture)} days) is below the {leadTime.ToString(CultureInfo.InvariantCulture)}-day lead time of rule '{rule.Name}': reorder now.");
                }

                return null;
            default:
                decimal norm = rule.Threshold!.Value;
                if (k.ReturnRate is { } rate && rate.Fraction > norm)
                {
                    return (AlertSeverity.Warning, $"return rate {P(rate)} ({k.Totals.ReturnedUnits.ToString(CultureInfo.InvariantCulture)} of {k.Units.ToString(CultureInfo.InvariantCulture)} units) is above the norm {P(Percentage.FromFraction(norm))} of rule '{rule.Name}'.");
                }

                return null;
        }
    }

    private static string P(Percentage p) => decimal.Round(p.Percent, 3).ToString("0.###", CultureInfo.InvariantCulture) + "%"; // three decimals, so a rate just above a norm never prints equal to it
}
