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
/// the previous bound up to and including its own), an increment rule above the last band, and either the low-price FBA
/// discount (a flat amount off below a price, 2024–2025) or, for price-dependent cards (Amazon US from 2026-01-15), one fee
/// column per sale-price band (<see cref="PriceBands"/>). Immutable.
/// </summary>
public sealed record FbaFulfilmentFeeCard : IEffectiveDated<FbaFulfilmentFeeCard>
{
    private readonly decimal[] upTo;
    private readonly decimal[] fees;
    private readonly FbaPriceBand[] priceBands;
    private readonly decimal[][] columns;
    private readonly decimal[] aboveFees;

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
        if (lowPriceBelow is { } below)
        {
            var discounted = new decimal[fees.Length];
            for (int i = 0; i < fees.Length; i++)
            {
                discounted[i] = fees[i] - LowPriceDiscount;
            }

            priceBands = new[] { FbaPriceBand.Below(below), FbaPriceBand.Any };
            columns = new[] { discounted, fees };
            decimal aboveFee = above?.Fee ?? 0m;
            aboveFees = new[] { aboveFee - LowPriceDiscount, aboveFee };
        }
        else
        {
            priceBands = new[] { FbaPriceBand.Any };
            columns = new[] { fees };
            aboveFees = new[] { above?.Fee ?? 0m };
        }
    }

    /// <summary>Creates a price-dependent card: one fee per weight band and sale-price band.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="tier">The size tier id.</param>
    /// <param name="currency">The fee currency.</param>
    /// <param name="weightUnit">The unit of every weight on the card.</param>
    /// <param name="priceBands">The sale-price bands in the order they are tried; the last must be <see cref="FbaPriceBand.Any"/>.</param>
    /// <param name="bands">(upper bound inclusive, one fee per price band) pairs, ascending by weight.</param>
    /// <param name="above">The increment rule above the last band: from, the fee at from per price band, step, fee per started step; null when the last band is the limit.</param>
    /// <param name="period">When the card is in force.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="surchargeRate">A surcharge on every fee of the card as a fraction (0 for none; 0.035 for Amazon's 3.5% fuel and logistics surcharge from 2026-04-17); the surcharged fee is rounded to the currency's minor unit, half away from zero.</param>
    /// <exception cref="ArgumentException">A row does not have one fee per price band, or the last price band is not <see cref="FbaPriceBand.Any"/>.</exception>
    public FbaFulfilmentFeeCard(
        MarketplaceId marketplace,
        string tier,
        Currency currency,
        MassUnit weightUnit,
        IReadOnlyList<FbaPriceBand> priceBands,
        IReadOnlyList<(decimal UpTo, IReadOnlyList<decimal> Fees)> bands,
        (decimal From, IReadOnlyList<decimal> Fees, decimal Step, decimal StepFee)? above,
        EffectivePeriod period,
        Source source,
        decimal surchargeRate)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Preconditions.CheckNotEmpty(priceBands, nameof(priceBands));
        Preconditions.CheckArgument(priceBands[priceBands.Count - 1].Limit is null, nameof(priceBands), "the last price band must admit any price (FbaPriceBand.Any).");
        Preconditions.CheckNotEmpty(bands, nameof(bands));
        Marketplace = marketplace;
        Tier = Preconditions.CheckNotNullOrWhiteSpace(tier, nameof(tier));
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        WeightUnit = weightUnit;
        int n = priceBands.Count;
        this.priceBands = new FbaPriceBand[n];
        columns = new decimal[n][];
        for (int k = 0; k < n; k++)
        {
            this.priceBands[k] = Preconditions.CheckNotNull(priceBands[k], nameof(priceBands));
            columns[k] = new decimal[bands.Count];
        }

        upTo = new decimal[bands.Count];
        for (int i = 0; i < bands.Count; i++)
        {
            Preconditions.CheckPositive(bands[i].UpTo, nameof(bands));
            Preconditions.CheckArgument(i == 0 || bands[i].UpTo > upTo[i - 1], nameof(bands), "weight bands must be ascending.");
            Preconditions.CheckArgument(bands[i].Fees is not null && bands[i].Fees.Count == n, nameof(bands), $"every weight band needs one fee per price band ({n.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
            upTo[i] = bands[i].UpTo;
            for (int k = 0; k < n; k++)
            {
                columns[k][i] = Preconditions.CheckNonNegative(bands[i].Fees[k], nameof(bands));
            }
        }

        fees = columns[n - 1];
        aboveFees = new decimal[n];
        if (above is { } a)
        {
            Preconditions.CheckPositive(a.Step, nameof(above));
            Preconditions.CheckNonNegative(a.StepFee, nameof(above));
            Preconditions.CheckArgument(a.From >= upTo[upTo.Length - 1], nameof(above), "the increment rule must start at or after the last band.");
            Preconditions.CheckArgument(a.Fees is not null && a.Fees.Count == n, nameof(above), "the increment rule needs one fee per price band.");
            for (int k = 0; k < n; k++)
            {
                aboveFees[k] = Preconditions.CheckNonNegative(a.Fees![k], nameof(above));
            }

            Above = (a.From, aboveFees[n - 1], a.Step, a.StepFee);
        }

        LowPriceBelow = null;
        LowPriceDiscount = 0m;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
        IsPriceDependent = true;
        SurchargeRate = Preconditions.CheckInRange(surchargeRate, nameof(surchargeRate), 0m, 1m);
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The size tier id.</summary>
    public string Tier { get; }

    /// <summary>The fee currency.</summary>
    public Currency Currency { get; }

    /// <summary>The unit of the card's weights.</summary>
    public MassUnit WeightUnit { get; }

    /// <summary>A surcharge on every fee of the card as a fraction (zero when none); <see cref="FeeAt"/> includes it.</summary>
    public decimal SurchargeRate { get; }

    /// <summary>Whether the fee depends on the sale price through <see cref="PriceBands"/> (not only the low-price discount).</summary>
    public bool IsPriceDependent { get; }

    /// <summary>
    /// The sale-price bands in the order they are tried (the last admits any price). A card with the low-price discount has
    /// two (below the threshold, any other price); a card without it has one.
    /// </summary>
    public IReadOnlyList<FbaPriceBand> PriceBands => priceBands;

    /// <summary>The weight bands: inclusive upper bound and fee (for a price-dependent card, the fee of the last price band).</summary>
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

    /// <summary>The fees of one price band by weight band, in the order of <see cref="Bands"/> (low-price discount applied).</summary>
    /// <param name="priceBand">The index into <see cref="PriceBands"/>.</param>
    /// <returns>The fees.</returns>
    public IReadOnlyList<decimal> FeesOf(int priceBand) => (decimal[])columns[Preconditions.CheckInRange(priceBand, nameof(priceBand), 0, priceBands.Length - 1)].Clone();

    /// <summary>The increment rule above the last band (for a price-dependent card, the fee of the last price band).</summary>
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
    /// <exception cref="InvalidOperationException">The card is price-dependent: use <see cref="FeeFor(Mass, decimal)"/>.</exception>
    public decimal? FeeFor(Mass shippingWeight) => IsPriceDependent
        ? throw new InvalidOperationException($"The {Tier} fee card of '{Marketplace}' in force {Period} depends on the sale price; call FeeFor(shippingWeight, price).")
        : FeeAt(priceBands.Length - 1, shippingWeight);

    /// <summary>The fee for a shipping weight at a sale price (price band or low-price discount applied), or null when the weight is beyond the card.</summary>
    /// <param name="shippingWeight">The shipping weight.</param>
    /// <param name="price">The sale price in <see cref="Currency"/>.</param>
    /// <returns>The fee amount in <see cref="Currency"/>, or null.</returns>
    public decimal? FeeFor(Mass shippingWeight, decimal price) => FeeAt(PriceBandIndex(price), shippingWeight);

    /// <summary>The index of the first price band that admits a price.</summary>
    /// <param name="price">The sale price.</param>
    /// <returns>The index into <see cref="PriceBands"/>.</returns>
    public int PriceBandIndex(decimal price)
    {
        // Stryker disable once Equality,Arithmetic : the last band always admits any price (both constructors enforce it), so also testing it returns the same index.
        for (int k = 0; k < priceBands.Length - 1; k++)
        {
            if (priceBands[k].Admits(price))
            {
                return k;
            }
        }

        return priceBands.Length - 1;
    }

    /// <summary>The fee of one price band for a shipping weight, or null when the weight is beyond the card.</summary>
    /// <param name="priceBand">The index into <see cref="PriceBands"/>.</param>
    /// <param name="shippingWeight">The shipping weight.</param>
    /// <returns>The fee amount, or null.</returns>
    public decimal? FeeAt(int priceBand, Mass shippingWeight)
    {
        decimal[] column = columns[Preconditions.CheckInRange(priceBand, nameof(priceBand), 0, priceBands.Length - 1)];
        decimal w = shippingWeight.In(WeightUnit);
        if (w <= 0m)
        {
            return null;
        }

        for (int i = 0; i < upTo.Length; i++)
        {
            if (w <= upTo[i])
            {
                return WithSurcharge(column[i]);
            }
        }

        if (Above is { } a)
        {
            decimal steps = Math.Max(0m, Math.Ceiling((w - a.From) / a.Step));
            return WithSurcharge(aboveFees[priceBand] + (steps * a.StepFee));
        }

        return null;
    }

    private decimal WithSurcharge(decimal fee) => SurchargeRate == 0m
        ? fee
        : Math.Round(fee * (1m + SurchargeRate), Currency.MinorUnits ?? 2, MidpointRounding.AwayFromZero);
}
