using System;
using System.Globalization;

namespace CrossBorder.Domain.Measures;

/// <summary>Formatting and parsing shared by the measures: a number, a space, a unit symbol, in the invariant culture.</summary>
internal static class QuantityText
{
    internal static string Format(decimal value, string symbol, IFormatProvider? provider) =>
        (value / 1.000000000000000000000000000000000m).ToString(provider ?? CultureInfo.InvariantCulture) + " " + symbol;

    /// <summary>Splits "12.5 kg" into 12.5 and "kg"; the unit must be one of <paramref name="symbols"/> (case-insensitive).</summary>
    internal static bool TryParse<TUnit>(string? text, IFormatProvider? provider, (string Symbol, TUnit Unit)[] symbols, out decimal value, out TUnit unit)
    {
        value = 0m;
        unit = default!;
        if (text is null || text.Length > 64)
        {
            return false;
        }

        string trimmed = text.Trim();
        int start = 0;
        while (start < trimmed.Length && !char.IsLetter(trimmed[start]))
        {
            start++;
        }

        string symbol = trimmed.Substring(start).Trim();
        bool found = false;
        foreach ((string s, TUnit u) in symbols)
        {
            if (string.Equals(s, symbol, StringComparison.OrdinalIgnoreCase))
            {
                unit = u;
                found = true;
                break;
            }
        }

        return found && decimal.TryParse(
            trimmed.Substring(0, start).Trim(),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            provider ?? CultureInfo.InvariantCulture,
            out value)
            && value >= 0m; // a negative quantity is not a mass, length or volume: Parse answers FormatException, not the constructor's range error
    }
}
