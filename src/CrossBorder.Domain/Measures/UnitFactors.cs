using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Measures;

/// <summary>
/// Every conversion constant of the library, exact, in one place. The imperial units are defined by the international
/// yard and pound agreement of 1959: 1 yd = 0.9144 m (so 1 in = 25.4 mm exactly) and 1 lb = 0.45359237 kg exactly.
/// </summary>
internal static class UnitFactors
{
    /// <summary>Grams in one avoirdupois pound (exact).</summary>
    internal const decimal GramsPerPound = 453.59237m;

    /// <summary>Grams in one avoirdupois ounce, 1/16 lb (exact).</summary>
    internal const decimal GramsPerOunce = 28.349523125m;

    /// <summary>Millimetres in one inch (exact).</summary>
    internal const decimal MillimetresPerInch = 25.4m;

    /// <summary>Millimetres in one foot, 12 in (exact).</summary>
    internal const decimal MillimetresPerFoot = 304.8m;

    /// <summary>Cubic centimetres in one cubic inch, 2.54³ (exact).</summary>
    internal const decimal CubicCentimetresPerCubicInch = 16.387064m;

    /// <summary>Cubic centimetres in one cubic foot, 30.48³ (exact).</summary>
    internal const decimal CubicCentimetresPerCubicFoot = 28316.846592m;

    /// <summary>Whether <paramref name="value"/> in a unit of <paramref name="factor"/> base units can be expressed in the base unit.</summary>
    internal static bool Fits(decimal value, decimal factor) => factor <= 1m || value <= decimal.MaxValue / factor;

    /// <summary>Refuses a value that cannot be expressed in the base unit (equality, hashing and arithmetic work in it).</summary>
    internal static decimal CheckFits(decimal value, decimal factor, string paramName, string symbol)
    {
        if (!Fits(value, factor))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"{paramName} was {Preconditions.Format(value)} {symbol}; it must be at most {Preconditions.Format(decimal.Truncate(decimal.MaxValue / factor))} {symbol}.");
        }

        return value;
    }

    internal static decimal Grams(MassUnit unit) => unit switch
    {
        MassUnit.Gram => 1m,
        MassUnit.Kilogram => 1000m,
        MassUnit.Ounce => GramsPerOunce,
        MassUnit.Pound => GramsPerPound,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit was {unit}; it must be a defined MassUnit."),
    };

    internal static decimal Millimetres(LengthUnit unit) => unit switch
    {
        LengthUnit.Millimetre => 1m,
        LengthUnit.Centimetre => 10m,
        LengthUnit.Metre => 1000m,
        LengthUnit.Inch => MillimetresPerInch,
        LengthUnit.Foot => MillimetresPerFoot,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit was {unit}; it must be a defined LengthUnit."),
    };

    internal static decimal CubicCentimetres(VolumeUnit unit) => unit switch
    {
        VolumeUnit.Millilitre or VolumeUnit.CubicCentimetre => 1m,
        VolumeUnit.Litre => 1000m,
        VolumeUnit.CubicMetre => 1_000_000m,
        VolumeUnit.CubicInch => CubicCentimetresPerCubicInch,
        VolumeUnit.CubicFoot => CubicCentimetresPerCubicFoot,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, $"unit was {unit}; it must be a defined VolumeUnit."),
    };

    internal static string Symbol(MassUnit unit) => unit switch
    {
        MassUnit.Gram => "g",
        MassUnit.Kilogram => "kg",
        MassUnit.Ounce => "oz",
        _ => "lb",
    };

    internal static string Symbol(LengthUnit unit) => unit switch
    {
        LengthUnit.Millimetre => "mm",
        LengthUnit.Centimetre => "cm",
        LengthUnit.Metre => "m",
        LengthUnit.Inch => "in",
        _ => "ft",
    };

    internal static string Symbol(VolumeUnit unit) => unit switch
    {
        VolumeUnit.Millilitre => "ml",
        VolumeUnit.Litre => "l",
        VolumeUnit.CubicCentimetre => "cm³",
        VolumeUnit.CubicMetre => "m³",
        VolumeUnit.CubicInch => "in³",
        _ => "ft³",
    };
}
