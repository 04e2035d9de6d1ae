using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Logistics;

/// <summary>One or more identical cartons (boxes, parcels) of a shipment: outer dimensions, gross weight each, and how many.</summary>
public sealed record Carton
{
    /// <summary>Creates a carton line.</summary>
    /// <param name="dimensions">Outer dimensions of one carton.</param>
    /// <param name="grossWeight">Gross weight of one carton, greater than zero.</param>
    /// <param name="count">How many identical cartons, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grossWeight"/> is zero or <paramref name="count"/> is less than 1.</exception>
    public Carton(Dimensions dimensions, Mass grossWeight, int count = 1)
    {
        if (grossWeight.Grams <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(grossWeight), grossWeight, $"grossWeight was {grossWeight}; a carton must weigh more than zero.");
        }

        Dimensions = dimensions;
        GrossWeight = grossWeight;
        Count = Preconditions.CheckPositive(count, nameof(count));
    }

    /// <summary>Outer dimensions of one carton.</summary>
    public Dimensions Dimensions { get; }

    /// <summary>Gross weight of one carton.</summary>
    public Mass GrossWeight { get; }

    /// <summary>How many identical cartons.</summary>
    public int Count { get; }

    /// <summary>"3 × 60 × 40 × 30 cm, 12 kg".</summary>
    /// <returns>The carton line for people.</returns>
    public override string ToString() =>
        Count.ToString(CultureInfo.InvariantCulture) + " × " + Dimensions.ToString(null, CultureInfo.InvariantCulture) + ", " + GrossWeight.ToString(null, CultureInfo.InvariantCulture);
}
