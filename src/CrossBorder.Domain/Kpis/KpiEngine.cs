using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>Aggregates an in-memory ledger across cores: each core folds its slice into its own <see cref="KpiAggregation"/>, then the parts merge.</summary>
public static class KpiEngine
{
    /// <summary>
    /// Aggregates <paramref name="ledger"/> for <paramref name="query"/> in parallel. The result equals aggregating every row in one
    /// pass, in any order (the sums are exact and merge associatively and commutatively).
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="ledger">The rows.</param>
    /// <param name="maxDegreeOfParallelism">Partitions to use; 0 (default) for one per processor.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxDegreeOfParallelism"/> is negative; or a sum goes beyond 64 bits (amounts in minor units, units or counts
    /// beyond ±9223372036854775807): the message names the row (<c>ledger.OrderLines[i]</c>…) or the grand total, and the sum.
    /// </exception>
    public static KpiReport Aggregate(KpiQuery query, LedgerData ledger, int maxDegreeOfParallelism = 0)
    {
        Preconditions.CheckNotNull(query, nameof(query));
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNonNegative(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));
        int parts = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        parts = Math.Max(1, Math.Min(parts, 64));
        var partials = new KpiAggregation[parts];
        if (parts == 1)
        {
            partials[0] = Fold(query, ledger, 0, 1);
        }
        else
        {
            // An overflow in a partition is kept and the first (by partition, so by row order) is thrown, not an AggregateException.
            var overflows = new ArgumentOutOfRangeException?[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, i =>
            {
                try
                {
                    partials[i] = Fold(query, ledger, i, parts);
                }
                catch (ArgumentOutOfRangeException ex)
                {
                    overflows[i] = ex;
                }
            });
            foreach (ArgumentOutOfRangeException? overflow in overflows)
            {
                if (overflow is not null)
                {
                    ExceptionDispatchInfo.Capture(overflow).Throw();
                }
            }
        }

        KpiAggregation result = partials[0];
        for (int i = 1; i < parts; i++)
        {
            result.MergeNamed(partials[i], nameof(ledger), "the sum of ledger's partitions");
        }

        return result.ToReportNamed(nameof(ledger));
    }

    private static KpiAggregation Fold(KpiQuery query, LedgerData ledger, int part, int parts)
    {
        var aggregation = new KpiAggregation(query);
        const string p = nameof(ledger);
        aggregation.Add(Slice(ledger.OrderLines.Span, part, parts, out int start), p, "ledger.OrderLines", start);
        aggregation.Add(Slice(ledger.Refunds.Span, part, parts, out start), p, "ledger.Refunds", start);
        aggregation.Add(Slice(ledger.Fees.Span, part, parts, out start), p, "ledger.Fees", start);
        aggregation.Add(Slice(ledger.Advertising.Span, part, parts, out start), p, "ledger.Advertising", start);
        aggregation.Add(Slice(ledger.Inventory.Span, part, parts, out start), p, "ledger.Inventory", start);
        aggregation.Add(Slice(ledger.Reviews.Span, part, parts, out start), p, "ledger.Reviews", start);
        aggregation.Add(Slice(ledger.Traffic.Span, part, parts, out start), p, "ledger.Traffic", start);
        return aggregation;
    }

    private static ReadOnlySpan<T> Slice<T>(ReadOnlySpan<T> rows, int part, int parts, out int start)
    {
        start = (int)((long)rows.Length * part / parts);
        int end = (int)((long)rows.Length * (part + 1) / parts);
        return rows.Slice(start, end - start);
    }
}
