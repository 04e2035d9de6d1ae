using System;
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
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
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, i => partials[i] = Fold(query, ledger, i, parts));
        }

        KpiAggregation result = partials[0];
        for (int i = 1; i < parts; i++)
        {
            result.Merge(partials[i]);
        }

        return result.ToReport();
    }

    private static KpiAggregation Fold(KpiQuery query, LedgerData ledger, int part, int parts)
    {
        var aggregation = new KpiAggregation(query);
        aggregation.Add(Slice(ledger.OrderLines.Span, part, parts));
        aggregation.Add(Slice(ledger.Refunds.Span, part, parts));
        aggregation.Add(Slice(ledger.Fees.Span, part, parts));
        aggregation.Add(Slice(ledger.Advertising.Span, part, parts));
        aggregation.Add(Slice(ledger.Inventory.Span, part, parts));
        aggregation.Add(Slice(ledger.Reviews.Span, part, parts));
        aggregation.Add(Slice(ledger.Traffic.Span, part, parts));
        return aggregation;
    }

    private static ReadOnlySpan<T> Slice<T>(ReadOnlySpan<T> rows, int part, int parts)
    {
        int start = (int)((long)rows.Length * part / parts);
        int end = (int)((long)rows.Length * (part + 1) / parts);
        return rows.Slice(start, end - start);
    }
}
