using CrossBorder.Domain.Inventory;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class WeeklySeasonalityTests
{
    private static readonly LocalDate Start = new(2024, 1, 1); // Monday, first day of ISO week 1 of 2024

    /// <summary>742 days 2024-01-01..2026-01-11: 1 unit a day, 3 units on the days of ISO week 10.</summary>
    private static DemandHistory Series()
    {
        var units = new int[742];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(Start.PlusDays(i)) == 10 ? 3 : 1;
        }

        return new DemandHistory(Start, units);
    }

    [Fact]
    public void Weekly_index_from_a_small_synthetic_series()
    {
        // Week 10 has 14 days (2024-03-04..10 and 2025-03-03..09) at 3 units; the other 728 days sell 1.
        // Total 728 + 42 = 770 units over 742 in-stock days: overall average 770 ÷ 742.
        // Week 10 factor = 3 ÷ (770 ÷ 742) = 2226 ÷ 770 = 2.890909…; every other week = 742 ÷ 770 = 0.963636….
        SeasonalityIndex index = SeasonalityIndex.Weekly(Series());
        Assert.True(index.IsWeekly);
        Assert.Equal(52, index.Factors.Count);
        Assert.Equal(2226m / 770m, index.Factors[9], 20);
        Assert.Equal(742m / 770m, index.Factors[0], 20);
        Assert.Equal(2226m / 770m, index.FactorFor(new LocalDate(2026, 3, 4)), 20); // ISO week 10 of 2026
        Assert.Equal(742m / 770m, index.FactorFor(new LocalDate(2026, 3, 1)), 20);  // ISO week 9

        // Used by an outlook exactly like a monthly index.
        var outlook = new DemandOutlook("US", seasonality: index);
        Assert.Equal(2226m / 770m, outlook.SeasonalFactor(new LocalDate(2026, 3, 2)), 20);
    }

    [Fact]
    public void Week_53_uses_week_52()
    {
        // ISO 2026 is a long year: 2026-12-28..2027-01-03 is week 53; 2026-12-27 is in week 52.
        decimal[] f = Enumerable.Repeat(1m, 52).ToArray();
        f[51] = 2m;
        SeasonalityIndex index = SeasonalityIndex.FromWeeklyFactors(f);
        Assert.Equal(2m, index.FactorFor(new LocalDate(2026, 12, 31)));
        Assert.Equal(2m, index.FactorFor(new LocalDate(2026, 12, 27)));
        Assert.Equal(1m, index.FactorFor(new LocalDate(2027, 1, 4))); // week 1 of 2027
        Assert.False(SeasonalityIndex.FromMonthlyFactors(Enumerable.Repeat(1m, 12).ToArray()).IsWeekly);
    }

    [Fact]
    public void Bad_weekly_input()
    {
        Assert.Throws<ArgumentException>("weeklyFactors", () => SeasonalityIndex.FromWeeklyFactors(Enumerable.Repeat(1m, 53).ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>("weeklyFactors", () => SeasonalityIndex.FromWeeklyFactors(Enumerable.Repeat(0m, 52).ToArray()));
        Assert.Throws<InsufficientDemandHistoryException>(() => SeasonalityIndex.Weekly(new DemandHistory(Start, Enumerable.Repeat(1, 729).ToArray())));
    }

    /// <summary>
    /// The measured weekly index averages to 1 over the history: Σ over in-stock days t of FactorFor(t) ÷ number of in-stock days = 1
    /// (up to decimal rounding, 1e-20), for any sales and any stock-out pattern that leaves each week two week-years of in-stock days.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property Measured_weekly_index_averages_to_one_over_the_history() =>
        Prop.ForAll(
            (from seed in Gen.Choose(0, int.MaxValue - 1)
             from extra in Gen.Choose(0, 400)
             from offset in Gen.Choose(0, 365)
             select (seed, extra, offset)).ToArbitrary(),
            x =>
            {
                var rng = new Random(x.seed);
                int n = 742 + x.extra;
                var units = new int[n];
                var outs = new bool[n];
                for (int i = 0; i < n; i++)
                {
                    units[i] = rng.Next(0, 50);
                    outs[i] = rng.Next(0, 10) == 0 && i % 7 != 3; // roughly 10 % stock-outs; every week keeps some in-stock days
                }

                units[0] = 1;
                outs[0] = false;
                LocalDate start = Start.PlusDays(x.offset);
                var history = new DemandHistory(start, units, outs);
                SeasonalityIndex index = SeasonalityIndex.Weekly(history);
                decimal sum = 0m;
                int days = 0;
                for (int i = 0; i < n; i++)
                {
                    if (!outs[i])
                    {
                        sum += index.FactorFor(start.PlusDays(i));
                        days++;
                    }
                }

                return Math.Abs((sum / days) - 1m) < 0.00000000000000000001m;
            });
}
