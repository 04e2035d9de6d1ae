using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The factor that turns minor units of one currency into minor units of the reporting currency on one day
/// (rate × 10^(reporting decimals − source decimals)), with an exact integer fast path: factor = N / 10^k.
/// Conversion rounds half to even; amounts may carry extra decimals (unit costs), divided out in the same rounding.
/// </summary>
internal readonly struct Factor
{
    internal const byte Unknown = 0;
    internal const byte Fast = 1;
    internal const byte Slow = 2;
    internal const byte Missing = 3;

    private static readonly long[] Pow10 =
    {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    };

    private readonly long n;
    private readonly long d0;
    private readonly long d4;
    private readonly long limit;
    private readonly int k0;
    private readonly decimal value;

    private Factor(byte state, long n, int k0, decimal value)
    {
        long d0 = Pow10[k0];
        long d4 = Pow10[Math.Min(k0 + 4, 18)];
        this.k0 = k0;
        State = state;
        this.n = n;
        this.d0 = d0;
        this.d4 = d4;
        limit = n == 0 ? long.MaxValue : long.MaxValue / n;
        this.value = value;
    }

    internal static Factor Identity { get; } = new(Fast, 1, 0, 1m);

    internal static Factor MissingFactor { get; } = new(Missing, 0, 0, 0m);

    internal byte State { get; }

    internal static Factor Of(decimal factor)
    {
        // Strip trailing zeros, then read the mantissa and scale.
        decimal normal = factor / 1.000000000000000000000000000000000m;
        int[] bits = decimal.GetBits(normal);
        int scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0 && bits[1] >= 0 && scale <= 14)
        {
            long mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
            return new Factor(Fast, mantissa, scale, normal);
        }

        return new Factor(Slow, 0, 0, normal);
    }

    /// <summary>p / 10^k truncated toward zero, with constant divisors so that the JIT divides by multiplication.</summary>
    private static long DivPow10(long p, int k) => k switch
    {
        0 => p,
        1 => p / 10L,
        2 => p / 100L,
        3 => p / 1_000L,
        4 => p / 10_000L,
        5 => p / 100_000L,
        6 => p / 1_000_000L,
        7 => p / 10_000_000L,
        8 => p / 100_000_000L,
        9 => p / 1_000_000_000L,
        10 => p / 10_000_000_000L,
        11 => p / 100_000_000_000L,
        12 => p / 1_000_000_000_000L,
        13 => p / 10_000_000_000_000L,
        14 => p / 100_000_000_000_000L,
        15 => p / 1_000_000_000_000_000L,
        16 => p / 10_000_000_000_000_000L,
        17 => p / 100_000_000_000_000_000L,
        _ => p / 1_000_000_000_000_000_000L,
    };

    /// <summary>round_half_even(minor × factor / 10^extra), where extra is 0 or 4.</summary>
    internal long Convert(long minor, int extra)
    {
        if (State == Fast && minor <= limit && minor >= -limit)
        {
            long p = minor * n;
            long d = extra == 0 ? d0 : d4;
            if (d == 1)
            {
                return p;
            }

            long q = DivPow10(p, extra == 0 ? k0 : k0 + 4);
            long r = p - (q * d);
            if (r != 0)
            {
                long twice = r < 0 ? -2 * r : 2 * r;
                if (twice > d || (twice == d && (q & 1) != 0))
                {
                    q += p < 0 ? -1 : 1;
                }
            }

            return q;
        }

        decimal exact = minor * value;
        if (extra != 0)
        {
            exact /= DecimalMath.Pow10(extra);
        }

        return decimal.ToInt64(Math.Round(exact, 0, MidpointRounding.ToEven));
    }
}
