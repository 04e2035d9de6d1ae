using System.Runtime.CompilerServices;

namespace CrossBorder.Domain.Internal;

/// <summary>
/// Cheap tests that an arithmetic operation on two decimals cannot overflow, so that Money's operators stay as fast as raw
/// decimal arithmetic (no exception handler on the common path) and only operands near the edge of the range take the guarded
/// path that turns an overflow into a <see cref="Monetary.MoneyOverflowException"/>. Every test is conservative: "true" is a
/// proof that the operation cannot overflow, "false" only means "check it the slow way".
/// </summary>
internal static class DecimalRange
{
#if !NET8_0_OR_GREATER
    /// <summary>2^94: two values below it in magnitude add to less than 2^95, inside decimal's 96-bit range.</summary>
    private const decimal AddBound = 19807040628566084398385987584m;

    /// <summary>2^48: two values below it in magnitude multiply to less than 2^96.</summary>
    private const decimal MultiplyBound = 281474976710656m;
#endif

    /// <summary>Whether <paramref name="a"/> ± <paramref name="b"/> certainly fits in a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SumCannotOverflow(decimal a, decimal b)
    {
#if NET8_0_OR_GREATER
        // |value| ≤ 96-bit mantissa; both mantissas below 2^94 keep the exact sum below 2^95.
        return (High32(a) | High32(b)) < 0x4000_0000u;
#else
        return (a < AddBound && a > -AddBound) && (b < AddBound && b > -AddBound);
#endif
    }

    /// <summary>Whether <paramref name="a"/> × <paramref name="b"/> certainly fits in a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ProductCannotOverflow(decimal a, decimal b)
    {
#if NET8_0_OR_GREATER
        // Both mantissas below 2^48: the product's mantissa is below 2^96 (a scale above 28 only rounds, it never overflows).
        return ((High32(a) | High32(b)) | ((Low64(a) | Low64(b)) >> 48)) == 0;
#else
        return (a < MultiplyBound && a > -MultiplyBound) && (b < MultiplyBound && b > -MultiplyBound);
#endif
    }

    /// <summary>Whether a division by <paramref name="divisor"/> certainly fits in a decimal: |divisor| ≥ 1 never enlarges a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool QuotientCannotOverflow(decimal divisor) => divisor >= 1m || divisor <= -1m;

#if NET8_0_OR_GREATER
    // System.Decimal on .NET Core 3.0 and later: int _flags; uint _hi32; ulong _lo64 (a 96-bit mantissa, hi32:lo64).
    // DecimalRangeTests checks these reads against decimal.GetBits, so a layout change fails a test instead of a sum.

    /// <summary>The high 32 bits of the 96-bit mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint High32(decimal value) => Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1);

    /// <summary>The low 64 bits of the 96-bit mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Low64(decimal value) => Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref value), 1);
#endif
}
