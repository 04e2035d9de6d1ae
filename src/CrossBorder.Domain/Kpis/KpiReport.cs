using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The result of a KPI aggregation: the groups with their totals and KPIs, the grand total, the rows read and the rows left out by reason.
/// Reports of parts of a ledger (threads, files, machines) <see cref="Merge"/> into the report of the whole.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.KpiReportJsonConverter))]
public sealed class KpiReport
{
    private Dictionary<KpiGroupKey, KpiGroup>? lookup;

    /// <summary>Creates a report, for example from partial totals exported by another system.</summary>
    /// <param name="reportingCurrency">The currency of every total.</param>
    /// <param name="groups">The groups; keys must be distinct.</param>
    /// <param name="rowsRead">Rows read, including those left out.</param>
    /// <param name="rejections">Rows left out, by reason.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two groups share a key.</exception>
    /// <exception cref="CurrencyMismatchException">A group's totals are in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The grand total of the groups goes beyond 64 bits (±9223372036854775807), the message naming the sum and its operands;
    /// or <paramref name="rowsRead"/> is smaller than the rows left out (<see cref="RowRejections.Total"/>) or negative.
    /// </exception>
    public KpiReport(Currency reportingCurrency, IEnumerable<KpiGroup> groups, long rowsRead, RowRejections rejections)
    {
        ReportingCurrency = Preconditions.CheckNotNull(reportingCurrency, nameof(reportingCurrency));
        Preconditions.CheckNotNull(groups, nameof(groups));
        Rejections = Preconditions.CheckNotNull(rejections, nameof(rejections));
        if (rowsRead < rejections.Total)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rowsRead),
                rowsRead,
                $"rowsRead was {rowsRead.ToString(CultureInfo.InvariantCulture)}; it counts every row read, including the {rejections.Total.ToString(CultureInfo.InvariantCulture)} rows left out, so it must be at least that many (and never negative).");
        }

        RowsRead = rowsRead;
        var list = new List<KpiGroup>();
        var seen = new HashSet<KpiGroupKey>();
        LedgerTotals total = default;
        foreach (KpiGroup group in groups)
        {
            Preconditions.CheckNotNull(group, nameof(groups));
            if (!group.Totals.IsEmpty && group.Totals.Currency != reportingCurrency)
            {
                throw new CurrencyMismatchException(reportingCurrency, group.Totals.Currency, nameof(groups));
            }

            if (!seen.Add(group.Key))
            {
                throw new ArgumentException($"groups has two groups with key {group.Key}; merge them first.", nameof(groups));
            }

            list.Add(group);
            total = LedgerTotals.MergeNamed(total, group.Totals, nameof(groups), "the grand total of groups");
        }

        Groups = list.AsReadOnly();
        Total = total.IsEmpty ? new LedgerTotals(default, reportingCurrency) : total;
    }

    /// <summary>A report from groups the engine made (distinct keys, one currency): no checks.</summary>
    internal KpiReport(Currency reportingCurrency, KpiGroup[] groups, LedgerTotals total, long rowsRead, RowRejections rejections)
    {
        ReportingCurrency = reportingCurrency;
        Groups = Array.AsReadOnly(groups);
        Total = total;
        RowsRead = rowsRead;
        Rejections = rejections;
        lookup = null;
    }

    /// <summary>The currency of every amount.</summary>
    public Currency ReportingCurrency { get; }

    /// <summary>The groups, in the order the aggregation produced them (sort as you need).</summary>
    public IReadOnlyList<KpiGroup> Groups { get; }

    /// <summary>The totals of all groups.</summary>
    public LedgerTotals Total { get; }

    /// <summary>Rows read, including those left out.</summary>
    public long RowsRead { get; }

    /// <summary>Rows left out, by reason.</summary>
    public RowRejections Rejections { get; }

    /// <summary>The group with <paramref name="key"/>, if any.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The group, or null.</returns>
    public KpiGroup? Find(KpiGroupKey key)
    {
        Dictionary<KpiGroupKey, KpiGroup>? index = lookup;
        if (index is null)
        {
            index = new Dictionary<KpiGroupKey, KpiGroup>(Groups.Count);
            foreach (KpiGroup group in Groups)
            {
                index[group.Key] = group;
            }

            lookup = index;
        }

        return index.TryGetValue(key, out KpiGroup? found) ? found : null;
    }

    /// <summary>
    /// The report of the union of both ledgers: groups with equal keys merge their totals, counts add up. This is the path to
    /// scale beyond one machine: aggregate each part where it lives and merge the reports.
    /// </summary>
    /// <param name="other">The other report, in the same reporting currency.</param>
    /// <returns>The merged report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The reporting currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A merged sum (of a group, of the grand total or of the rows read) goes beyond 64 bits (±9223372036854775807); the message
    /// names the group or total, the sum and both operands.
    /// </exception>
    public KpiReport Merge(KpiReport other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        if (other.ReportingCurrency != ReportingCurrency)
        {
            throw new CurrencyMismatchException(ReportingCurrency, other.ReportingCurrency, nameof(other));
        }

        var index = new Dictionary<KpiGroupKey, int>();
        var merged = new List<KpiGroup>(Groups.Count + other.Groups.Count);
        foreach (KpiGroup group in Groups.Concat(other.Groups))
        {
            if (index.TryGetValue(group.Key, out int at))
            {
                merged[at] = new KpiGroup(group.Key, LedgerTotals.MergeNamed(merged[at].Totals, group.Totals, nameof(other), "merging other's group " + group.Key));
            }
            else
            {
                index.Add(group.Key, merged.Count);
                merged.Add(group);
            }
        }

        return new KpiReport(ReportingCurrency, merged, RowsReadOf(other), Rejections.Merge(other.Rejections));
    }

    private long RowsReadOf(KpiReport other)
    {
        try
        {
            return LedgerOverflow.Add(RowsRead, other.RowsRead, nameof(RowsRead));
        }
        catch (OverflowException ex)
        {
            throw LedgerOverflow.Merge(nameof(other), "merging other", ReportingCurrency, ex);
        }
    }
}
