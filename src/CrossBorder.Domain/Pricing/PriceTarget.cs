using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>What the price solver must reach. Immutable.</summary>
public sealed record PriceTarget
{
    private PriceTarget(PriceTargetKind kind, Percentage rate, Money? profit)
    {
        Kind = kind;
        Rate = rate;
        Profit = profit;
    }

    /// <summary>What is asked for.</summary>
    public PriceTargetKind Kind { get; }

    /// <summary>The margin or ROI asked for (margin and ROI targets).</summary>
    public Percentage Rate { get; }

    /// <summary>The profit per unit asked for (profit targets).</summary>
    public Money? Profit { get; }

    /// <summary>Break-even: zero profit per unit.</summary>
    /// <param name="currency">The listing currency.</param>
    /// <returns>The target.</returns>
    public static PriceTarget BreakEven(Currency currency) => ProfitPerUnit(Money.Zero(currency));

    /// <summary>A net margin target.</summary>
    /// <param name="margin">The net margin; below 100% (a margin of 100% or more needs costs below zero).</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The margin is 100% or more, or −100% or less.</exception>
    public static PriceTarget NetMargin(Percentage margin)
    {
        if (margin.Fraction >= 1m || margin.Fraction <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, $"margin was {margin}; a net margin target must be above -100% and below 100% (at 100% every cost would have to be zero).");
        }

        return new(PriceTargetKind.NetMargin, margin, null);
    }

    /// <summary>A profit-per-unit target.</summary>
    /// <param name="profit">The net profit per unit in the listing currency (may be negative for a loss limit).</param>
    /// <returns>The target.</returns>
    public static PriceTarget ProfitPerUnit(Money profit) => new(PriceTargetKind.ProfitPerUnit, Percentage.Zero, profit);

    /// <summary>A return-on-landed-cost target.</summary>
    /// <param name="roi">Net profit / landed cost; above −100%.</param>
    /// <returns>The target.</returns>
    public static PriceTarget ReturnOnLandedCost(Percentage roi)
    {
        if (roi.Fraction <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(roi), roi, $"roi was {roi}; it must be above -100%.");
        }

        return new(PriceTargetKind.ReturnOnLandedCost, roi, null);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PriceTargetKind.NetMargin => "net margin " + Rate,
        PriceTargetKind.ReturnOnLandedCost => "ROI " + Rate,
        _ => "profit " + Profit!.Value,
    };
}
