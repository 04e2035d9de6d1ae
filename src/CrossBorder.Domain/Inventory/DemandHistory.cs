using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Kpis;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// One SKU's daily sales history: units sold on each consecutive day and whether the SKU was out of stock that day. Stock-out days are
/// left out of velocity and variability, because sales on them measure the shortage, not the demand.
/// </summary>
/// <remarks>
/// Immutable and thread-safe (the arrays are copied). Build one from daily figures, or from the KPI ledger rows with
/// <see cref="FromLedger"/> (order lines give units, inventory snapshots with zero units on hand mark stock-out days).
/// </remarks>
public sealed class DemandHistory
{
    private readonly int[] units;
    private readonly bool[] stockOut;

    /// <summary>Creates a history from daily figures.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="dailyUnits">Units sold on each day from <paramref name="start"/>, one or more, each zero or more.</param>
    /// <param name="stockOutDays">Whether each day was a stock-out day (same length), or null when the SKU was always in stock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dailyUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dailyUnits"/> is empty, or <paramref name="stockOutDays"/> has another length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day's units are negative.</exception>
    public DemandHistory(LocalDate start, IReadOnlyList<int> dailyUnits, IReadOnlyList<bool>? stockOutDays = null)
    {
        Preconditions.CheckNotEmpty(dailyUnits, nameof(dailyUnits));
        units = new int[dailyUnits.Count];
        for (int i = 0; i < units.Length; i++)
        {
            int u = dailyUnits[i];
            if (u < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(dailyUnits), u, $"dailyUnits[{InventoryMath.I(i)}] ({IsoDate.Format(start.PlusDays(i))}) was {InventoryMath.I(u)}; units sold must be zero or greater.");
            }

            units[i] = u;
        }

        stockOut = new bool[units.Length];
        if (stockOutDays is not null)
        {
            if (stockOutDays.Count != units.Length)
            {
                throw new ArgumentException(
                    $"stockOutDays has {InventoryMath.I(stockOutDays.Count)} days; it must have one per day of dailyUnits ({InventoryMath.I(units.Length)}).", nameof(stockOutDays));
            }

            for (int i = 0; i < stockOut.Length; i++)
            {
                stockOut[i] = stockOutDays[i];
            }
        }

