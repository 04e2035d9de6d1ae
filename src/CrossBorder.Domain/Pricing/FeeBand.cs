using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One band of a fee: the rate (and, for whole-price bands, a fixed amount) that applies to a base above the previous band's
/// upper bound and up to and including <see cref="UpTo"/>. Immutable.
/// </summary>
public readonly struct FeeBand : IEquatable<FeeBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="upTo">The upper bound of the base, inclusive, in the schedule's currency; null for the open last band.</param>
    /// <param name="rate">The rate applied to the base (whole-price) or to the portion inside the band (marginal); 0%–100%.</param>
    /// <param name="fixedAmount">A fixed amount charged when the base falls in this band (whole-price bands only); zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound, rate or amount is out of range.</exception>
    public FeeBand(decimal? upTo, Percentage rate, decimal fixedAmount = 0m)
    {
        if (upTo is { } bound)
        {
            Preconditions.CheckPositive(bound, nameof(upTo));
        }

        Preconditions.CheckInRange(rate.Fraction, nameof(rate), 0m, 1m);
        UpTo = upTo;
        Rate = rate;
        FixedAmount = Preconditions.CheckNonNegative(fixedAmount, nameof(fixedAmount));
    }

    /// <summary>The inclusive upper bound of the base; null for the last, open band.</summary>
    public decimal? UpTo { get; }

    /// <summary>The rate of the band.</summary>
    public Percentage Rate { get; }

    /// <summary>The fixed amount charged in this band (whole-price bands).</summary>
    public decimal FixedAmount { get; }

    /// <inheritdoc/>
    public bool Equals(FeeBand other) => UpTo == other.UpTo && Rate == other.Rate && FixedAmount == other.FixedAmount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FeeBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(UpTo, Rate, FixedAmount);

    /// <summary>Equality.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FeeBand left, FeeBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FeeBand left, FeeBand right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() =>
        (UpTo is { } u ? "up to " + Preconditions.Format(u) : "above") + ": " + Rate.ToString("G", System.Globalization.CultureInfo.InvariantCulture)
        + (FixedAmount != 0m ? " + " + Preconditions.Format(FixedAmount) : string.Empty);
}
