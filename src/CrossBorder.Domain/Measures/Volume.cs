using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Measures;

/// <summary>
/// A volume (a package's cube, a liquid's content, storage space), exact in <see cref="decimal"/>, in ml, l, cm³, m³, in³ or ft³.
/// </summary>
/// <remarks>
/// The value is kept in the unit it was given in, so that 2 ft³ stays 2 ft³; conversions use the exact definitions
/// (1 in³ = 16.387064 cm³). Two volumes are equal when they hold the same, whatever their units. A volume is never negative.
/// Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.VolumeJsonConverter))]
public readonly struct Volume : IEquatable<Volume>, IComparable<Volume>, IComparable, IFormattable
{
    private static readonly (string, VolumeUnit)[] Symbols =
    {
        ("ml", VolumeUnit.Millilitre), ("l", VolumeUnit.Litre), ("cm3", VolumeUnit.CubicCentimetre), ("cm³", VolumeUnit.CubicCentimetre), ("m3", VolumeUnit.CubicMetre), ("m³", VolumeUnit.CubicMetre), ("in3", VolumeUnit.CubicInch), ("in³", VolumeUnit.CubicInch), ("ft3", VolumeUnit.CubicFoot), ("ft³", VolumeUnit.CubicFoot),
    };

    /// <summary>Creates a volume.</summary>
    /// <param name="value">The value in <paramref name="unit"/>; zero or greater.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="unit"/> is not defined.</exception>
    public Volume(decimal value, VolumeUnit unit)
        : this(value, unit, nameof(value))
    {
    }

    private Volume(decimal value, VolumeUnit unit, string paramName)
    {
        decimal factor = UnitFactors.CubicCentimetres(unit);
        Value = UnitFactors.CheckFits(Preconditions.CheckNonNegative(value, paramName), factor, paramName, UnitFactors.Symbol(unit));
        Unit = unit;
    }

    /// <summary>Zero cubic centimetres.</summary>
    public static Volume Zero => default;

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the volume was given in.</summary>
    public VolumeUnit Unit { get; }

    /// <summary>The volume in cubic centimetres (millilitres).</summary>
    public decimal CubicCentimetres => Value * UnitFactors.CubicCentimetres(Unit);

    /// <summary>The volume in litres.</summary>
    public decimal Litres => In(VolumeUnit.Litre);

    /// <summary>The volume in cubic metres.</summary>
    public decimal CubicMetres => In(VolumeUnit.CubicMetre);

    /// <summary>The volume in cubic feet.</summary>
    public decimal CubicFeet => In(VolumeUnit.CubicFoot);

    /// <summary>A volume in millilitres (cubic centimetres).</summary>
    /// <param name="millilitres">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millilitres"/> is negative.</exception>
    public static Volume FromMillilitres(decimal millilitres) => new(millilitres, VolumeUnit.Millilitre, nameof(millilitres));

    /// <summary>A volume in litres.</summary>
    /// <param name="litres">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="litres"/> is negative.</exception>
    public static Volume FromLitres(decimal litres) => new(litres, VolumeUnit.Litre, nameof(litres));

    /// <summary>A volume in cubic centimetres.</summary>
    /// <param name="cubicCentimetres">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cubicCentimetres"/> is negative.</exception>
    public static Volume FromCubicCentimetres(decimal cubicCentimetres) => new(cubicCentimetres, VolumeUnit.CubicCentimetre, nameof(cubicCentimetres));

    /// <summary>A volume in cubic metres.</summary>
    /// <param name="cubicMetres">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cubicMetres"/> is negative.</exception>
    public static Volume FromCubicMetres(decimal cubicMetres) => new(cubicMetres, VolumeUnit.CubicMetre, nameof(cubicMetres));

    /// <summary>A volume in cubic inches.</summary>
    /// <param name="cubicInches">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cubicInches"/> is negative.</exception>
    public static Volume FromCubicInches(decimal cubicInches) => new(cubicInches, VolumeUnit.CubicInch, nameof(cubicInches));

    /// <summary>A volume in cubic feet.</summary>
    /// <param name="cubicFeet">Zero or greater.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cubicFeet"/> is negative.</exception>
    public static Volume FromCubicFeet(decimal cubicFeet) => new(cubicFeet, VolumeUnit.CubicFoot, nameof(cubicFeet));

    /// <summary>The value of this volume in <paramref name="unit"/> (exact where the ratio terminates, else to 28 significant digits).</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The value.</returns>
    public decimal In(VolumeUnit unit) => unit == Unit ? Value : CubicCentimetres / UnitFactors.CubicCentimetres(unit);

    /// <summary>The same volume expressed in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The converted volume.</returns>
    public Volume ConvertTo(VolumeUnit unit) => new(In(unit), unit);

    /// <summary>Adds two volumes exactly: in their unit when they share one, otherwise in cubic centimetres.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The sum.</returns>
    public static Volume operator +(Volume left, Volume right) =>
        right.Unit == left.Unit ? new(BoundedDecimal.Add(left.Value, right.Value, nameof(right), "volume"), left.Unit) : new(BoundedDecimal.Add(left.CubicCentimetres, right.CubicCentimetres, nameof(right), "volume"), VolumeUnit.CubicCentimetre);

    /// <summary>Subtracts a volume exactly: in their unit when they share one, otherwise in cubic centimetres.</summary>
    /// <param name="left">The volume to subtract from.</param>
    /// <param name="right">The volume to subtract; not more than <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Volume operator -(Volume left, Volume right)
    {
        bool same = left.Unit == right.Unit;
        decimal difference = same ? left.Value - right.Value : left.CubicCentimetres - right.CubicCentimetres;
        if (difference < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, $"Subtracting {right} from {left} would give a negative volume; a volume is zero or greater.");
        }

        return new Volume(difference, same ? left.Unit : VolumeUnit.CubicCentimetre);
    }

    /// <summary>Multiplies a volume by a count or factor.</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Volume operator *(Volume volume, decimal factor) => new(BoundedDecimal.Multiply(volume.Value, Preconditions.CheckNonNegative(factor, nameof(factor)), nameof(factor), "volume"), volume.Unit);

    /// <summary>Multiplies a volume by a count or factor.</summary>
    /// <param name="factor">Zero or greater.</param>
    /// <param name="volume">The volume.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Volume operator *(decimal factor, Volume volume) => volume * factor;

    /// <summary>Divides a volume.</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero or negative.</exception>
    public static Volume operator /(Volume volume, decimal divisor) => new(BoundedDecimal.Divide(volume.Value, Preconditions.CheckPositive(divisor, nameof(divisor)), nameof(divisor), "volume"), volume.Unit);

    /// <summary>The ratio of two volumees.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Volume left, Volume right) => BoundedDecimal.Divide(left.CubicCentimetres, right.CubicCentimetres, nameof(right), "ratio");

    /// <summary>Adds two volumees (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The sum.</returns>
    public static Volume Add(Volume left, Volume right) => left + right;

    /// <summary>Subtracts a volume (the named twin of <c>-</c>).</summary>
    /// <param name="left">The volume to subtract from.</param>
    /// <param name="right">The volume to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Volume Subtract(Volume left, Volume right) => left - right;

    /// <summary>Multiplies a volume (the named twin of <c>*</c>).</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    public static Volume Multiply(Volume volume, decimal factor) => volume * factor;

    /// <summary>Divides a volume (the named twin of <c>/</c>).</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    public static Volume Divide(Volume volume, decimal divisor) => volume / divisor;

    /// <summary>Whether two volumees hold the same.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Volume left, Volume right) => left.Equals(right);

    /// <summary>Whether two volumees differ.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Volume left, Volume right) => !left.Equals(right);

    /// <summary>Orders volumees.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Volume left, Volume right) => left.CompareTo(right) < 0;

    /// <summary>Orders volumees.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Volume left, Volume right) => left.CompareTo(right) > 0;

    /// <summary>Orders volumees.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Volume left, Volume right) => left.CompareTo(right) <= 0;

    /// <summary>Orders volumees.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Volume left, Volume right) => left.CompareTo(right) >= 0;

    /// <summary>The larger of two volumees.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The larger (the first when equal).</returns>
    public static Volume Max(Volume left, Volume right) => left >= right ? left : right;

    /// <inheritdoc />
    public bool Equals(Volume other) => CubicCentimetres == other.CubicCentimetres;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Volume other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => CubicCentimetres.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Volume other) => Unit == other.Unit ? Value.CompareTo(other.Value) : CubicCentimetres.CompareTo(other.CubicCentimetres);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Volume other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; a Volume can only be compared with another Volume.", nameof(obj)),
    };

    /// <summary>Parses "500 ml", "1.5 l", "0.2 m³", "2 ft3" (invariant culture, unit case-insensitive).</summary>
    /// <param name="text">A number, optional space, and a unit symbol (ml, l, cm³/cm3, m³/m3, in³/in3, ft³/ft3).</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not a volume: no number or unit, a negative number, more than 64 characters, or a value beyond what
    /// the base unit can hold.
    /// </exception>
    public static Volume Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out Volume result)
            ? result
            : throw new FormatException($"'{text}' is not a volume; write a number (zero or more) and a unit, such as \"500 ml\", \"1.5 l\", \"0.2 m³\" or \"2 ft3\".");
    }

    /// <summary>Parses a volume like <see cref="Parse"/> (for example "500 ml"), without throwing on any input.</summary>
    /// <param name="text">A number, optional space, and a unit symbol; null, empty or malformed text gives <see langword="false"/>.</param>
    /// <param name="result">The parsed value; <c>default</c> when the text is not a volume.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Parse"/> would return a value (the same value).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Volume result)
    {
        if (QuantityText.TryParse(text, null, Symbols, out decimal value, out VolumeUnit unit) && UnitFactors.Fits(value, UnitFactors.CubicCentimetres(unit)))
        {
            result = new Volume(value, unit);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>"500 ml" in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The value and unit symbol, with the number conventions of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Ignored; reserved.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => QuantityText.Format(Value, UnitFactors.Symbol(Unit), formatProvider);
}
