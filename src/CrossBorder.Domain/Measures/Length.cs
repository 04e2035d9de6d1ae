using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Measures;

/// <summary>
/// A length (a side of a package, a carton or a pallet), exact in <see cref="decimal"/>, in mm, cm, m, in or ft.
/// </summary>
/// <remarks>
/// The value is kept in the unit it was given in, so that 12 in stays 12 in; conversions use the exact definition
/// (1 in = 2.54 cm). Two lengths are equal when they measure the same, whatever their units. A length is never negative.
/// Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.LengthJsonConverter))]
public readonly struct Length : IEquatable<Length>, IComparable<Length>, IComparable, IFormattable
{
    private static readonly (string, LengthUnit)[] Symbols =
    {
        ("mm", LengthUnit.Millimetre), ("cm", LengthUnit.Centimetre), ("m", LengthUnit.Metre), ("in", LengthUnit.Inch), ("ft", LengthUnit.Foot),
    };

    /// <summary>Creates a length.</summary>
    /// <param name="value">The value in <paramref name="unit"/>; zero or greater.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="unit"/> is not defined.</exception>
    public Length(decimal value, LengthUnit unit)
        : this(value, unit, nameof(value))
    {
    }

    private Length(decimal value, LengthUnit unit, string paramName)
    {
        decimal factor = UnitFactors.Millimetres(unit);
        Value = UnitFactors.CheckFits(Preconditions.CheckNonNegative(value, paramName), factor, paramName, UnitFactors.Symbol(unit));
        Unit = unit;
    }

    /// <summary>Zero millimetres.</summary>
    public static Length Zero => default;

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the length was given in.</summary>
    public LengthUnit Unit { get; }

    /// <summary>The length in millimetres.</summary>
    public decimal Millimetres => Value * UnitFactors.Millimetres(Unit);

    /// <summary>The length in centimetres.</summary>
    public decimal Centimetres => In(LengthUnit.Centimetre);

    /// <summary>The length in metres.</summary>
    public decimal Metres => In(LengthUnit.Metre);

    /// <summary>The length in inches.</summary>
    public decimal Inches => In(LengthUnit.Inch);

    /// <summary>A length in millimetres.</summary>
    /// <param name="millimetres">Zero or greater.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millimetres"/> is negative.</exception>
    public static Length FromMillimetres(decimal millimetres) => new(millimetres, LengthUnit.Millimetre, nameof(millimetres));

    /// <summary>A length in centimetres.</summary>
    /// <param name="centimetres">Zero or greater.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="centimetres"/> is negative.</exception>
    public static Length FromCentimetres(decimal centimetres) => new(centimetres, LengthUnit.Centimetre, nameof(centimetres));

    /// <summary>A length in metres.</summary>
    /// <param name="metres">Zero or greater.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metres"/> is negative.</exception>
    public static Length FromMetres(decimal metres) => new(metres, LengthUnit.Metre, nameof(metres));

    /// <summary>A length in inches.</summary>
    /// <param name="inches">Zero or greater.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inches"/> is negative.</exception>
    public static Length FromInches(decimal inches) => new(inches, LengthUnit.Inch, nameof(inches));

    /// <summary>A length in feet.</summary>
    /// <param name="feet">Zero or greater.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="feet"/> is negative.</exception>
    public static Length FromFeet(decimal feet) => new(feet, LengthUnit.Foot, nameof(feet));

    /// <summary>The value of this length in <paramref name="unit"/> (exact where the ratio terminates, else to 28 significant digits).</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The value.</returns>
    public decimal In(LengthUnit unit) => unit == Unit ? Value : Millimetres / UnitFactors.Millimetres(unit);

    /// <summary>The same length expressed in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The converted length.</returns>
    public Length ConvertTo(LengthUnit unit) => new(In(unit), unit);

    /// <summary>Adds two lengths exactly: in their unit when they share one, otherwise in millimetres.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The sum.</returns>
    public static Length operator +(Length left, Length right) =>
        right.Unit == left.Unit ? new(BoundedDecimal.Add(left.Value, right.Value, nameof(right), "length"), left.Unit) : new(BoundedDecimal.Add(left.Millimetres, right.Millimetres, nameof(right), "length"), LengthUnit.Millimetre);

    /// <summary>Subtracts a length exactly: in their unit when they share one, otherwise in millimetres.</summary>
    /// <param name="left">The length to subtract from.</param>
    /// <param name="right">The length to subtract; not more than <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Length operator -(Length left, Length right)
    {
        bool same = left.Unit == right.Unit;
        decimal difference = same ? left.Value - right.Value : left.Millimetres - right.Millimetres;
        if (difference < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, $"Subtracting {right} from {left} would give a negative length; a length is zero or greater.");
        }

        return new Length(difference, same ? left.Unit : LengthUnit.Millimetre);
    }

    /// <summary>Multiplies a length by a count or factor.</summary>
    /// <param name="length">The length.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Length operator *(Length length, decimal factor) => new(BoundedDecimal.Multiply(length.Value, Preconditions.CheckNonNegative(factor, nameof(factor)), nameof(factor), "length"), length.Unit);

    /// <summary>Multiplies a length by a count or factor.</summary>
    /// <param name="factor">Zero or greater.</param>
    /// <param name="length">The length.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Length operator *(decimal factor, Length length) => length * factor;

    /// <summary>Divides a length.</summary>
    /// <param name="length">The length.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero or negative.</exception>
    public static Length operator /(Length length, decimal divisor) => new(BoundedDecimal.Divide(length.Value, Preconditions.CheckPositive(divisor, nameof(divisor)), nameof(divisor), "length"), length.Unit);

    /// <summary>The ratio of two lengthes.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Length left, Length right) => BoundedDecimal.Divide(left.Millimetres, right.Millimetres, nameof(right), "ratio");

    /// <summary>Adds two lengthes (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The sum.</returns>
    public static Length Add(Length left, Length right) => left + right;

    /// <summary>Subtracts a length (the named twin of <c>-</c>).</summary>
    /// <param name="left">The length to subtract from.</param>
    /// <param name="right">The length to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Length Subtract(Length left, Length right) => left - right;

    /// <summary>Multiplies a length (the named twin of <c>*</c>).</summary>
    /// <param name="length">The length.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    public static Length Multiply(Length length, decimal factor) => length * factor;

    /// <summary>Divides a length (the named twin of <c>/</c>).</summary>
    /// <param name="length">The length.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    public static Length Divide(Length length, decimal divisor) => length / divisor;

    /// <summary>Whether two lengthes measure the same.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Length left, Length right) => left.Equals(right);

    /// <summary>Whether two lengthes differ.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Length left, Length right) => !left.Equals(right);

    /// <summary>Orders lengthes.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Length left, Length right) => left.CompareTo(right) < 0;

    /// <summary>Orders lengthes.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Length left, Length right) => left.CompareTo(right) > 0;

    /// <summary>Orders lengthes.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Length left, Length right) => left.CompareTo(right) <= 0;

    /// <summary>Orders lengthes.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Length left, Length right) => left.CompareTo(right) >= 0;

    /// <summary>The larger of two lengthes.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>The larger (the first when equal).</returns>
    public static Length Max(Length left, Length right) => left >= right ? left : right;

    /// <inheritdoc />
    public bool Equals(Length other) => Millimetres == other.Millimetres;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Length other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Millimetres.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Length other) => Unit == other.Unit ? Value.CompareTo(other.Value) : Millimetres.CompareTo(other.Millimetres);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Length other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; a Length can only be compared with another Length.", nameof(obj)),
    };

    /// <summary>Parses "30 cm", "12 in", "1.2 m" (invariant culture, unit case-insensitive).</summary>
    /// <param name="text">A number, optional space, and a unit symbol (mm, cm, m, in, ft).</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not a length: no number or unit, a negative number, more than 64 characters, or a value beyond what
    /// the base unit can hold.
    /// </exception>
    public static Length Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out Length result)
            ? result
            : throw new FormatException($"'{text}' is not a length; write a number (zero or more) and a unit, such as \"30 cm\", \"12 in\", \"1.2 m\" or \"450 mm\".");
    }

    /// <summary>Parses a length like <see cref="Parse"/> (for example "30 cm"), without throwing on any input.</summary>
    /// <param name="text">A number, optional space, and a unit symbol; null, empty or malformed text gives <see langword="false"/>.</param>
    /// <param name="result">The parsed value; <c>default</c> when the text is not a length.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Parse"/> would return a value (the same value).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Length result)
    {
        if (QuantityText.TryParse(text, null, Symbols, out decimal value, out LengthUnit unit) && UnitFactors.Fits(value, UnitFactors.Millimetres(unit)))
        {
            result = new Length(value, unit);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>"30 cm" in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The value and unit symbol, with the number conventions of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Ignored; reserved.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => QuantityText.Format(Value, UnitFactors.Symbol(Unit), formatProvider);
}
