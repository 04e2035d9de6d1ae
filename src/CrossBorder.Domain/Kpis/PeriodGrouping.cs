using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// How KPI results are split in time: not at all, by day, by ISO week (Monday to Sunday), by calendar month, or by custom date ranges.
/// Days are local dates in each row's marketplace time zone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PeriodGrouping
{
    private readonly DateInterval[] ranges;

    private PeriodGrouping(string name, int kind, DateInterval[] ranges)
    {
        Name = name;
        Kind = kind;
        this.ranges = ranges;
    }

    /// <summary>No split: one period, the query's whole range.</summary>
    public static PeriodGrouping None { get; } = new("none", 0, Array.Empty<DateInterval>());

    /// <summary>One period per day.</summary>
    public static PeriodGrouping Day { get; } = new("day", 1, Array.Empty<DateInterval>());

    /// <summary>One period per ISO 8601 week (Monday to Sunday).</summary>
    public static PeriodGrouping IsoWeek { get; } = new("ISO week", 2, Array.Empty<DateInterval>());

    /// <summary>One period per calendar month.</summary>
    public static PeriodGrouping Month { get; } = new("month", 3, Array.Empty<DateInterval>());

    /// <summary>The name ("day", "ISO week", "month", "custom", "none").</summary>
    public string Name { get; }

    /// <summary>The custom ranges, earliest first; empty for the other groupings.</summary>
    public IReadOnlyList<DateInterval> Ranges => ranges;

    internal int Kind { get; }

    /// <summary>One period per given range (for example a retail calendar's 4-4-5 months or promotion weeks); days in no range are left out and counted.</summary>
    /// <param name="ranges">Date ranges, each at least one day (a <see cref="DateInterval"/> cannot be shorter), not overlapping.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No range is given, or two ranges overlap.</exception>
    public static PeriodGrouping Custom(IEnumerable<DateInterval> ranges)
    {
        Preconditions.CheckNotNull(ranges, nameof(ranges));
        DateInterval[] sorted = ranges.Select(r => r ?? throw new ArgumentNullException(nameof(ranges), "ranges contains a null range.")).OrderBy(r => r.Start).ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(ranges), "ranges is empty; give at least one date range.");
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start <= sorted[i - 1].End)
            {
                throw new ArgumentException($"ranges {Format(sorted[i - 1])} and {Format(sorted[i])} overlap; every day may belong to one range only.", nameof(ranges));
            }
        }

        return new PeriodGrouping("custom", 4, sorted);
    }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static string Format(DateInterval interval) =>
        IsoDate.Format(interval.Start) + ".." + IsoDate.Format(interval.End);

    /// <summary>Maps every day of <paramref name="range"/> to a period index (−1 where no period covers it) and lists the periods, clipped to the range.</summary>
    internal int[] MapDays(DateInterval range, out DateInterval[] periods)
    {
        int days = range.Length;
        var map = new int[days];
        var starts = new List<int>();
        var ends = new List<int>();
        LocalDate start = range.Start;
        long previous = long.MinValue;
        for (int i = 0; i < days; i++)
        {
            LocalDate d = start.PlusDays(i);
            long id = Kind switch
            {
                0 => 0,
                1 => i,
                2 => FloorDiv(CivilDays.FromDate(d) + 3, 7),
                3 => (d.Year * 12L) + d.Month,
                _ => RangeOf(d),
            };
            if (id < 0 && Kind == 4)
            {
                map[i] = -1;
                previous = long.MinValue;
                continue;
            }

            if (id != previous)
            {
                starts.Add(i);
                ends.Add(i);
                previous = id;
            }

            map[i] = starts.Count - 1;
            ends[ends.Count - 1] = i;
        }

        periods = new DateInterval[starts.Count];
        for (int p = 0; p < periods.Length; p++)
        {
            periods[p] = new DateInterval(start.PlusDays(starts[p]), start.PlusDays(ends[p]));
        }

        return map;
    }

    private long RangeOf(LocalDate d)
    {
        int lo = 0;
        int hi = ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (ranges[mid].End < d)
            {
                lo = mid + 1;
            }
            else if (ranges[mid].Start > d)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    /// <summary>For messages.</summary>
    internal static string Describe(int count) => count.ToString(CultureInfo.InvariantCulture);
}
