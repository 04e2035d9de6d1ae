using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// Demand for a product in a market over time — search volume, units sold or sessions — as consecutive monthly or weekly
/// values. At least a full year: 12 months, or 52 weeks (364 days touch every calendar month). Immutable.
/// </summary>
public sealed class DemandSeries
{
    private readonly decimal[] values;

    private DemandSeries(DemandGranularity granularity, LocalDate start, decimal[] values)
    {
        Granularity = granularity;
        Start = start;
        this.values = values;
    }

    /// <summary>Monthly or weekly.</summary>
    public DemandGranularity Granularity { get; }

    /// <summary>The first day of the first period (the first of a month for monthly series).</summary>
    public LocalDate Start { get; }

    /// <summary>The values, oldest first.</summary>
    public IReadOnlyList<decimal> Values => values;

    /// <summary>A monthly series.</summary>
    /// <param name="firstMonth">The first day of the first month (day 1).</param>
    /// <param name="values">At least 12 consecutive monthly values, none negative, not all zero.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty, shorter than 12, or all zero; or <paramref name="firstMonth"/> is not the first of a month.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static DemandSeries Monthly(LocalDate firstMonth, IEnumerable<decimal> values)
    {
        Preconditions.CheckArgument(firstMonth.Day == 1, nameof(firstMonth), "A monthly series starts on the first day of a month; got " + firstMonth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".");
        return new DemandSeries(DemandGranularity.Monthly, firstMonth, Checked(values, 12, "12 monthly values (one full year)"));
    }

    /// <summary>A weekly series.</summary>
    /// <param name="firstWeekStart">The first day of the first week.</param>
    /// <param name="values">At least 52 consecutive weekly values, none negative, not all zero.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty, shorter than 52, or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static DemandSeries Weekly(LocalDate firstWeekStart, IEnumerable<decimal> values) =>
        new(DemandGranularity.Weekly, firstWeekStart, Checked(values, 52, "52 weekly values (one full year)"));

    /// <summary>The demand level of each calendar month (index 0 = January): for monthly series the mean of that month's values
    /// over the years; for weekly series the mean demand per day in that month (each week spread evenly over its seven days).</summary>
    internal decimal[] MonthlyLevels()
    {
        var totals = new decimal[12];
        var counts = new decimal[12];
        if (Granularity == DemandGranularity.Monthly)
        {
            for (int i = 0; i < values.Length; i++)
            {
                int m = (Start.Month - 1 + i) % 12;
                totals[m] += values[i];
                counts[m] += 1m;
            }
        }
        else
        {
            LocalDate day = Start;
            foreach (decimal v in values)
            {
                decimal perDay = v / 7m;
                for (int d = 0; d < 7; d++)
                {
                    totals[day.Month - 1] += perDay;
                    counts[day.Month - 1] += 1m;
                    day = day.PlusDays(1);
                }
            }
        }

        var levels = new decimal[12];
        for (int m = 0; m < 12; m++)
        {
            levels[m] = totals[m] / counts[m];
        }

        return levels;
    }

    private static decimal[] Checked(IEnumerable<decimal> values, int minimum, string what)
    {
        decimal[] array = Preconditions.CheckNotNull(values, nameof(values)).ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("The demand series is empty; give at least " + what + ".", nameof(values));
        }

        if (array.Length < minimum)
        {
            throw new ArgumentException("The demand series has " + array.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values; give at least " + what + " so that every calendar month is covered.", nameof(values));
        }

        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(values), array[i], "values[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] is negative; demand should be 0 or more.");
            }
        }

        if (array.All(v => v == 0m))
        {
            throw new ArgumentException("Every value of the demand series is zero: there is no demand to analyse.", nameof(values));
        }

        return array;
    }
}
