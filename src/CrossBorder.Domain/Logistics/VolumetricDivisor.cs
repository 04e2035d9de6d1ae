using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// The volume a carrier counts as one unit of mass when it charges by size: 5000 cm³/kg (express), 6000 cm³/kg (air freight),
/// 1000 cm³/kg (sea weight/measure, 1 m³ = 1000 kg) or 139 in³/lb (Amazon and US parcel carriers).
/// </summary>
/// <remarks>Held exactly in the unit it is quoted in, so that 139 in³/lb is not approximated by a metric figure. Immutable.</remarks>
public readonly struct VolumetricDivisor : IEquatable<VolumetricDivisor>
{
    private VolumetricDivisor(decimal value, bool imperial)
    {
        Value = value;
        IsImperial = imperial;
    }

    /// <summary>Express courier convention: 5000 cm³ per kg.</summary>
    public static VolumetricDivisor Express => new(5000m, false);

    /// <summary>Air freight convention: 6000 cm³ per kg.</summary>
    public static VolumetricDivisor AirFreight => new(6000m, false);

    /// <summary>Sea weight/measure: 1 m³ counts as 1000 kg, that is 1000 cm³ per kg.</summary>
    public static VolumetricDivisor SeaWeightMeasure => new(1000m, false);

    /// <summary>Amazon and US parcel carriers: 139 in³ per lb.</summary>
    public static VolumetricDivisor Amazon => new(139m, true);

    /// <summary>The divisor value in its own unit (cm³/kg, or in³/lb when <see cref="IsImperial"/>).</summary>
    public decimal Value { get; }

    /// <summary>Whether the divisor is in cubic inches per pound rather than cubic centimetres per kilogram.</summary>
    public bool IsImperial { get; }

    /// <summary>A divisor in cubic centimetres per kilogram.</summary>
    /// <param name="value">Greater than zero, for example 5000.</param>
    /// <returns>The divisor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static VolumetricDivisor CubicCentimetresPerKilogram(decimal value) => new(Preconditions.CheckPositive(value, nameof(value)), false);

    /// <summary>A divisor in cubic inches per pound.</summary>
    /// <param name="value">Greater than zero, for example 139.</param>
    /// <returns>The divisor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static VolumetricDivisor CubicInchesPerPound(decimal value) => new(Preconditions.CheckPositive(value, nameof(value)), true);

    /// <summary>The volumetric (dimensional) weight of a box: its volume divided by the divisor, not rounded.</summary>
    /// <param name="dimensions">The outer dimensions of the box.</param>
    /// <returns>The volumetric weight, in kilograms (metric divisor) or pounds (imperial divisor).</returns>
    /// <exception cref="InvalidOperationException">The divisor is <c>default</c> (zero).</exception>
    public Mass VolumetricWeight(Dimensions dimensions)
    {
        if (Value <= 0m)
        {
            throw new InvalidOperationException("The volumetric divisor is default (zero); create one with a named factory such as VolumetricDivisor.Express.");
        }

        return IsImperial
            ? Mass.FromPounds(dimensions.VolumeIn(LengthUnit.Inch) / Value)
            : Mass.FromKilograms(dimensions.VolumeIn(LengthUnit.Centimetre) / Value);
    }

    /// <inheritdoc />
    public bool Equals(VolumetricDivisor other) => Value == other.Value && IsImperial == other.IsImperial;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VolumetricDivisor other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, IsImperial);

    /// <summary>Whether two divisors are equal.</summary>
    /// <param name="left">The first divisor.</param>
    /// <param name="right">The second divisor.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(VolumetricDivisor left, VolumetricDivisor right) => left.Equals(right);

    /// <summary>Whether two divisors differ.</summary>
    /// <param name="left">The first divisor.</param>
    /// <param name="right">The second divisor.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(VolumetricDivisor left, VolumetricDivisor right) => !left.Equals(right);

    /// <summary>"5000 cm³/kg" or "139 in³/lb".</summary>
    /// <returns>The divisor for people.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (IsImperial ? " in³/lb" : " cm³/kg");
}
