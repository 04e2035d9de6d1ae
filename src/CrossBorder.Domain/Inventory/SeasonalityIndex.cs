using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using NodaTime;
using NodaTime.Calendars;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A monthly or weekly seasonality index: for each calendar month (or ISO week), average daily demand in that month relative to the average day of the year
/// (1.0 = an ordinary month, 1.8 = December selling 80 % above average). Measured from two or more years of history, or supplied by the user.
/// </summary>
/// <remarks>
/// Measured index for month m = (units on in-stock days of month m ÷ in-stock days of month m, over all years) ÷ (all units on in-stock
/// days ÷ all in-stock days). Weekly indexes (<see cref="Weekly"/>, <see cref="FromWeeklyFactors"/>) use ISO 8601 weeks 1–52; the days of
/// ISO week 53 (which only long ISO years have) count as week 52, both when measuring and when looking up, so every index has exactly
/// 52 weekly factors. Measured indexes average exactly 1 over the history: Σ (in-stock days of period p × factor p) ÷ Σ in-stock days = 1.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SeasonalityIndex
{
    private const int WeeksPerIndex = 52;

    private readonly decimal[] factors;

    private SeasonalityIndex(decimal[] factors, string basis)
    {
        this.factors = factors;
        Basis = basis;
    }

    /// <summary>Whether the factors are per ISO week (52) rather than per month (12).</summary>
    public bool IsWeekly => factors.Length == WeeksPerIndex;

    /// <summary>How the index was obtained.</summary>
    public string Basis { get; }

    /// <summary>The twelve monthly factors, January first, or the 52 weekly factors, ISO week 1 first.</summary>
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
        return new SeasonalityIndex(PositiveCopy(monthlyFactors, nameof(monthlyFactors)), "given by the user");
    }

    /// <summary>Measures the index from a history of at least two years (730 days), with in-stock days in every month of at least two years.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="InsufficientDemandHistoryException">The history is shorter than 730 days, a month lacks two years of in-stock days, or nothing was sold.</exception>
    public static SeasonalityIndex Monthly(DemandHistory history) =>
        Measure(
            history,
            12,
            "FromMonthlyFactors",
            static date => (date.Month - 1, date.Year),
            static (m, years) => $"month {InventoryMath.I(m + 1)} has in-stock days in {InventoryMath.I(years)} year(s); a measured seasonality index needs two or more.",
            "",
            "month's");

    /// <summary>A user-supplied weekly index.</summary>
    /// <param name="weeklyFactors">52 factors, ISO week 1 first, each greater than zero; ISO week 53 uses week 52's factor.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weeklyFactors"/> is null.</exception>
    /// <exception cref="ArgumentException">There are not 52 factors.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A factor is zero or negative.</exception>
    public static SeasonalityIndex FromWeeklyFactors(IReadOnlyList<decimal> weeklyFactors)
    {
        Preconditions.CheckNotNull(weeklyFactors, nameof(weeklyFactors));
        Preconditions.CheckArgument(weeklyFactors.Count == WeeksPerIndex, nameof(weeklyFactors), $"weeklyFactors has {InventoryMath.I(weeklyFactors.Count)} values; give 52, ISO week 1 first (week 53 uses week 52's factor).");
        return new SeasonalityIndex(PositiveCopy(weeklyFactors, nameof(weeklyFactors)), "weekly, given by the user");
    }

    /// <summary>
    /// Measures a weekly index (ISO weeks 1–52, week 53's days counted as week 52) from a history of at least two years (730 days),
    /// with in-stock days in every week of at least two ISO week-years.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <returns>The index: factor w = (units on in-stock days of week w ÷ those days) ÷ (all units on in-stock days ÷ all in-stock days).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="InsufficientDemandHistoryException">The history is shorter than 730 days, a week lacks two week-years of in-stock days, or nothing was sold.</exception>
    public static SeasonalityIndex Weekly(DemandHistory history) =>
        Measure(
            history,
            WeeksPerIndex,
            "FromWeeklyFactors",
            static date => (WeekIndex(date), WeekYearRules.Iso.GetWeekYear(date)),
            static (w, years) => $"ISO week {InventoryMath.I(w + 1)} has in-stock days in {InventoryMath.I(years)} week-year(s); a measured seasonality index needs two or more.",
            "weekly (ISO weeks, week 53 as 52), ",
            "week's");

    /// <summary>Twelve or 52 user factors, copied, each checked to be greater than zero.</summary>
    private static decimal[] PositiveCopy(IReadOnlyList<decimal> factors, string paramName)
    {
        var f = new decimal[factors.Count];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = Preconditions.CheckPositive(factors[i], paramName);
        }

        return f;
    }

    /// <summary>
    /// The measurement shared by the monthly and weekly index: factor b = (units on in-stock days of bucket b ÷ those days) ÷
    /// (all units on in-stock days ÷ all in-stock days), each bucket seen in at least two (week-)years.
    /// </summary>
    private static SeasonalityIndex Measure(
        DemandHistory history,
        int buckets,
        string factoryName,
        Func<LocalDate, (int Bucket, int Year)> bucketOf,
        Func<int, int, string> tooFewYears,
        string descriptionPrefix,
        string bucketNoun)
    {
        Preconditions.CheckNotNull(history, nameof(history));
        if (history.DayCount < 730)
        {
            throw new InsufficientDemandHistoryException(
                $"history covers {InventoryMath.I(history.DayCount)} days; a seasonality index needs at least two years (730 days). Supply factors with SeasonalityIndex.{factoryName}(...).",
                nameof(history));
        }

        var units = new long[buckets];
        var days = new int[buckets];
        var years = new HashSet<int>[buckets];
        for (int b = 0; b < buckets; b++)
        {
            years[b] = new HashSet<int>();
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

            (int b, int year) = bucketOf(date);
            int u = history.UnitsAt(i);
            units[b] += u;
            days[b]++;
            years[b].Add(year);
            total += u;
            totalDays++;
        }

        if (total == 0)
        {
            throw new InsufficientDemandHistoryException("history has no sales on in-stock days; seasonality cannot be measured.", nameof(history));
        }

        decimal overall = (decimal)total / totalDays;
        var f = new decimal[buckets];
        for (int b = 0; b < buckets; b++)
        {
            if (years[b].Count < 2)
            {
                throw new InsufficientDemandHistoryException(tooFewYears(b, years[b].Count), nameof(history));
            }

            f[b] = (decimal)units[b] / days[b] / overall;
        }

        return new SeasonalityIndex(
            f,
            descriptionPrefix + "measured from " + IsoDate.Format(history.Start) + ".." + IsoDate.Format(history.End) + " (" + bucketNoun + " average in-stock day ÷ overall average in-stock day)");
    }

    /// <summary>The factor of <paramref name="date"/>'s month (monthly index) or ISO week (weekly index; week 53 uses week 52).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The factor.</returns>
    public decimal FactorFor(LocalDate date) => factors[IndexOf(date)];

    /// <summary>The average factor over <paramref name="days"/> days starting on <paramref name="start"/> (each day weighs its month's or week's factor).</summary>
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
            sum += factors[IndexOf(d)];
        }

        return sum / days;
    }

    // ISO 8601 week 1–52 → 0–51; week 53 → 51 (counted as week 52).
    private static int WeekIndex(LocalDate date) => Math.Min(WeekYearRules.Iso.GetWeekOfWeekYear(date), WeeksPerIndex) - 1;

    private int IndexOf(LocalDate date) => factors.Length == WeeksPerIndex ? WeekIndex(date) : date.Month - 1;
}
