using System;
using System.Collections.Generic;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Allocation weights prepared once for several allocations over the same lines (freight, insurance, on-carriage and fees of one
/// shipment): the weights as 64-bit integers, scaled by one power of ten, and a scratch buffer.
/// </summary>
/// <remarks>
/// <para>Gives exactly the shares of <see cref="Money.Allocate(IReadOnlyList{decimal})"/> (largest remainder in minor units, ties to
/// the earlier line): scaling every weight by the same factor changes neither the quotients nor the order of the remainders. When an
/// amount or a product does not fit in 64 bits, or the weights cannot be scaled to integers, it hands over to
/// <see cref="CostAllocator.Allocate(Money, IReadOnlyList{decimal})"/>, which gives the same shares the slow way.</para>
/// <para>Not thread-safe (the scratch buffer is reused): one key per calculation.</para>
/// </remarks>
internal sealed class AllocationKey
{
    private const decimal MaxUnits = 1_000_000_000_000_000m;
    private const decimal MaxScaledWeight = 4_000_000_000_000_000m;

    private static readonly decimal[] Powers = { 1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m, 10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m };

    private readonly decimal[] weights;
    private readonly long[]? integers;
    private readonly long sum;
    private readonly long maxWeight;
    private long[]? scratch;

    private AllocationKey(decimal[] weights, long[]? integers, long sum, long maxWeight)
    {
        this.weights = weights;
        this.integers = integers;
        this.sum = sum;
        this.maxWeight = maxWeight;
    }

    /// <summary>The weights as whole numbers (scaled by one power of ten), their sum and the largest; false when the key could not be scaled.</summary>
    internal bool TryGetIntegers(out long[] values, out long total, out long max)
    {
        values = integers!;
        total = sum;
        max = maxWeight;
        return integers is not null;
    }

    /// <summary>The weights as given.</summary>
    internal decimal[] Weights => weights;

    /// <summary>Prepares <paramref name="weights"/> (not copied: the caller must not change them afterwards).</summary>
    internal static AllocationKey Of(decimal[] weights)
    {
        int n = weights.Length;
        int scale = 0;
        for (int i = 0; i < n; i++)
        {
            decimal w = weights[i];
            // Stryker disable once Equality : a zero weight would only give a key without integers, which allocates through Money.Allocate to the same shares
            if (w < 0m)
            {
                return new AllocationKey(weights, null, 0, 0); // Money.Allocate reports it
            }

            scale = Math.Max(scale, GetScale(w));
        }

        if (n == 0 || scale > 12)
        {
            return new AllocationKey(weights, null, 0, 0);
        }

        decimal factor = Pow10(scale);
        var integers = new long[n];
        long total = 0;
        long max = 0;
        for (int i = 0; i < n; i++)
        {
            decimal scaled = weights[i] * factor;
            // Stryker disable once Equality : at exactly the cap the integer path is exact too, so either side gives the same shares
            if (scaled > MaxScaledWeight)
            {
                return new AllocationKey(weights, null, 0, 0);
            }

            long w = (long)scaled;
            integers[i] = w;
            // Stryker disable once Equality : at equality the sum is exactly long.MaxValue, still exact, so either side gives the same shares
            if (w > long.MaxValue - total)
            {
                return new AllocationKey(weights, null, 0, 0);
            }

            total += w;

            max = Math.Max(max, w);
        }

        return total == 0 ? new AllocationKey(weights, null, 0, 0) : new AllocationKey(weights, integers, total, max);
    }

    /// <summary>Allocates <paramref name="total"/> by the weights; the shares sum exactly to it.</summary>
    internal Money[] Allocate(Money total)
    {
        int n = weights.Length;
        if (total.IsZero || integers is null || total.Currency.MinorUnits is not { } minor || !total.IsRounded())
        {
            return CostAllocator.Allocate(total, weights);
        }

        decimal unitsDecimal = Math.Abs(total.Amount) * Pow10(minor);
        if (unitsDecimal > MaxUnits)
        {
            return CostAllocator.Allocate(total, weights);
        }

        long units = (long)unitsDecimal;
        // Stryker disable once Logical : a key with integers has a positive sum, so maxWeight is never 0 here and '||' only sends every amount to CostAllocator, which gives the same shares
        if (maxWeight != 0 && units > long.MaxValue / maxWeight)
        {
            return CostAllocator.Allocate(total, weights);
        }

        // Stryker disable once Assignment : a fresh scratch buffer instead of the kept one: every slot read is written first in this call
        long[] buffer = scratch ??= new long[3 * n];
        Span<long> quotients = buffer.AsSpan(0, n);
        Span<long> remainders = buffer.AsSpan(n, n);
        long allocated = 0;
        for (int i = 0; i < n; i++)
        {
            long product = units * integers[i];
            long q = product / sum;
            quotients[i] = q;
            remainders[i] = product - (q * sum);
            allocated += q;
        }

        long leftover = units - allocated;
        if (leftover > 0)
        {
            DistributeLeftover(quotients, remainders, (int)leftover, buffer.AsSpan(2 * n, n));
        }

        bool negative = total.IsNegative;
        Currency currency = total.Currency;
        var result = new Money[n];
        for (int i = 0; i < n; i++)
        {
            long q = quotients[i];
            result[i] = Money.Of(new decimal(unchecked((int)q), unchecked((int)(q >> 32)), 0, negative && q != 0, (byte)minor), currency);
        }

        return result;
    }

    /// <summary>
    /// Allocates <paramref name="units"/> minor units (of any sign) by integer weights already in minor units or other whole numbers
    /// (the fast path of the calculator): the same shares as <see cref="Allocate(Money)"/> would give for the same weights.
    /// </summary>
    /// <param name="units">The total in minor units.</param>
    /// <param name="weights">The weights, none negative.</param>
    /// <param name="weightSum">The sum of <paramref name="weights"/>.</param>
    /// <param name="maxWeight">The largest weight.</param>
    /// <param name="destination">Receives the shares (length of the weights).</param>
    /// <param name="scratch">Scratch space, at least twice the length of the weights.</param>
    /// <returns>False when the shares cannot be computed in 64 bits or the weights are all zero while the total is not (the caller takes the general path).</returns>
    internal static bool TryAllocateUnits(long units, ReadOnlySpan<long> weights, long weightSum, long maxWeight, Span<long> destination, Span<long> scratch)
    {
        int n = weights.Length;
        if (units == 0)
        {
            destination.Slice(0, n).Clear();
            return true;
        }

        if (weightSum <= 0 || units == long.MinValue)
        {
            return false;
        }

        bool negative = units < 0;
        long magnitude = negative ? -units : units;
        if (magnitude > 1_000_000_000_000_000L || (maxWeight != 0 && magnitude > long.MaxValue / maxWeight))
        {
            return false;
        }

        Span<long> remainders = scratch.Slice(0, n);
        long allocated = 0;
        for (int i = 0; i < n; i++)
        {
            long product = magnitude * weights[i];
            long q = product / weightSum;
            destination[i] = q;
            remainders[i] = product - (q * weightSum);
            allocated += q;
        }

        long leftover = magnitude - allocated;
        if (leftover > 0)
        {
            DistributeLeftover(destination.Slice(0, n), remainders, (int)leftover, scratch.Slice(n, n), weightSum);
        }

        if (negative)
        {
            for (int i = 0; i < n; i++)
            {
                destination[i] = -destination[i];
            }
        }

        return true;
    }

    /// <summary>Adds one unit to the <paramref name="leftover"/> lines with the largest remainders, ties to the earlier line.</summary>
    private void DistributeLeftover(Span<long> quotients, Span<long> remainders, int leftover, Span<long> keys) =>
        DistributeLeftover(quotients, remainders, leftover, keys, sum);

    /// <summary>Adds one unit to the <paramref name="leftover"/> lines with the largest remainders, ties to the earlier line.</summary>
    private static void DistributeLeftover(Span<long> quotients, Span<long> remainders, int leftover, Span<long> keys, long sum)
    {
        int n = quotients.Length;
        if (sum <= long.MaxValue / n)
        {
            // One distinct key per line, smaller for a larger remainder and then for an earlier line: the lines to raise are the
            // leftover smallest keys, found by selection in linear time instead of a sort.
            for (int i = 0; i < n; i++)
            {
                keys[i] = ((sum - 1 - remainders[i]) * n) + i;
            }

            long threshold = NthSmallest(keys, leftover - 1);
            for (int i = 0; i < n; i++)
            {
                if (((sum - 1 - remainders[i]) * n) + i <= threshold)
                {
                    quotients[i]++;
                }
            }

            return;
        }

        RaiseLargestRemaindersBySort(quotients, remainders, leftover);
    }

    /// <summary>
    /// Adds one unit to the <paramref name="leftover"/> lines with the largest remainders, ties to the earlier line, by sorting:
    /// the general path, shared with <see cref="CostAllocator"/>, for sums too large for the selection keys.
    /// </summary>
    internal static void RaiseLargestRemaindersBySort(Span<long> quotients, ReadOnlySpan<long> remainders, long leftover)
    {
        int n = quotients.Length;
        var sortKeys = new long[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            sortKeys[i] = -remainders[i];
            order[i] = i;
        }

        Array.Sort(sortKeys, order);
        for (int start = 0; start < n && start < leftover;)
        {
            int end = start + 1;
            while (end < n && sortKeys[end] == sortKeys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        for (int k = 0; k < leftover; k++)
        {
            quotients[order[k]]++;
        }
    }

    /// <summary>The <paramref name="k"/>-th smallest (0-based) of distinct values; reorders them.</summary>
    private static long NthSmallest(Span<long> values, int k)
    {
        int lo = 0;
        int hi = values.Length - 1;
        while (lo < hi)
        {
            long pivot = values[lo + ((hi - lo) / 2)];
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static int GetScale(decimal value)
    {
#if NET8_0_OR_GREATER
        return value.Scale;
#else
        return (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }

    // The exponent is a weight scale (at most 12, checked in Of) or a currency's minor units (0 to 4, checked by CurrencyRegistry).
    private static decimal Pow10(int exponent) => Powers[exponent];
}
