using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>Whether to pre-stock a SKU overseas or ship it direct from origin, with the reason.</summary>
/// <remarks>Immutable. Produced by <see cref="ChannelSplitPolicy.Recommend(DemandHistory, int)"/>.</remarks>
public sealed record ChannelRecommendation
{
    internal ChannelRecommendation(StockingChannel channel, string reason, decimal averageDailyUnits, decimal coefficientOfVariation, int inStockDays)
    {
        Channel = channel;
        Reason = reason;
        AverageDailyUnits = averageDailyUnits;
        CoefficientOfVariation = coefficientOfVariation;
        InStockDays = inStockDays;
    }

    /// <summary>The recommended channel.</summary>
    public StockingChannel Channel { get; }

    /// <summary>Why, with the figures and thresholds compared.</summary>
    public string Reason { get; }

    /// <summary>The velocity compared.</summary>
    public decimal AverageDailyUnits { get; }

    /// <summary>The coefficient of variation σd ÷ d compared.</summary>
    public decimal CoefficientOfVariation { get; }

    /// <summary>In-stock days of the whole history (0 when recommended from an estimate alone).</summary>
    public int InStockDays { get; }

    /// <summary>"Overseas: steady seller …".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => (Channel == StockingChannel.Overseas ? "Overseas" : "DirectFromOrigin") + ": " + Reason;
}
