using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Splits a shared cost over shipment lines by value, weight, volume, chargeable weight or quantity, with exact conservation: the
/// shares always sum to the total to the cent (largest-remainder allocation in minor units, <see cref="Money.Allocate(IReadOnlyList{decimal})"/>).
/// </summary>
public static class CostAllocator
{
    /// <summary>Allocates <paramref name="total"/> over <paramref name="lines"/>.</summary>
    /// <param name="total">The shared cost.</param>
    /// <param name="lines">The lines, at least one.</param>
    /// <param name="method">The allocation key.</param>
    /// <param name="divisor">The volumetric divisor for <see cref="AllocationMethod.ChargeableWeight"/> (the carrier's); null means actual weight only.</param>
    /// <returns>One share per line, in order; they sum exactly to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentException">No lines; lines without dimensions for volume allocation; every weight is zero; values in different currencies for value allocation.</exception>
    public static Money[] Allocate(Money total, IReadOnlyList<ShipmentLine> lines, AllocationMethod method, VolumetricDivisor? divisor = null)
    {
        Preconditions.CheckNotEmpty(lines, nameof(lines));
        decimal[]? values = null;
        if (method == AllocationMethod.Value)
        {
            values = new decimal[lines.Count];
            Currency currency = lines[0].UnitPrice.Currency;
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].UnitPrice.Currency != currency)
                {
                    throw new CurrencyMismatchException(currency, lines[i].UnitPrice.Currency, nameof(lines));
                }

