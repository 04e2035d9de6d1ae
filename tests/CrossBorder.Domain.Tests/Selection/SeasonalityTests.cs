using CrossBorder.Domain.Selection;
using NodaTime;
using static CrossBorder.Domain.Tests.Selection.SelectionSamples;

namespace CrossBorder.Domain.Tests.Selection;

public class SeasonalityTests
{
    [Fact]
    public void A_december_spike_is_event_driven_with_the_arithmetic_shown()
    {
        // 11 months of 10 and December 40: total 150, mean 12.5 → December 40 / 12.5 = 3.2, every other month 0.8.
        var series = DemandSeries.Monthly(new LocalDate(2024, 1, 1), new[] { 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 40m });
        SeasonalityAnalysis a = SeasonalityAnalysis.Of(series);
        Assert.Equal(3.2m, a.IndexOf(12));
        Assert.Equal(0.8m, a.IndexOf(1));
        Assert.Equal(new[] { 12 }, a.PeakMonths);
        Assert.Equal(4m, a.PeakToTrough);
        Assert.Equal(SeasonalityClass.EventDriven, a.Classification); // 3.2 ≥ 3 in 1 ≤ 2 peak months
        Assert.Equal(25m, a.Score);
        Assert.Equal("EventDriven: peak Dec (3.20), trough Jan (0.80), peak/trough 4.00, peak months Dec", a.ToString());
    }

    [Fact]
    public void Summer_demand_is_seasonal_and_flat_demand_evergreen()
    {
        SeasonalityAnalysis summer = SeasonalityAnalysis.Of(Summer());
        Assert.Equal(SeasonalityClass.Seasonal, summer.Classification);
        Assert.Equal(new[] { 7, 6, 8, 5 }, summer.PeakMonths); // 22, 20, 18, 14 of a mean 106/12 = 8.83 → indices 2.49, 2.26, 2.04, 1.58
        Assert.Equal(11m, summer.PeakToTrough);
        SeasonalityAnalysis flat = SeasonalityAnalysis.Of(Flat());
        Assert.Equal(SeasonalityClass.Evergreen, flat.Classification);
        Assert.Empty(flat.PeakMonths);
        Assert.Equal(1.1m / 0.9m, flat.PeakToTrough!.Value, 20);

        // A stricter evergreen threshold makes the same flat series seasonal.
        Assert.Equal(SeasonalityClass.Seasonal, SeasonalityAnalysis.Of(Flat(), SeasonalityThresholds.Default with { EvergreenMaxPeakToTrough = 1.2m }).Classification);
    }

    [Fact]
    public void Weekly_series_spread_each_week_over_its_days_and_a_month_without_demand_is_infinitely_seasonal()
    {
        SeasonalityAnalysis constant = SeasonalityAnalysis.Of(DemandSeries.Weekly(new LocalDate(2025, 1, 1), Enumerable.Repeat(70m, 52)));
        Assert.All(constant.Indices, i => Assert.Equal(1m, i));
        Assert.Equal(SeasonalityClass.Evergreen, constant.Classification);

        // Demand only in the weeks starting in November and December 2025 (Wednesday weeks).
        var start = new LocalDate(2025, 1, 1);
        decimal[] values = Enumerable.Range(0, 52).Select(w => start.PlusWeeks(w).Month >= 11 ? 700m : 0m).ToArray();
        SeasonalityAnalysis christmas = SeasonalityAnalysis.Of(DemandSeries.Weekly(start, values));
        Assert.Null(christmas.PeakToTrough);
        Assert.Equal(0m, christmas.Score);
        Assert.Equal(new[] { 11, 12 }, christmas.PeakMonths.OrderBy(m => m));
        Assert.Equal(SeasonalityClass.EventDriven, christmas.Classification);
    }

    [Fact]
    public void Bad_series_throw_naming_the_argument()
    {
        var empty = Assert.Throws<ArgumentException>(() => DemandSeries.Monthly(new LocalDate(2024, 1, 1), Array.Empty<decimal>()));
        Assert.Equal("values", empty.ParamName);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => DemandSeries.Monthly(new LocalDate(2024, 1, 1), new[] { 1m, 2m })).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => DemandSeries.Weekly(new LocalDate(2024, 1, 1), new decimal[52])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => DemandSeries.Monthly(new LocalDate(2024, 1, 1), Enumerable.Repeat(1m, 11).Append(-1m))).ParamName);
        Assert.Equal("firstMonth", Assert.Throws<ArgumentException>(() => DemandSeries.Monthly(new LocalDate(2024, 1, 2), Enumerable.Repeat(1m, 12))).ParamName);
        Assert.Equal("PeakIndex", Assert.Throws<ArgumentOutOfRangeException>(() => SeasonalityThresholds.Default with { PeakIndex = 1m }).ParamName);
    }
}
