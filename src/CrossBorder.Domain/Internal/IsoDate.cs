using System.Globalization;
using NodaTime;

namespace CrossBorder.Domain.Internal;

/// <summary>
/// ISO-8601 calendar dates (<c>yyyy-MM-dd</c>) without NodaTime's pattern engine, whose first use costs tens of milliseconds:
/// reference data loads on first use and must stay fast.
/// </summary>
internal static class IsoDate
{
    /// <summary>Parses exactly <c>yyyy-MM-dd</c> (four-digit year 0001–9999) into a valid ISO date.</summary>
    internal static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Formats as <c>yyyy-MM-dd</c> (years outside 1–9999 with a sign and more digits).</summary>
    internal static string Format(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? date.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("00", CultureInfo.InvariantCulture)
            : date.Year.ToString(CultureInfo.InvariantCulture) + "-" + date.Month.ToString("00", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("00", CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (int i = start; i < start + length; i++)
        {
            int digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