                values[i] = lines[i].Value.Amount;
            }
        }

        return Allocate(total, Weights(lines, method, divisor, values));
    }

    /// <summary>Allocates <paramref name="total"/> in proportion to <paramref name="weights"/>; all zeros when the total is zero.</summary>
    /// <param name="total">The amount.</param>
    /// <param name="weights">Non-negative weights, at least one positive (unless the total is zero).</param>
    /// <returns>The shares.</returns>
    public static Money[] Allocate(Money total, IReadOnlyList<decimal> weights)
    {
        Preconditions.CheckNotNull(weights, nameof(weights));
        if (total.IsZero)
        {
            var zeros = new Money[weights.Count];
            for (int i = 0; i < zeros.Length; i++)
            {
                zeros[i] = total;
            }

            return zeros;
        }

        // Stryker disable once NullCoalescing : FastAllocate gives exactly Money.Allocate's shares whenever it answers (a property test checks it), so always asking Money.Allocate changes no result
        return FastAllocate(total, weights) ?? total.Allocate(weights);
    }

    /// <summary>
    /// The same largest-remainder allocation as <see cref="Money.Allocate(IReadOnlyList{decimal})"/>, in 64-bit integers when the
    /// amount is a whole number of minor units and every product fits; null otherwise (the caller then uses Money.Allocate).
    /// </summary>
    private static Money[]? FastAllocate(Money total, IReadOnlyList<decimal> weights)
    {
        int n = weights.Count;
        // Stryker disable once Equality : with no weights the loops below do nothing and sum 0 returns null anyway; with weights, null only hands over to Money.Allocate, which gives the same shares
        if (n == 0 || total.Currency.MinorUnits is not { } minor || !total.IsRounded())
        {
            return null;
        }

        int scale = 0;
        for (int i = 0; i < n; i++)
        {
            if (weights[i] < 0m)
            {
                return null; // let Money.Allocate report it
            }

            scale = Math.Max(scale, GetScale(weights[i]));
        }

        // Stryker disable once Equality,Boolean : the 12-decimal cap only keeps the fast path small; past it the 4·10^15 weight cap and the overflow catch below hand over to Money.Allocate, which gives the same shares
        if (scale > 12)
        {
            return null;
        }

        decimal factor = Pow10(scale);
        if (Math.Abs(total.Amount) > 1_000_000_000_000_000m / Pow10(minor))
        {
            return null; // beyond 10^18 minor units (and so also where the product below could leave decimal's range)
        }

        decimal unitsDecimal = Math.Abs(total.Amount) * Pow10(minor);

        long units = (long)unitsDecimal;
        var w = new long[n];
        long sum = 0;
        try
        {
            for (int i = 0; i < n; i++)
            {
                decimal scaled = weights[i] * factor;
                // Stryker disable once Equality,Boolean,Block : every wider weight either overflows a checked conversion, sum or product (caught below: Money.Allocate) or is exact integer arithmetic, so the shares are the same
                if (scaled > 4_000_000_000_000_000m)
                {
                    return null;
                }

                w[i] = (long)scaled;
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so the arithmetic stays checked without the keyword
                sum = checked(sum + w[i]);
            }

            if (sum == 0)
            {
                return null;
            }

            var quotients = new long[n];
            var remainders = new long[n];
            long allocated = 0;
            for (int i = 0; i < n; i++)
            {
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so the arithmetic stays checked without the keyword
                long product = checked(units * w[i]);
                quotients[i] = product / sum;
                remainders[i] = product - (quotients[i] * sum);
                allocated += quotients[i];
            }

            long leftover = units - allocated;
            if (leftover > 0)
            {
                AllocationKey.RaiseLargestRemaindersBySort(quotients, remainders, leftover); // largest remainders first, ties to the earlier line
            }

            bool negative = total.IsNegative;
            var result = new Money[n];
            for (int i = 0; i < n; i++)
            {
                long q = quotients[i];
                result[i] = Money.Of(new decimal((int)q, (int)(q >> 32), 0, negative && q != 0, (byte)minor), total.Currency);
            }

            return result;
        }
        // Stryker disable once Block : an emptied catch block is given 'return default', which is the null it returns
        catch (OverflowException)
        {
            return null;
        }
    }

    private static int GetScale(decimal value)
    {
#if NET8_0_OR_GREATER
        return value.Scale;
#else
        return (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    internal static decimal[] Weights(IReadOnlyList<ShipmentLine> lines, AllocationMethod method, VolumetricDivisor? divisor, decimal[]? values)
    {
        var weights = new decimal[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            ShipmentLine line = lines[i];
            weights[i] = method switch
            {
                AllocationMethod.Value => values![i],
                AllocationMethod.Weight => line.UnitMass.Kilograms * line.Quantity,
                AllocationMethod.Quantity => line.Quantity,
                AllocationMethod.Volume => Dimensions(line, method, nameof(lines)).VolumeIn(LengthUnit.Centimetre) * line.Quantity,
                AllocationMethod.ChargeableWeight => ChargeableKilograms(line, divisor, nameof(lines)) * line.Quantity,
                _ => throw new ArgumentOutOfRangeException(nameof(method), method, "method must be a defined AllocationMethod."),
            };
        }

        return weights;
    }

    private static decimal ChargeableKilograms(ShipmentLine line, VolumetricDivisor? divisor, string paramName)
    {
        decimal actual = line.UnitMass.Kilograms;
        return divisor is { } d ? Math.Max(actual, d.VolumetricWeight(Dimensions(line, AllocationMethod.ChargeableWeight, paramName)).Kilograms) : actual;
    }

    private static Dimensions Dimensions(ShipmentLine line, AllocationMethod method, string paramName) =>
        line.UnitDimensions ?? throw new ArgumentException(
            $"Line '{line.Sku}' has no unit dimensions; allocation by {method.ToString()} needs them on every line (or allocate by weight or value).",
            paramName);

    internal static string Describe(AllocationMethod method) => method switch
    {
        AllocationMethod.Value => "allocated by value",
        AllocationMethod.Weight => "allocated by weight",
        AllocationMethod.Volume => "allocated by volume",
        AllocationMethod.ChargeableWeight => "allocated by chargeable weight",
        _ => "allocated by quantity",
    };

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
