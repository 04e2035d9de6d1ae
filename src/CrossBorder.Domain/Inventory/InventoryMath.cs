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

    /// <summary>The smallest whole number not below <paramref name="value"/>, as an int (checked).</summary>
    internal static int CeilingToInt(decimal value) => checked((int)decimal.Ceiling(value));

    /// <summary>A figure with two decimals for explanations.</summary>
    internal static string F(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure with four decimals for explanations.</summary>
    internal static string F4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    internal static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
