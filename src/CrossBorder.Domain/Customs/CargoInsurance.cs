using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>Estimates of cargo insurance premiums when no policy figure is known.</summary>
public static class CargoInsurance
{
    /// <summary>
    /// The premium for insuring <paramref name="coverRatio"/> (customarily 110%) of the CIF value at <paramref name="rate"/>, where the
    /// CIF value includes the premium itself: premium = rate × cover × (cost + freight) / (1 − rate × cover).
    /// </summary>
    /// <param name="costAndFreight">The goods value plus freight (CFR value).</param>
    /// <param name="rate">The premium rate (for example 0.3%), from 0 to below 100%.</param>
    /// <param name="coverRatio">The insured share of the CIF value, usually 110%.</param>
    /// <returns>The premium, not rounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, or rate × cover is 100% or more.</exception>
    public static Money EstimatePremium(Money costAndFreight, Percentage rate, Percentage coverRatio)
    {
        decimal k = rate.Fraction * coverRatio.Fraction;
        if (rate.Fraction < 0m || coverRatio.Fraction < 0m || k >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"rate {rate} × cover {coverRatio} must be zero or more and below 100%.");
        }

        if (costAndFreight.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(costAndFreight), costAndFreight, $"costAndFreight was {costAndFreight}; it must be zero or greater.");
        }

        return costAndFreight * k / (1m - k);
    }
}
