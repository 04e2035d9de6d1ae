using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// The seller's rule for splitting a catalogue between stock held overseas and parcels shipped direct from origin: steady sellers are
/// pre-stocked overseas; new products (too little measured history), long-tail products (too slow) and erratic products (too variable)
/// ship direct. The thresholds are the seller's own choice — the library ships no defaults.
/// </summary>
/// <remarks>
/// Rules in order (the first that applies decides): a history with fewer in-stock days than <see cref="MinimumInStockDays"/> → direct
/// ("new"); velocity below <see cref="MinimumDailyUnits"/> → direct ("long tail"); coefficient of variation σd ÷ d above
/// <see cref="MaximumCoefficientOfVariation"/> → direct ("erratic"); otherwise overseas ("steady seller"). Recommending from a
/// <see cref="DemandEstimate"/> alone skips the history rule and says so. Immutable.
/// </remarks>
public sealed record ChannelSplitPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="minimumDailyUnits">The velocity from which a SKU is worth stocking overseas, greater than zero.</param>
    /// <param name="maximumCoefficientOfVariation">The largest σd ÷ d still counted as steady, zero or more.</param>
    /// <param name="minimumInStockDays">In-stock days of history a SKU needs before it is stocked overseas, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public ChannelSplitPolicy(decimal minimumDailyUnits, decimal maximumCoefficientOfVariation, int minimumInStockDays)
    {
        MinimumDailyUnits = Preconditions.CheckPositive(minimumDailyUnits, nameof(minimumDailyUnits));
        MaximumCoefficientOfVariation = Preconditions.CheckNonNegative(maximumCoefficientOfVariation, nameof(maximumCoefficientOfVariation));
        MinimumInStockDays = Preconditions.CheckNonNegative(minimumInStockDays, nameof(minimumInStockDays));
    }

    /// <summary>The velocity from which a SKU is stocked overseas.</summary>
    public decimal MinimumDailyUnits { get; }

    /// <summary>The largest coefficient of variation counted as steady.</summary>
    public decimal MaximumCoefficientOfVariation { get; }

    /// <summary>In-stock days of history needed before stocking overseas.</summary>
    public int MinimumInStockDays { get; }

    /// <summary>
    /// Recommends a channel for one SKU from its history: velocity and variability over the last <paramref name="windowDays"/> days, and
    /// the in-stock days of the whole history for the "new product" rule.
    /// </summary>
    /// <param name="history">The SKU's daily history.</param>
    /// <param name="windowDays">The velocity window, one day or more.</param>
    /// <returns>The recommendation with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowDays"/> is zero or negative.</exception>
    /// <exception cref="InsufficientDemandHistoryException">Every day of the window was a stock-out day.</exception>
    public ChannelRecommendation Recommend(DemandHistory history, int windowDays)
    {
        Preconditions.CheckNotNull(history, nameof(history));
        DemandEstimate demand = history.Velocity(windowDays);
        int inStock = 0;
        for (int i = 0; i < history.DayCount; i++)
        {
            if (!history.StockOutAt(i))
            {
                inStock++;
            }
        }

        return Recommend(demand, inStock);
    }

    /// <summary>Recommends a channel from a demand estimate alone (the "new product" rule is skipped: it needs the history).</summary>
    /// <param name="demand">The SKU's demand estimate.</param>
    /// <returns>The recommendation with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    public ChannelRecommendation Recommend(DemandEstimate demand) => Recommend(demand, null);

    private ChannelRecommendation Recommend(DemandEstimate demand, int? historyInStockDays)
    {
        Preconditions.CheckNotNull(demand, nameof(demand));
        decimal d = demand.AverageDailyUnits;
        decimal cv = demand.CoefficientOfVariation;
        bool measured = historyInStockDays.HasValue;
        int days = historyInStockDays ?? 0;
        string figures = "d = " + InventoryMath.F4(d) + "/day, CV = " + InventoryMath.F4(cv) +
            (measured ? ", " + InventoryMath.I(days) + " in-stock days of history" : ", no history given (history rule skipped)");
        if (measured && days < MinimumInStockDays)
        {
            return new ChannelRecommendation(StockingChannel.DirectFromOrigin, "new product: " + InventoryMath.I(days) + " in-stock days < " + InventoryMath.I(MinimumInStockDays) + " (" + figures + ")", d, cv, days);
        }

        if (d < MinimumDailyUnits)
        {
            return new ChannelRecommendation(StockingChannel.DirectFromOrigin, "long tail: d " + InventoryMath.F4(d) + " < " + InventoryMath.F4(MinimumDailyUnits) + " units/day (" + figures + ")", d, cv, days);
        }

        if (cv > MaximumCoefficientOfVariation)
        {
            return new ChannelRecommendation(StockingChannel.DirectFromOrigin, "erratic demand: CV " + InventoryMath.F4(cv) + " > " + InventoryMath.F4(MaximumCoefficientOfVariation) + " (" + figures + ")", d, cv, days);
        }

        return new ChannelRecommendation(
            StockingChannel.Overseas,
            "steady seller: d ≥ " + InventoryMath.F4(MinimumDailyUnits) + ", CV ≤ " + InventoryMath.F4(MaximumCoefficientOfVariation) + (measured ? ", in-stock days ≥ " + InventoryMath.I(MinimumInStockDays) : string.Empty) + " (" + figures + ")",
            d,
            cv,
            days);
    }
}
