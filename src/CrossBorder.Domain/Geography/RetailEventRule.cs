using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// How a retail event's dates are found in a given year: a fixed date (Christmas), the n-th weekday of a month plus an offset
/// (Black Friday is the day after the fourth Thursday of November), an offset from Western Easter (Mothering Sunday is 21 days
/// before Easter), or dates recorded per year (Prime Day, Chinese New Year, Ramadan).
/// </summary>
/// <remarks>Immutable and thread-safe. Computed with NodaTime's ISO calendar.</remarks>
public sealed class RetailEventRule
{
    private readonly Kind kind;
    private readonly int month;
    private readonly int dayOrOrdinal;
    private readonly IsoDayOfWeek weekday;
    private readonly int offsetDays;
    private readonly int durationDays;
    private readonly DateInterval[] dates;

    private RetailEventRule(Kind kind, int month, int dayOrOrdinal, IsoDayOfWeek weekday, int offsetDays, int durationDays, DateInterval[] dates)
    {
        this.kind = kind;
        this.month = month;
        this.dayOrOrdinal = dayOrOrdinal;
        this.weekday = weekday;
        this.offsetDays = offsetDays;
        this.durationDays = durationDays;
        this.dates = dates;
    }

    private enum Kind
    {
        Fixed,
        NthWeekday,
        Easter,
        Dates,
    }

    /// <summary>The years for which recorded dates exist (empty for computed rules, which work for any year).</summary>
    public IReadOnlyList<int> RecordedYears
    {
        get
        {
            var years = new List<int>();
            foreach (DateInterval d in dates)
            {
                if (!years.Contains(d.Start.Year))
                {
                    years.Add(d.Start.Year);
                }
            }

            return years;
        }
    }

    /// <summary>Whether the rule computes dates for any year (rather than reading recorded ones).</summary>
    public bool IsComputed => kind != Kind.Dates;

    /// <summary>The same day every year, lasting <paramref name="durationDays"/> days.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month, 1–31 (29 February falls back to the 28th in common years).</param>
    /// <param name="durationDays">The number of days, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RetailEventRule Fixed(int month, int day, int durationDays = 1) =>
        new(Kind.Fixed, Preconditions.CheckInRange(month, nameof(month), 1, 12), Preconditions.CheckInRange(day, nameof(day), 1, 31), IsoDayOfWeek.None, 0, Preconditions.CheckInRange(durationDays, nameof(durationDays), 1, 366), Array.Empty<DateInterval>());

    /// <summary>The <paramref name="ordinal"/>-th <paramref name="weekday"/> of <paramref name="month"/> (−1 for the last), moved by <paramref name="offsetDays"/>.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="ordinal">1–5, or −1 for the last such weekday of the month.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="offsetDays">Days to add (Black Friday: +1 after the fourth Thursday).</param>
    /// <param name="durationDays">The number of days, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RetailEventRule NthWeekday(int month, int ordinal, IsoDayOfWeek weekday, int offsetDays = 0, int durationDays = 1)
    {
        Preconditions.CheckInRange(month, nameof(month), 1, 12);
        if (ordinal is 0 or < -1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"ordinal was {ordinal.ToString(CultureInfo.InvariantCulture)}; use 1–5, or −1 for the last weekday of the month.");
        }

