using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Measures;

/// <summary>
/// The three outside measurements of a box (a packed product, a carton), in any order; carriers and marketplaces read them
/// sorted as <see cref="Longest"/>, <see cref="Median"/> and <see cref="Shortest"/>.
/// </summary>
/// <remarks>
/// Every side must be greater than zero. Equality compares the sorted sides, so 30 × 20 × 10 cm equals 10 × 30 × 20 cm.
/// Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.DimensionsJsonConverter))]
public readonly struct Dimensions : IEquatable<Dimensions>, IFormattable
{
    /// <summary>Creates dimensions from three sides in any order.</summary>
    /// <param name="first">A side; greater than zero.</param>
    /// <param name="second">A side; greater than zero.</param>
    /// <param name="third">A side; greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A side is zero.</exception>
    public Dimensions(Length first, Length second, Length third)
    {
        CheckSide(first, nameof(first));
        CheckSide(second, nameof(second));
        CheckSide(third, nameof(third));
        Length a = first;
        Length b = second;
        Length c = third;
        if (a < b)
        {
            (a, b) = (b, a);
        }

        if (b < c)
        {
            (b, c) = (c, b);
        }

        if (a < b)
        {
            (a, b) = (b, a);
        }

        Longest = a;
        Median = b;
        Shortest = c;
    }

    /// <summary>The longest side.</summary>
    public Length Longest { get; }

    /// <summary>The middle side.</summary>
    public Length Median { get; }

    /// <summary>The shortest side.</summary>
    public Length Shortest { get; }

    /// <summary>Dimensions from three numbers in one unit: <c>Dimensions.Of(30, 20, 10, LengthUnit.Centimetre)</c>.</summary>
    /// <param name="first">A side; greater than zero.</param>
    /// <param name="second">A side; greater than zero.</param>
    /// <param name="third">A side; greater than zero.</param>
    /// <param name="unit">The unit of all three.</param>
    /// <returns>The dimensions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A side is zero or negative.</exception>
    public static Dimensions Of(decimal first, decimal second, decimal third, LengthUnit unit) =>
        new(Side(first, unit, nameof(first)), Side(second, unit, nameof(second)), Side(third, unit, nameof(third)));

    /// <summary>The box's volume.</summary>
    public Volume Volume => Volume.FromCubicCentimetres(Longest.Centimetres * Median.Centimetres * Shortest.Centimetres);

    /// <summary>The volume in <paramref name="unit"/>³ computed from the sides in <paramref name="unit"/>: in³ for a 139 in³/lb divisor, cm³ for 5000 cm³/kg.</summary>
    /// <param name="unit">The unit of the sides.</param>
    /// <returns>longest × median × shortest, each in <paramref name="unit"/>.</returns>
    public decimal VolumeIn(LengthUnit unit) => Longest.In(unit) * Median.In(unit) * Shortest.In(unit);

    /// <summary>The girth as carriers define it: 2 × (median + shortest).</summary>
    public Length Girth => (Median + Shortest) * 2m;

    /// <summary>Length plus girth: longest + 2 × (median + shortest), the measure behind postal and oversize limits.</summary>
    public Length LengthPlusGirth => Longest + Girth;

    /// <inheritdoc />
    public bool Equals(Dimensions other) => Longest == other.Longest && Median == other.Median && Shortest == other.Shortest;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dimensions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Longest, Median, Shortest);

    /// <summary>Whether two boxes have the same sorted sides.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Dimensions left, Dimensions right) => left.Equals(right);

    /// <summary>Whether two boxes differ.</summary>
    /// <param name="left">The first box.</param>
    /// <param name="right">The second box.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Dimensions left, Dimensions right) => !left.Equals(right);

    /// <summary>"30 cm × 20 cm × 10 cm" (longest first), invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The sorted sides with the number conventions of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Ignored; reserved.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Longest.ToString(format, formatProvider) + " × " + Median.ToString(format, formatProvider) + " × " + Shortest.ToString(format, formatProvider);

    private static Length Side(decimal value, LengthUnit unit, string paramName)
    {
        Preconditions.CheckPositive(value, paramName);
        return new Length(value, unit);
    }

    private static void CheckSide(Length side, string paramName)
    {
        if (side.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, side, $"{paramName} was {side}; every side of a box must be greater than zero.");
        }
    }
}
