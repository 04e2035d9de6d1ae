using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Logistics;

/// <summary>One weight break of a rate card: from this chargeable weight upwards, this price per kilogram (for example "+45 kg: USD 3.20/kg").</summary>
public sealed record WeightBreak
{
    /// <summary>Creates a weight break.</summary>
    /// <param name="from">The chargeable weight from which the rate applies (inclusive).</param>
    /// <param name="ratePerKilogram">The price per chargeable kilogram, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratePerKilogram"/> is negative.</exception>
    public WeightBreak(Mass from, Money ratePerKilogram)
    {
        if (ratePerKilogram.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(ratePerKilogram), ratePerKilogram, $"ratePerKilogram was {ratePerKilogram}; a freight rate cannot be negative.");
        }

        From = from;
        RatePerKilogram = ratePerKilogram;
    }

    /// <summary>The chargeable weight from which the rate applies.</summary>
    public Mass From { get; }

    /// <summary>The price per chargeable kilogram.</summary>
    public Money RatePerKilogram { get; }
}
