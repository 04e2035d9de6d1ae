using System;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Internal;

/// <summary>Exact helpers for <see cref="decimal"/> that every target framework shares.</summary>
internal static class DecimalMath
{
    private static readonly decimal[] PowersOfTen = CreatePowersOfTen();

    private static decimal[] CreatePowersOfTen()
    {
        var result = new decimal[29];
        decimal value = 1m;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = value;
            if (i < 28)
            {
                value *= 10m;
            }
        }

        return result;
    }

    /// <summary>10 to the power <paramref name="exponent"/>, for 0 to 28.</summary>
    internal static decimal Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>The number of digits after the decimal point that <paramref name="value"/> carries (its scale, 0 to 28).</summary>
    internal static int GetScale(decimal value)
    {
#if NET8_0_OR_GREATER
        return value.Scale;
#else
        return (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> digits after the point with the named mode.</summary>
    internal static decimal Round(decimal value, int decimals, RoundingMode mode)
    {
        switch (mode)
        {
            case RoundingMode.HalfToEven:
                return Math.Round(value, decimals, MidpointRounding.ToEven);
            case RoundingMode.HalfAwayFromZero:
                return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            default:
                break;
        }

        if (GetScale(value) <= decimals)
        {
            return value;
        }

        decimal factor = PowersOfTen[decimals];
        decimal scaled = value * factor;
        decimal truncated = decimal.Truncate(scaled);
        decimal fraction = scaled - truncated;
        decimal result = mode switch
        {
            RoundingMode.HalfTowardZero => Math.Abs(fraction) > 0.5m ? truncated + Math.Sign(fraction) : truncated,
            RoundingMode.Up => fraction == 0m ? truncated : truncated + Math.Sign(fraction),
            RoundingMode.Down => truncated,
            RoundingMode.Ceiling => fraction > 0m ? truncated + 1m : truncated,
            RoundingMode.Floor => fraction < 0m ? truncated - 1m : truncated,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode was {mode}; it must be one of the RoundingMode values."),
        };

        return result / factor;
    }

    /// <summary>Rounds <paramref name="value"/> to a whole multiple of <paramref name="increment"/> (for example 0.05).</summary>
    internal static decimal RoundToIncrement(decimal value, decimal increment, RoundingMode mode)
    {
        decimal units = value / increment;
        return Round(units, 0, mode) * increment;
    }

    internal static RoundingMode FromMidpointRounding(MidpointRounding mode) => (int)mode switch
    {
        0 => RoundingMode.HalfToEven,
        1 => RoundingMode.HalfAwayFromZero,
        2 => RoundingMode.Down,
        3 => RoundingMode.Floor,
        4 => RoundingMode.Ceiling,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode was {mode}; it must be a defined MidpointRounding value."),
    };
}
