using NodaTime;

namespace CrossBorder.Domain.Internal;

/// <summary>Days since 1970-01-01 for dates, without NodaTime's calendar machinery (proleptic Gregorian, H. Hinnant's algorithm).</summary>
internal static class CivilDays
{
    internal const long TicksPerDay = 864_000_000_000L;

    internal static int FromDate(LocalDate date) => FromCivil(date.Year, date.Month, date.Day);

    internal static int FromCivil(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - (era * 400);
        int doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        int doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    /// <summary>The local day number of an instant given as Unix ticks, shifted by an offset in ticks.</summary>
    internal static long DayOf(long unixTicks, long offsetTicks)
    {
        long local = unixTicks + offsetTicks;
        return local >= 0 ? local / TicksPerDay : ((local + 1) / TicksPerDay) - 1;
    }
}
