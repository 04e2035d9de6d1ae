using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The FBA fulfilment fee card of one size tier over a period: fees by shipping-weight band (each band covers weights above
/// the previous bound up to and including its own), an increment rule above the last band, and the low-price FBA discount.
/// Immutable.
/// </summary>
public sealed record FbaFulfilmentFeeCard : IEffectiveDated<FbaFulfilmentFeeCard>
{
    private readonly decimal[] upTo;
    private readonly decimal[] fees;

    /// <summary>Creates a card.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="tier">The size tier id.</param>
    /// <param name="currency">The fee currency.</param>
    /// <param name="weightUnit">The unit of every weight on the card.</param>
    /// <param name="bands">(upper bound inclusive, fee) pairs, ascending.</param>
    /// <param name="above">The increment rule above the last band: from, fee at from, step, fee per started step; null when the last band is the limit.</param>
    /// <param name="lowPriceBelow">Prices below this get the low-price discount; null when the tier has none.</param>
    /// <param name="lowPriceDiscount">The low-price discount per unit.</param>
    /// <param name="period">When the card is in force.</param>
    /// <param name="source">Where it comes from.</param>
    public FbaFulfilmentFeeCard(
        MarketplaceId marketplace,
        string tier,
        Currency currency,
        MassUnit weightUnit,
        IReadOnlyList<(decimal UpTo, decimal Fee)> bands,
        (decimal From, decimal Fee, decimal Step, decimal StepFee)? above,
        decimal? lowPriceBelow,
        decimal lowPriceDiscount,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Preconditions.CheckNotEmpty(bands, nameof(bands));
        Marketplace = marketplace;
        Tier = Preconditions.CheckNotNullOrWhiteSpace(tier, nameof(tier));
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        WeightUnit = weightUnit;
        upTo = new decimal[bands.Count];
        fees = new decimal[bands.Count];
        for (int i = 0; i < bands.Count; i++)
        {
            Preconditions.CheckPositive(bands[i].UpTo, nameof(bands));
            Preconditions.CheckNonNegative(bands[i].Fee, nameof(bands));
            Preconditions.CheckArgument(i == 0 || bands[i].UpTo > upTo[i - 1], nameof(bands), "weight bands must be ascending.");
            upTo[i] = bands[i].UpTo;
            fees[i] = bands[i].Fee;
        }

        if (above is { } a)
        {
            Preconditions.CheckPositive(a.Step, nameof(above));
            Preconditions.CheckNonNegative(a.StepFee, nameof(above));
            Preconditions.CheckArgument(a.From >= upTo[upTo.Length - 1], nameof(above), "the increment rule must start at or after the last band.");
        }

        Above = above;
        LowPriceBelow = lowPriceBelow;
        LowPriceDiscount = Preconditions.CheckNonNegative(lowPriceDiscount, nameof(lowPriceDiscount));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The size tier id.</summary>
    public string Tier { get; }

    /// <summary>The fee currency.</summary>
    public Currency Currency { get; }

    /// <summary>The unit of the card's weights.</summary>
    public MassUnit WeightUnit { get; }

    /// <summary>The weight bands: inclusive upper bound and fee.</summary>
    public IReadOnlyList<(decimal UpTo, decimal Fee)> Bands
    {
        get
        {
            var list = new (decimal, decimal)[upTo.Length];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = (upTo[i], fees[i]);
            }

            return list;
        }
    }

    /// <summary>The increment rule above the last band.</summary>
    public (decimal From, decimal Fee, decimal Step, decimal StepFee)? Above { get; }

    /// <summary>Prices below this get <see cref="LowPriceDiscount"/>; null when none.</summary>
    public decimal? LowPriceBelow { get; }

    /// <summary>The low-price discount per unit.</summary>
    public decimal LowPriceDiscount { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public FbaFulfilmentFeeCard WithPeriod(EffectivePeriod period) => this with { Period = period };

    /// <summary>The fee for a shipping weight before any low-price discount, or null when the weight is beyond the card.</summary>
    /// <param name="shippingWeight">The shipping weight.</param>
    /// <returns>The fee amount in <see cref="Currency"/>, or null.</returns>
    public decimal? FeeFor(Mass shippingWeight)
    {
        decimal w = shippingWeight.In(WeightUnit);
        if (w <= 0m)
        {
            return null;
        }

        for (int i = 0; i < upTo.Length; i++)
        {
            if (w <= upTo[i])
            {
                return fees[i];
            }
        }

        if (Above is { } a)
        {
            decimal steps = Math.Ceiling((w - a.From) / a.Step);
            return a.Fee + (steps * a.StepFee);
        }

        return null;
    }
}
