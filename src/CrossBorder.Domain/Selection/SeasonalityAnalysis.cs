using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The seasonality of a demand series: a monthly index (each calendar month's demand level ÷ the average month, so the twelve
/// indices average 1), the peak months, the peak-to-trough ratio and a classification. Immutable.
/// </summary>
public sealed class SeasonalityAnalysis
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
    private readonly decimal[] indices;

    private SeasonalityAnalysis(DemandSeries series, SeasonalityThresholds thresholds, decimal[] levels, decimal[] indices, int[] peakMonths, int peakMonth, int troughMonth)
    {
        Series = series;
        Thresholds = thresholds;
        this.indices = indices;
        PeakMonths = peakMonths;
        PeakMonth = peakMonth;
        TroughMonth = troughMonth;
        decimal peak = indices[peakMonth - 1];
        decimal peakLevel = levels[peakMonth - 1];
        decimal troughLevel = levels[troughMonth - 1];
        PeakToTrough = troughLevel == 0m ? null : peakLevel / troughLevel;
        PeakShare = Percentage.FromFraction(peakLevel / levels.Sum());
        Classification = peak >= thresholds.EventPeakIndex && peakMonths.Length <= thresholds.EventMaxPeakMonths
            ? SeasonalityClass.EventDriven
            : PeakToTrough is decimal r && r <= thresholds.EvergreenMaxPeakToTrough ? SeasonalityClass.Evergreen : SeasonalityClass.Seasonal;
        Score = troughLevel / peakLevel * 100m;
    }

    /// <summary>The series analysed.</summary>
    public DemandSeries Series { get; }

    /// <summary>The thresholds used.</summary>
    public SeasonalityThresholds Thresholds { get; }

    /// <summary>The seasonality index of each calendar month, January first (12 values averaging 1).</summary>
    public IReadOnlyList<decimal> Indices => indices;

    /// <summary>Months (1–12) whose index reaches <see cref="SeasonalityThresholds.PeakIndex"/>, highest index first (ties: earlier month first).</summary>
    public IReadOnlyList<int> PeakMonths { get; }

    /// <summary>The month (1–12) with the highest index (earliest on a tie).</summary>
    public int PeakMonth { get; }

    /// <summary>The month (1–12) with the lowest index (earliest on a tie).</summary>
    public int TroughMonth { get; }

    /// <summary>Highest index ÷ lowest index; <see langword="null"/> when the trough month has no demand (infinitely seasonal).</summary>
    public decimal? PeakToTrough { get; }

    /// <summary>The peak month's share of a year's demand (its index ÷ 12).</summary>
    public Percentage PeakShare { get; }

    /// <summary>Evergreen, seasonal or event-driven.</summary>
    public SeasonalityClass Classification { get; }

    /// <summary>The seasonality factor's score: 100 × trough level ÷ peak level (100 for perfectly even demand, 0 when a month has none).</summary>
    public decimal Score { get; }

    /// <summary>Analyses a series with the default thresholds.</summary>
    /// <param name="series">The demand series.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static SeasonalityAnalysis Of(DemandSeries series) => Of(series, SeasonalityThresholds.Default);

    /// <summary>Analyses a series.</summary>
    /// <param name="series">The demand series.</param>
    /// <param name="thresholds">The classification thresholds.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SeasonalityAnalysis Of(DemandSeries series, SeasonalityThresholds thresholds)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckNotNull(thresholds, nameof(thresholds));
        decimal[] levels = series.MonthlyLevels();
        decimal mean = levels.Sum() / 12m;
        var indices = new decimal[12];
        int peak = 0, trough = 0;
        for (int m = 0; m < 12; m++)
        {
            indices[m] = levels[m] / mean;
            if (indices[m] > indices[peak])
            {
                peak = m;
            }

            if (indices[m] < indices[trough])
            {
                trough = m;
            }
        }

        int[] peakMonths = Enumerable.Range(1, 12)
            .Where(m => indices[m - 1] >= thresholds.PeakIndex)
            .OrderByDescending(m => indices[m - 1]).ThenBy(m => m)
            .ToArray();
        return new SeasonalityAnalysis(series, thresholds, levels, indices, peakMonths, peak + 1, trough + 1);
    }

    /// <summary>The index of one month.</summary>
    /// <param name="month">1–12.</param>
    /// <returns>The month's index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public decimal IndexOf(int month) => indices[Preconditions.CheckInRange(month, nameof(month), 1, 12) - 1];

    /// <summary>A one-line summary, for example <c>Seasonal: peak Jul (1.82), trough Jan (0.41), peak/trough 4.44, peak months Jul, Jun, Aug</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Classification).Append(": peak ").Append(Month(PeakMonth)).Append(" (").Append(Fmt(indices[PeakMonth - 1])).Append("), trough ")
          .Append(Month(TroughMonth)).Append(" (").Append(Fmt(indices[TroughMonth - 1])).Append("), peak/trough ")
          .Append(PeakToTrough is decimal r ? Fmt(r) : "∞ (a month without demand)")
          .Append(", peak months ").Append(PeakMonths.Count == 0 ? "none" : string.Join(", ", PeakMonths.Select(Month)));
        return sb.ToString();
    }

    internal static string Month(int month) => MonthNames[month - 1];

    internal static string Fmt(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