        Start = start;
    }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day.</summary>
    public LocalDate End => Start.PlusDays(units.Length - 1);

    /// <summary>The number of days.</summary>
    public int DayCount => units.Length;

    /// <summary>Units sold on <paramref name="date"/>.</summary>
    /// <param name="date">A day between <see cref="Start"/> and <see cref="End"/>.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the history.</exception>
    public int UnitsOn(LocalDate date) => units[IndexOf(date)];

    /// <summary>Whether <paramref name="date"/> was a stock-out day.</summary>
    /// <param name="date">A day between <see cref="Start"/> and <see cref="End"/>.</param>
    /// <returns><see langword="true"/> when out of stock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the history.</exception>
    public bool IsStockOut(LocalDate date) => stockOut[IndexOf(date)];

    /// <summary>
    /// Builds one SKU's history from ledger rows. Units are summed per local day of <see cref="OrderLine.OrderedAt"/> in
    /// <paramref name="zone"/>; a day is a stock-out day when an <see cref="InventorySnapshot"/> for the SKU shows zero units on hand
    /// at its end (days without a snapshot count as in stock). The order of the rows does not matter.
    /// </summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="orders">Order lines (other SKUs and days outside <paramref name="days"/> are ignored).</param>
    /// <param name="snapshots">Inventory snapshots (other SKUs and days are ignored).</param>
    /// <param name="zone">The marketplace's time zone, to turn order instants into days.</param>
    /// <param name="days">The days to cover.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is none.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The units of one day exceed 2147483647 (the message names the day and the sum).</exception>
    public static DemandHistory FromLedger(SkuKey sku, IEnumerable<OrderLine> orders, IEnumerable<InventorySnapshot> snapshots, DateTimeZone zone, DateInterval days)
    {
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; a demand history is for one SKU.");
        Preconditions.CheckNotNull(orders, nameof(orders));
        Preconditions.CheckNotNull(snapshots, nameof(snapshots));
        Preconditions.CheckNotNull(zone, nameof(zone));
        Preconditions.CheckNotNull(days, nameof(days));
        var u = new int[days.Length];
        var s = new bool[days.Length];
        foreach (OrderLine line in orders)
        {
            if (line.Sku != sku)
            {
                continue;
            }

            int i = Period.DaysBetween(days.Start, line.OrderedAt.InZone(zone).Date);
            if (i >= 0 && i < u.Length)
            {
                u[i] = u[i] <= int.MaxValue - line.Quantity
                    ? u[i] + line.Quantity
                    : throw new ArgumentOutOfRangeException(
                        nameof(orders),
                        FormattableString.Invariant($"orders sell {(long)u[i] + line.Quantity} units of the SKU on {days.Start.PlusDays(i)}; a day's units must be at most 2147483647 (a 32-bit count)."));
            }
        }

        foreach (InventorySnapshot snapshot in snapshots)
        {
            if (snapshot.Sku != sku)
            {
                continue;
            }

            int i = Period.DaysBetween(days.Start, snapshot.Date);
            if (i >= 0 && i < s.Length && snapshot.UnitsOnHand == 0)
            {
                s[i] = true;
            }
        }

        return new DemandHistory(days.Start, u, s);
    }

    /// <summary>
    /// Sales velocity and variability over the last <paramref name="windowDays"/> days of the history (a moving average ending on
    /// <see cref="End"/>), stock-out days excluded. A window longer than the history uses all of it and says so.
    /// </summary>
    /// <param name="windowDays">The window, one day or more (7, 30 and 90 are usual).</param>
    /// <returns>The estimate with its explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is zero or negative.</exception>
    /// <exception cref="InsufficientDemandHistoryException">Every day of the window was a stock-out day.</exception>
    public DemandEstimate Velocity(int windowDays)
    {
        Preconditions.CheckPositive(windowDays, nameof(windowDays));
        int length = Math.Min(windowDays, units.Length);
        int from = units.Length - length;
        long sum = 0;
        long sumSq = 0;
        int n = 0;
        for (int i = from; i < units.Length; i++)
        {
            if (stockOut[i])
            {
                continue;
            }

            long x = units[i];
            sum += x;
            sumSq += x * x;
            n++;
        }

        var window = new DateInterval(Start.PlusDays(from), End);
        if (n == 0)
        {
            throw new InsufficientDemandHistoryException(
                $"Every day of the {InventoryMath.I(length)}-day window {IsoDate.Format(window.Start)}..{IsoDate.Format(window.End)} was a stock-out day, so demand cannot be measured; use a longer window or DemandEstimate.Given(...).",
                nameof(windowDays));
        }

        return DemandEstimate.Measured(window, windowDays, n, sum, sumSq, length - n);
    }

    /// <summary>Velocity over several windows at once (for example 7, 30 and 90 days), in the order given.</summary>
    /// <param name="windowDays">The windows.</param>
    /// <returns>One estimate per window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windowDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A window is zero or negative.</exception>
    /// <exception cref="InsufficientDemandHistoryException">Every day of a window was a stock-out day.</exception>
    public IReadOnlyList<DemandEstimate> MovingAverages(IReadOnlyList<int> windowDays)
    {
        Preconditions.CheckNotNull(windowDays, nameof(windowDays));
        var result = new DemandEstimate[windowDays.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Velocity(windowDays[i]);
        }

        return result;
    }

    internal int UnitsAt(int index) => units[index];

    internal bool StockOutAt(int index) => stockOut[index];

    private int IndexOf(LocalDate date)
    {
        int i = Period.DaysBetween(Start, date);
        if (i < 0 || i >= units.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, $"date was {IsoDate.Format(date)}; the history covers {IsoDate.Format(Start)}..{IsoDate.Format(End)}.");
        }

        return i;
    }
}
