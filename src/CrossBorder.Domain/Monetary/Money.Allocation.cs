using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into <paramref name="parts"/> shares that differ by at most one minor unit and sum exactly to the amount.
    /// USD 100 split in 3 is 33.34, 33.33, 33.33: the earlier shares take the leftover cents.
    /// </summary>
    /// <param name="parts">The number of shares, at least 1.</param>
    /// <returns>The shares, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <remarks>Amounts finer than the minor unit (USD 10.005) are split in their own smallest unit, so that nothing is lost either.</remarks>
    public Money[] Split(int parts)
    {
        Preconditions.CheckPositive(parts, nameof(parts));
        int decimals = AllocationDecimals();
        decimal units = ToUnits(Math.Abs(amount), decimals);
        // Exact integer division: units / parts would round near decimal.MaxValue (and quotient × parts could overflow).
        decimal leftover = units % parts;
        decimal quotient = (units - leftover) / parts;

        var result = new Money[parts];
        decimal divisor = DecimalMath.Pow10(decimals);
        decimal larger = (quotient + 1m) / divisor;
        decimal smaller = quotient / divisor;
        // Stryker disable once Equality : at zero every share is zero, and -0m equals 0m.
        if (amount < 0m)
        {
            larger = -larger;
            smaller = -smaller;
        }

        for (int i = 0; i < parts; i++)
        {
            result[i] = Unchecked(i < leftover ? larger : smaller, currency);
        }

        return result;
    }

    /// <summary>
    /// Allocates the amount in proportion to integer <paramref name="ratios"/> so that the shares sum exactly to the amount,
    /// each within one minor unit of its exact share (largest-remainder method; ties go to the earlier share).
    /// </summary>
    /// <param name="ratios">Non-negative ratios, not all zero. A zero ratio always gets a zero share.</param>
    /// <returns>One share per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    public Money[] Allocate(params int[] ratios)
    {
        Preconditions.CheckNotNull(ratios, nameof(ratios));
        CheckWeights(ratios, nameof(ratios));
        return AllocateIntegers(ratios);
    }

    /// <summary>
    /// Allocates the amount in proportion to decimal <paramref name="weights"/> (values, weights, volumes of shipment lines)
    /// so that the shares sum exactly to the amount, each within one minor unit of its exact share (largest-remainder method;
    /// ties go to the earlier share).
    /// </summary>
    /// <param name="weights">Non-negative weights, not all zero. A zero weight always gets a zero share.</param>
    /// <returns>One share per weight, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative.</exception>
    public Money[] Allocate(IReadOnlyList<decimal> weights)
    {
        Preconditions.CheckNotNull(weights, nameof(weights));
        CheckWeights(weights, nameof(weights));
        int scale = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            scale = Math.Max(scale, DecimalMath.GetScale(weights[i]));
        }

        decimal factor = DecimalMath.Pow10(scale);
        var integers = new BigInteger[weights.Count];
        for (int i = 0; i < weights.Count; i++)
        {
            // weight × 10^scale is an integer; split it so that the multiplication cannot overflow decimal.
            decimal whole = decimal.Truncate(weights[i]);
            decimal fraction = (weights[i] - whole) * factor;
            integers[i] = (new BigInteger(whole) * new BigInteger(factor)) + new BigInteger(fraction);
        }

        return AllocateBig(integers);
    }

    private Money[] AllocateIntegers(int[] weights)
    {
        int decimals = AllocationDecimals();
        decimal units = ToUnits(Math.Abs(amount), decimals);
        long totalWeight = 0;
        int maxWeight = 0;
        foreach (int w in weights)
        {
            totalWeight += w;
            maxWeight = Math.Max(maxWeight, w);
        }

        int n = weights.Length;
        var result = new Money[n];
        // Stryker disable once Conditional,Equality : a stack or a heap buffer of the same length holds the same remainders.
        Span<long> remainders = n <= 256 ? stackalloc long[n] : new long[n];
        int leftover;
        // Stryker disable once Equality : at the boundary the long and the decimal paths are both exact and agree.
        bool productsFitInLong = units <= long.MaxValue / maxWeight;
        if (productsFitInLong)
        {
            // Every product units × weight fits in a long: exact integer arithmetic, the common case.
            long u = (long)units;
            long allocated = 0;
            for (int i = 0; i < n; i++)
            {
                long product = u * weights[i];
                long quotient = product / totalWeight;
                remainders[i] = product - (quotient * totalWeight);
                allocated += quotient;
                result[i] = Unchecked(quotient, currency);
            }

            leftover = (int)(u - allocated);
        }
        else if (units <= long.MaxValue)
        {
            // units < 2^63 and each weight < 2^31: every product is below 2^94 and stays exact in decimal.
            decimal allocated = 0m;
            decimal total = totalWeight;
            for (int i = 0; i < n; i++)
            {
                decimal product = units * weights[i];
                decimal remainder = product % total;
                decimal quotient = (product - remainder) / total;

                remainders[i] = (long)remainder;
                allocated += quotient;
                result[i] = Unchecked(quotient, currency);
            }

            leftover = (int)(units - allocated);
        }
        else
        {
            var big = new BigInteger[n];
            for (int i = 0; i < n; i++)
            {
                big[i] = weights[i];
            }

            return AllocateBig(big);
        }

        DistributeLeftover(result, remainders, leftover);
        return Finish(result, decimals);
    }

    private Money[] AllocateBig(BigInteger[] weights)
    {
        int decimals = AllocationDecimals();
        var units = new BigInteger(ToUnits(Math.Abs(amount), decimals));
        BigInteger total = BigInteger.Zero;
        foreach (BigInteger w in weights)
        {
            total += w;
        }

        int n = weights.Length;
        var result = new Money[n];
        var quotients = new BigInteger[n];
        var remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.Zero;
        for (int i = 0; i < n; i++)
        {
            quotients[i] = BigInteger.DivRem(units * weights[i], total, out remainders[i]);
            allocated += quotients[i];
        }

        int leftover = (int)(units - allocated);
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (int k = 0; k < leftover; k++)
        {
            quotients[order[k]] += BigInteger.One;
        }

        for (int i = 0; i < n; i++)
        {
            result[i] = Unchecked((decimal)quotients[i], currency);
        }

        return Finish(result, decimals);
    }

    private static void DistributeLeftover(Money[] shares, Span<long> remainders, int leftover)
    {
        if (leftover == 0)
        {
            // Stryker disable once Statement : a shortcut; with no leftover the loop below hands out nothing.
            return;
        }

        int n = shares.Length;
        // Stryker disable once Conditional,Equality : a stack or a heap buffer of the same length holds the same order.
        Span<int> order = n <= 256 ? stackalloc int[n] : new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // Insertion sort by remainder (largest first), index ascending on ties; linear when remainders are equal (Split).
        for (int i = 1; i < n; i++)
        {
            int current = order[i];
            long key = remainders[current];
            int j = i - 1;
            while (j >= 0 && remainders[order[j]] < key)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        for (int k = 0; k < leftover; k++)
        {
            int index = order[k];
            shares[index] = Unchecked(shares[index].amount + 1m, shares[index].currency);
        }
    }

    private Money[] Finish(Money[] unitShares, int decimals)
    {
        decimal divisor = DecimalMath.Pow10(decimals);
        // Stryker disable once Equality : at zero every share is zero, and -0m equals 0m.
        bool negative = amount < 0m;
        for (int i = 0; i < unitShares.Length; i++)
        {
            decimal share = unitShares[i].amount / divisor;
            unitShares[i] = Unchecked(negative ? -share : share, currency);
        }

        return unitShares;
    }

    private int AllocationDecimals() => Math.Max(DecimalMath.GetScale(amount), currency?.MinorUnits ?? 0);

    private decimal ToUnits(decimal magnitude, int decimals)
    {
        try
        {
            return magnitude * DecimalMath.Pow10(decimals);
        }
        catch (OverflowException ex)
        {
            throw new ArgumentOutOfRangeException(
                $"{ToString(CultureInfo.InvariantCulture)} is too large to allocate in units of 10^-{decimals.ToString(CultureInfo.InvariantCulture)}; the amount times 10^{decimals.ToString(CultureInfo.InvariantCulture)} must fit in a decimal.",
                ex);
        }
    }

    private static void CheckWeights(int[] weights, string paramName)
    {
        if (weights.Length == 0)
        {
            throw new ArgumentException($"{paramName} is empty; it must contain at least one ratio to allocate over.", paramName);
        }

        bool anyPositive = false;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, weights[i], $"{paramName}[{i.ToString(CultureInfo.InvariantCulture)}] was {weights[i].ToString(CultureInfo.InvariantCulture)}; ratios must be zero or greater.");
            }

            anyPositive |= weights[i] > 0;
        }

        if (!anyPositive)
        {
            throw new ArgumentException($"{paramName} were all zero ({ListValues(weights)}); at least one must be greater than zero.", paramName);
        }
    }

    private static void CheckWeights(IReadOnlyList<decimal> weights, string paramName)
    {
        if (weights.Count == 0)
        {
            throw new ArgumentException($"{paramName} is empty; it must contain at least one weight to allocate over.", paramName);
        }

        bool anyPositive = false;
        for (int i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0m)
            {
                throw new ArgumentOutOfRangeException(paramName, weights[i], $"{paramName}[{i.ToString(CultureInfo.InvariantCulture)}] was {Preconditions.Format(weights[i])}; weights must be zero or greater.");
            }

            anyPositive |= weights[i] > 0m;
        }

        if (!anyPositive)
        {
            throw new ArgumentException($"{paramName} were all zero ({ListValues(weights)}); at least one must be greater than zero.", paramName);
        }
    }

    private static string ListValues(int[] values) => ListValues(values.Length, i => values[i].ToString(CultureInfo.InvariantCulture));

    private static string ListValues(IReadOnlyList<decimal> values) => ListValues(values.Count, i => Preconditions.Format(values[i]));

    private static string ListValues(int count, Func<int, string> format)
    {
        const int Shown = 10;
        var parts = new string[Math.Min(count, Shown)];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = format(i);
        }

        return string.Join(", ", parts) + (count > Shown ? ", …" : string.Empty);
    }
}
