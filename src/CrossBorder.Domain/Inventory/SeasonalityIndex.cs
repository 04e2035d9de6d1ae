using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A monthly seasonality index: for each calendar month, average daily demand in that month relative to the average day of the year
/// (1.0 = an ordinary month, 1.8 = December selling 80 % above average). Measured from two or more years of history, or supplied by the user.
/// </summary>
/// <remarks>
/// Measured index for month m = (units on in-stock days of month m ÷ in-stock days of month m, over all years) ÷ (all units on in-stock
/// days ÷ all in-stock days). Immutable and thread-safe.
/// </remarks>
public sealed class SeasonalityIndex
{
    private readonly decimal[] factors;

    private SeasonalityIndex(decimal[] factors, string basis)
    {
        this.factors = factors;
        Basis = basis;
    }

    /// <summary>How the index was obtained.</summary>
    public string Basis { get; }

    /// <summary>The twelve factors, January first.</summary>
    public IReadOnlyList<decimal> Factors => factors;

    /// <summary>A user-supplied index.</summary>
    /// <param name="monthlyFactors">Twelve factors, January first, each greater than zero.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="monthlyFactors"/> is null.</exception>
    /// <exception cref="ArgumentException">There are not twelve factors.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A factor is zero or negative.</exception>
    public static SeasonalityIndex FromMonthlyFactors(IReadOnlyList<decimal> monthlyFactors)
    {
        Preconditions.CheckNotNull(monthlyFactors, nameof(monthlyFactors));
        Preconditions.CheckArgument(monthlyFactors.Count == 12, nameof(monthlyFactors), $"monthlyFactors has {InventoryMath.I(monthlyFactors.Count)} values; give twelve, January first.");
        var f = new decimal[12];
        for (int i = 0; i < 12; i++)
        {
            f[i] = Preconditions.CheckPositive(monthlyFactors[i], nameof(monthlyFactors));
        }

        return new SeasonalityIndex(f, "given by the user");
    }

    /// <summary>Measures the index from a history of at least two years (730 days), with in-stock days in every month of at least two years.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="InsufficientDemandHistoryException">The history is shorter than 730 days, a month lacks two years of in-stock days, or nothing was sold.</exception>
    public static SeasonalityIndex Monthly(DemandHistory history)
    {
        Preconditions.CheckNotNull(history, nameof(history));
        if (history.DayCount < 730)
        {
            throw new InsufficientDemandHistoryException(
                $"history covers {InventoryMath.I(history.DayCount)} days; a seasonality index needs at least two years (730 days). Supply factors with SeasonalityIndex.FromMonthlyFactors(...).",
                nameof(history));
        }

        var units = new long[12];
        var days = new int[12];
        var years = new HashSet<int>[12];
        for (int m = 0; m < 12; m++)
        {
            years[m] = new HashSet<int>();
        }

        long total = 0;
        int totalDays = 0;
        LocalDate date = history.Start;
        for (int i = 0; i < history.DayCount; i++, date = date.PlusDays(1))
        {
            if (history.StockOutAt(i))
            {
                continue;
            }

            int m = date.Month - 1;
            int u = history.UnitsAt(i);
            units[m] += u;
            days[m]++;
            years[m].Add(date.Year);
            total += u;
            totalDays++;
        }

        if (total == 0)
        {
            throw new InsufficientDemandHistoryException("history has no sales on in-stock days; seasonality cannot be measured.", nameof(history));
        }

        decimal overall = (decimal)total / totalDays;
        var f = new decimal[12];
        for (int m = 0; m < 12; m++)
        {
            if (years[m].Count < 2)
            {
                throw new InsufficientDemandHistoryException(
                    $"month {InventoryMath.I(m + 1)} has in-stock days in {InventoryMath.I(years[m].Count)} year(s); a measured seasonality index needs two or more.",
                    nameof(history));
            }

            f[m] = (decimal)units[m] / days[m] / overall;
        }

        return new SeasonalityIndex(
            f,
            "measured from " + IsoDate.Format(history.Start) + ".." + IsoDate.Format(history.End) + " (month's average in-stock day ÷ overall average in-stock day)");
    }

    /// <summary>The factor of <paramref name="date"/>'s month.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The factor.</returns>
    public decimal FactorFor(LocalDate date) => factors[date.Month - 1];

    /// <summary>The average factor over <paramref name="days"/> days starting on <paramref name="start"/> (each day weighs its month's factor).</summary>
    /// <param name="start">The first day.</param>
    /// <param name="days">The number of days, one or more.</param>
    /// <returns>The average factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is zero or negative.</exception>
    public decimal AverageFactor(LocalDate start, int days)
    {
        Preconditions.CheckPositive(days, nameof(days));
        decimal sum = 0m;
        LocalDate d = start;
        for (int i = 0; i < days; i++, d = d.PlusDays(1))
        {
            sum += factors[d.Month - 1];
        }

        return sum / days;
    }
}
