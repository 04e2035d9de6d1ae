using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// The seller's rule for splitting a catalogue between stock held overseas and parcels shipped direct from origin: steady sellers are
/// pre-stocked overseas; new products (too little measured history), long-tail products (too slow) and erratic products (too variable)
/// ship direct. The thresholds are the seller's own choice — the library ships no defaults.
/// </summary>
/// <remarks>
/// Rules in order (the first that applies decides): measured history with fewer in-stock days than <see cref="MinimumInStockDays"/> → direct
/// ("new"); velocity below <see cref="MinimumDailyUnits"/> → direct ("long tail"); coefficient of variation σd ÷ d above
/// <see cref="MaximumCoefficientOfVariation"/> → direct ("erratic"); otherwise overseas ("steady seller"). A user-supplied estimate
/// (<see cref="DemandEstimate.Given"/>) skips the history rule and says so. Immutable.
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

    /// <summary>Recommends a channel for one SKU from its demand.</summary>
    /// <param name="demand">The SKU's demand estimate (velocity, variability, history used).</param>
    /// <returns>The recommendation with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    public ChannelRecommendation Recommend(DemandEstimate demand)
    {
        Preconditions.CheckNotNull(demand, nameof(demand));
        decimal d = demand.AverageDailyUnits;
        decimal cv = demand.CoefficientOfVariation;
        bool measured = demand.Window is not null;
        int days = demand.DaysUsed;
        string figures = "d = " + InventoryMath.F4(d) + "/day, CV = " + InventoryMath.F4(cv) +
            (measured ? ", " + InventoryMath.I(days) + " in-stock days" : ", user-supplied estimate (history rule skipped)");
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
