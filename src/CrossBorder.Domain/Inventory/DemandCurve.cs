using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>Projected daily demand: level × S(t) × U(t) with an outlook, the flat velocity without one.</summary>
internal readonly struct DemandCurve
{
    internal DemandCurve(decimal level, DemandOutlook? outlook)
    {
        Level = level;
        Outlook = outlook;
    }

    /// <summary>The deseasonalised level (the velocity itself without a seasonality index).</summary>
    internal decimal Level { get; }

    internal DemandOutlook? Outlook { get; }

    internal bool IsFlat => Outlook is null;

    internal decimal On(LocalDate date) => Outlook is { } o ? Level * o.SeasonalFactor(date) * o.EventMultiplier(date) : Level;

    /// <summary>A cursor over consecutive days from <paramref name="start"/> (no date arithmetic per day).</summary>
    internal Cursor From(LocalDate start) => new(this, start);

    /// <summary>Reads projected demand day after day from the outlook's per-year factor tables.</summary>
    internal struct Cursor
    {
        private readonly decimal level;
        private readonly DemandOutlook? outlook;
        private decimal[] factors;
        private int year;
        private int index;

        internal Cursor(DemandCurve curve, LocalDate start)
        {
            level = curve.Level;
            outlook = curve.Outlook;
            year = start.Year;
            index = start.DayOfYear - 1;
            factors = outlook?.DailyFactors(year) ?? System.Array.Empty<decimal>();
        }

        /// <summary>The current day's demand; then moves to the next day.</summary>
        internal decimal Next()
        {
            if (outlook is null)
            {
                return level;
            }

            if (index >= factors.Length)
            {
                year++;
                index = 0;
                factors = outlook.DailyFactors(year);
            }

            return level * factors[index++];
        }
    }
}
