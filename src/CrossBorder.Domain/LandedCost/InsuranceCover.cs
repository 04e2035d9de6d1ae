using System;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>Cargo insurance of a shipment: a premium given by the policy, an estimate from a rate, or none.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.InsuranceCoverJsonConverter))]
public sealed record InsuranceCover
{
    private InsuranceCover(Money? premium, Percentage rate, Percentage coverRatio)
    {
        Premium = premium;
        Rate = rate;
        CoverRatio = coverRatio;
    }

    /// <summary>No cargo insurance.</summary>
    public static InsuranceCover None { get; } = new(null, Percentage.Zero, Percentage.Zero);

    /// <summary>The premium given, or null when estimated or none.</summary>
    public Money? Premium { get; }

    /// <summary>The premium rate, when estimated.</summary>
    public Percentage Rate { get; }

    /// <summary>The insured share of the CIF value, when estimated (usually 110%).</summary>
    public Percentage CoverRatio { get; }

    /// <summary>Whether the premium is estimated from a rate.</summary>
    public bool IsEstimated => Premium is null && Rate.Fraction > 0m;

    /// <summary>A premium stated by the policy or the forwarder.</summary>
    /// <param name="premium">The premium, zero or more.</param>
    /// <returns>The cover.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="premium"/> is negative.</exception>
    public static InsuranceCover Given(Money premium) =>
        premium.IsNegative ? throw new ArgumentOutOfRangeException(nameof(premium), premium, $"premium was {premium}; it must be zero or greater.") : new(premium, Percentage.Zero, Percentage.Zero);

    /// <summary>A premium estimated as <paramref name="rate"/> × <paramref name="coverRatio"/> of the CIF value (see <see cref="CargoInsurance.EstimatePremium"/>).</summary>
    /// <param name="rate">The premium rate, greater than zero.</param>
    /// <param name="coverRatio">The insured share, usually 110%.</param>
    /// <returns>The cover.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not greater than zero, or rate × cover is 100% or more.</exception>
    public static InsuranceCover Estimated(Percentage rate, Percentage coverRatio)
    {
        if (rate.Fraction <= 0m || coverRatio.Fraction <= 0m || rate.Fraction * coverRatio.Fraction >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"rate {rate} and cover {coverRatio} must be greater than zero with rate × cover below 100%.");
        }

        return new(null, rate, coverRatio);
    }
}
