using System;
using System.Globalization;

namespace CrossBorder.Domain.Inventory;

/// <summary>Small numeric helpers shared by the planning types.</summary>
internal static class InventoryMath
{
    /// <summary>Square root of a non-negative decimal: a double estimate polished by two Newton steps in decimal.</summary>
    internal static decimal Sqrt(decimal value)
    {
        if (value <= 0m)
        {
            return 0m;
        }

        decimal x = (decimal)Math.Sqrt((double)value);
        if (x == 0m)
        {
            return 0m;
        }

        x = (x + (value / x)) / 2m;
        x = (x + (value / x)) / 2m;
        return x;
    }

    /// <summary>
    /// The smallest whole number not below <paramref name="value"/>, as an int; beyond int's range an
    /// <see cref="System.ArgumentOutOfRangeException"/> naming <paramref name="paramName"/>, the value and the limit (not a bare overflow).
    /// </summary>
    internal static int CeilingToInt(decimal value, string paramName, string what)
    {
        decimal ceiling = decimal.Ceiling(value);
        return ceiling <= int.MaxValue && ceiling >= int.MinValue
            ? (int)ceiling
            : throw new System.ArgumentOutOfRangeException(
                paramName,
                $"{paramName} gives {what} of {ceiling.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be at most 2147483647 (a 32-bit count). Check the demand, lead time and stock figures.");
    }

    /// <summary>A figure with two decimals for explanations.</summary>
    internal static string F(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure with four decimals for explanations.</summary>
    internal static string F4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    internal static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
