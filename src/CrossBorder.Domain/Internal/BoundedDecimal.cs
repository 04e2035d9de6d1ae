using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrossBorder.Domain.Internal;

/// <summary>
/// Decimal arithmetic for quantities (measures, percentages) that refuses a result beyond decimal's range with an
/// <see cref="ArgumentOutOfRangeException"/> naming the operand and the allowed range, instead of the bare
/// <see cref="OverflowException"/> of <see cref="decimal"/>. Operations that provably fit (see <see cref="DecimalRange"/>) take no
/// exception handler.
/// </summary>
internal static class BoundedDecimal
{
    private const string Range = "±79228162514264337593543950335";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Add(decimal left, decimal right, string paramName, string what) =>
        DecimalRange.SumCannotOverflow(left, right) ? left + right : Guarded(left, right, '+', paramName, what);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Subtract(decimal left, decimal right, string paramName, string what) =>
        DecimalRange.SumCannotOverflow(left, right) ? left - right : Guarded(left, right, '-', paramName, what);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Multiply(decimal left, decimal right, string paramName, string what) =>
        DecimalRange.ProductCannotOverflow(left, right) ? left * right : Guarded(left, right, '×', paramName, what);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Divide(decimal left, decimal right, string paramName, string what) =>
        DecimalRange.QuotientCannotOverflow(right) ? left / right : Guarded(left, right, '÷', paramName, what);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal Guarded(decimal left, decimal right, char operation, string paramName, string what)
    {
        try
        {
            return operation switch
            {
                '+' => left + right,
                '-' => left - right,
                '×' => left * right,
                _ => left / right,
            };
        }
        catch (OverflowException ex)
        {
            string l = left.ToString(CultureInfo.InvariantCulture), r = right.ToString(CultureInfo.InvariantCulture);
            throw new ArgumentOutOfRangeException(
                paramName,
                $"{l} {operation} {r} is beyond the range of a {what} ({Range} in its base unit); use smaller values. ({ex.Message})");
        }
    }
}