        if (weekday == IsoDayOfWeek.None)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "weekday must be Monday–Sunday, not None.");
        }

        Preconditions.CheckInRange(offsetDays, nameof(offsetDays), -366, 366);
        return new RetailEventRule(Kind.NthWeekday, month, ordinal, weekday, offsetDays, Preconditions.CheckInRange(durationDays, nameof(durationDays), 1, 366), Array.Empty<DateInterval>());
    }

    /// <summary>A day relative to Western (Gregorian) Easter Sunday.</summary>
    /// <param name="offsetDays">Days from Easter Sunday (Mothering Sunday: −21).</param>
    /// <param name="durationDays">The number of days, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RetailEventRule FromEaster(int offsetDays, int durationDays = 1) =>
        new(Kind.Easter, 0, 0, IsoDayOfWeek.None, Preconditions.CheckInRange(offsetDays, nameof(offsetDays), -200, 200), Preconditions.CheckInRange(durationDays, nameof(durationDays), 1, 366), Array.Empty<DateInterval>());

    /// <summary>Dates recorded per year (Prime Day, Chinese New Year, Ramadan): the event happens only on these.</summary>
    /// <param name="dates">The occurrences; at least one, not overlapping.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is empty or has overlapping intervals.</exception>
    public static RetailEventRule Recorded(IEnumerable<DateInterval> dates)
    {
        Preconditions.CheckNotNull(dates, nameof(dates));
        var list = new List<DateInterval>();
        foreach (DateInterval d in dates)
        {
            list.Add(d ?? throw new ArgumentNullException(nameof(dates), "dates contains a null interval."));
        }

        Preconditions.CheckNotEmpty(list, nameof(dates));
        list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i].Start <= list[i - 1].End)
            {
                throw new ArgumentException($"dates overlap: {list[i - 1]} and {list[i]}.", nameof(dates));
            }
        }

        return new RetailEventRule(Kind.Dates, 0, 0, IsoDayOfWeek.None, 0, 1, list.ToArray());
    }

    /// <summary>The occurrences that start in <paramref name="year"/> (usually one; none when dates are recorded and the year is not).</summary>
    /// <param name="year">The year, 1–9998.</param>
    /// <returns>The occurrences, earliest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public IReadOnlyList<DateInterval> OccurrencesIn(int year)
    {
        Preconditions.CheckInRange(year, nameof(year), 1, 9998);
        if (kind == Kind.Dates)
        {
            var result = new List<DateInterval>();
            foreach (DateInterval d in dates)
            {
                if (d.Start.Year == year)
                {
                    result.Add(d);
                }
            }

            return result;
        }

        LocalDate start = kind switch
        {
            Kind.Fixed => new LocalDate(year, month, Math.Min(dayOrOrdinal, CalendarSystem.Iso.GetDaysInMonth(year, month))),
            Kind.NthWeekday => NthWeekdayOf(year).PlusDays(offsetDays),
            _ => EasterSunday(year).PlusDays(offsetDays),
        };
        return new[] { new DateInterval(start, start.PlusDays(durationDays - 1)) };
    }

    /// <summary>The first occurrence starting in <paramref name="year"/>, without throwing.</summary>
    /// <param name="year">The year.</param>
    /// <param name="dates">The occurrence, when there is one.</param>
    /// <returns><see langword="true"/> when the event happens in the year (for recorded dates: when the year is recorded).</returns>
    public bool TryOccurrenceIn(int year, [NotNullWhen(true)] out DateInterval? dates)
    {
        dates = null;
        if (year is < 1 or > 9998)
        {
            return false;
        }

        IReadOnlyList<DateInterval> all = OccurrencesIn(year);
        dates = all.Count > 0 ? all[0] : null;
        return dates is not null;
    }

    /// <summary>Western Easter Sunday of <paramref name="year"/> (Gregorian computus).</summary>
    /// <param name="year">The year, 1583–9998.</param>
    /// <returns>Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before the Gregorian reform or too large.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Preconditions.CheckInRange(year, nameof(year), 1583, 9998);

        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>A description for people, for example "4th Thursday of month 11 +1 day".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => kind switch
    {
        Kind.Fixed => $"every {month.ToString("00", CultureInfo.InvariantCulture)}-{dayOrOrdinal.ToString("00", CultureInfo.InvariantCulture)}",
        Kind.NthWeekday => $"{(dayOrOrdinal == -1 ? "last" : "#" + dayOrOrdinal.ToString(CultureInfo.InvariantCulture))} {weekday} of month {month.ToString(CultureInfo.InvariantCulture)}{Offset()}",
        Kind.Easter => "Easter Sunday" + Offset(),
        _ => "recorded dates for " + string.Join(", ", RecordedYears),
    };

    private string Offset() => offsetDays == 0 ? string.Empty : (offsetDays > 0 ? " +" : " ") + offsetDays.ToString(CultureInfo.InvariantCulture) + " days";

    private LocalDate NthWeekdayOf(int year)
    {
        if (dayOrOrdinal == -1)
        {
            var last = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
            return last.DayOfWeek == weekday ? last : last.Previous(weekday);
        }

        var first = new LocalDate(year, month, 1);
        LocalDate firstMatch = first.DayOfWeek == weekday ? first : first.Next(weekday);
        LocalDate result = firstMatch.PlusWeeks(dayOrOrdinal - 1);
        return result.Month == month
            ? result
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"{year.ToString(CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)} has no {dayOrOrdinal.ToString(CultureInfo.InvariantCulture)}th {weekday}.");
    }
}
