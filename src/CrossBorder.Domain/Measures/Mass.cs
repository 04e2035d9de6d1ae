using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Measures;

/// <summary>
/// A mass (a product's net or packed weight, a carton, a shipment), exact in <see cref="decimal"/>, in g, kg, oz or lb.
/// </summary>
/// <remarks>
/// The value is kept in the unit it was given in, so that 1.5 lb stays 1.5 lb; conversions use the exact definitions
/// (1 lb = 0.45359237 kg). Two masses are equal when they weigh the same, whatever their units. A mass is never negative.
/// Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.MassJsonConverter))]
public readonly struct Mass : IEquatable<Mass>, IComparable<Mass>, IComparable, IFormattable
{
    private static readonly (string, MassUnit)[] Symbols =
    {
        ("g", MassUnit.Gram), ("kg", MassUnit.Kilogram), ("oz", MassUnit.Ounce), ("lb", MassUnit.Pound), ("lbs", MassUnit.Pound),
    };

    /// <summary>Creates a mass.</summary>
    /// <param name="value">The value in <paramref name="unit"/>; zero or greater.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="unit"/> is not defined.</exception>
    public Mass(decimal value, MassUnit unit)
        : this(value, unit, nameof(value))
    {
    }

    private Mass(decimal value, MassUnit unit, string paramName)
    {
        decimal factor = UnitFactors.Grams(unit);
        Value = UnitFactors.CheckFits(Preconditions.CheckNonNegative(value, paramName), factor, paramName, UnitFactors.Symbol(unit));
        Unit = unit;
    }

    /// <summary>Zero grams.</summary>
    public static Mass Zero => default;

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the mass was given in.</summary>
    public MassUnit Unit { get; }

    /// <summary>The mass in grams.</summary>
    public decimal Grams => Value * UnitFactors.Grams(Unit);

    /// <summary>The mass in kilograms.</summary>
    public decimal Kilograms => In(MassUnit.Kilogram);

    /// <summary>The mass in pounds.</summary>
    public decimal Pounds => In(MassUnit.Pound);

    /// <summary>The mass in ounces.</summary>
    public decimal Ounces => In(MassUnit.Ounce);

    /// <summary>A mass in grams.</summary>
    /// <param name="grams">Zero or greater.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grams"/> is negative.</exception>
    public static Mass FromGrams(decimal grams) => new(grams, MassUnit.Gram, nameof(grams));

    /// <summary>A mass in kilograms.</summary>
    /// <param name="kilograms">Zero or greater.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kilograms"/> is negative.</exception>
    public static Mass FromKilograms(decimal kilograms) => new(kilograms, MassUnit.Kilogram, nameof(kilograms));

    /// <summary>A mass in avoirdupois pounds.</summary>
    /// <param name="pounds">Zero or greater.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pounds"/> is negative.</exception>
    public static Mass FromPounds(decimal pounds) => new(pounds, MassUnit.Pound, nameof(pounds));

    /// <summary>A mass in avoirdupois ounces.</summary>
    /// <param name="ounces">Zero or greater.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ounces"/> is negative.</exception>
    public static Mass FromOunces(decimal ounces) => new(ounces, MassUnit.Ounce, nameof(ounces));

    /// <summary>The value of this mass in <paramref name="unit"/> (exact where the ratio terminates, else to 28 significant digits).</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The value.</returns>
    public decimal In(MassUnit unit) => unit == Unit ? Value : Grams / UnitFactors.Grams(unit);

    /// <summary>The same mass expressed in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The converted mass.</returns>
    public Mass ConvertTo(MassUnit unit) => new(In(unit), unit);

    /// <summary>Adds two masses exactly: in their unit when they share one, otherwise in grams.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The sum.</returns>
    public static Mass operator +(Mass left, Mass right) =>
        right.Unit == left.Unit ? new(BoundedDecimal.Add(left.Value, right.Value, nameof(right), "mass"), left.Unit) : new(BoundedDecimal.Add(left.Grams, right.Grams, nameof(right), "mass"), MassUnit.Gram);

    /// <summary>Subtracts a mass exactly: in their unit when they share one, otherwise in grams.</summary>
    /// <param name="left">The mass to subtract from.</param>
    /// <param name="right">The mass to subtract; not more than <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Mass operator -(Mass left, Mass right)
    {
        bool same = left.Unit == right.Unit;
        decimal difference = same ? left.Value - right.Value : left.Grams - right.Grams;
        if (difference < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, $"Subtracting {right} from {left} would give a negative mass; a mass is zero or greater.");
        }

        return new Mass(difference, same ? left.Unit : MassUnit.Gram);
    }

    /// <summary>Multiplies a mass by a count or factor.</summary>
    /// <param name="mass">The mass.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Mass operator *(Mass mass, decimal factor) => new(BoundedDecimal.Multiply(mass.Value, Preconditions.CheckNonNegative(factor, nameof(factor)), nameof(factor), "mass"), mass.Unit);

    /// <summary>Multiplies a mass by a count or factor.</summary>
    /// <param name="factor">Zero or greater.</param>
    /// <param name="mass">The mass.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Mass operator *(decimal factor, Mass mass) => mass * factor;

    /// <summary>Divides a mass.</summary>
    /// <param name="mass">The mass.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero or negative.</exception>
    public static Mass operator /(Mass mass, decimal divisor) => new(BoundedDecimal.Divide(mass.Value, Preconditions.CheckPositive(divisor, nameof(divisor)), nameof(divisor), "mass"), mass.Unit);

    /// <summary>The ratio of two masses.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Mass left, Mass right) => BoundedDecimal.Divide(left.Grams, right.Grams, nameof(right), "ratio");

    /// <summary>Adds two masses (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The sum.</returns>
    public static Mass Add(Mass left, Mass right) => left + right;

    /// <summary>Subtracts a mass (the named twin of <c>-</c>).</summary>
    /// <param name="left">The mass to subtract from.</param>
    /// <param name="right">The mass to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static Mass Subtract(Mass left, Mass right) => left - right;

    /// <summary>Multiplies a mass (the named twin of <c>*</c>).</summary>
    /// <param name="mass">The mass.</param>
    /// <param name="factor">Zero or greater.</param>
    /// <returns>The product.</returns>
    public static Mass Multiply(Mass mass, decimal factor) => mass * factor;

    /// <summary>Divides a mass (the named twin of <c>/</c>).</summary>
    /// <param name="mass">The mass.</param>
    /// <param name="divisor">Greater than zero.</param>
    /// <returns>The quotient.</returns>
    public static Mass Divide(Mass mass, decimal divisor) => mass / divisor;

    /// <summary>Whether two masses weigh the same.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(Mass left, Mass right) => left.Equals(right);

    /// <summary>Whether two masses differ.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(Mass left, Mass right) => !left.Equals(right);

    /// <summary>Orders masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Mass left, Mass right) => left.CompareTo(right) < 0;

    /// <summary>Orders masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Mass left, Mass right) => left.CompareTo(right) > 0;

    /// <summary>Orders masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Mass left, Mass right) => left.CompareTo(right) <= 0;

    /// <summary>Orders masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Mass left, Mass right) => left.CompareTo(right) >= 0;

    /// <summary>The larger of two masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The larger (the first when equal).</returns>
    public static Mass Max(Mass left, Mass right) => left >= right ? left : right;

    /// <inheritdoc />
    public bool Equals(Mass other) => Grams == other.Grams;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Mass other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Grams.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Mass other) => Unit == other.Unit ? Value.CompareTo(other.Value) : Grams.CompareTo(other.Grams);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Mass other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; a Mass can only be compared with another Mass.", nameof(obj)),
    };

    /// <summary>Parses "1.5 kg", "250 g", "3 lb", "12 oz" (invariant culture, unit case-insensitive).</summary>
    /// <param name="text">A number, optional space, and a unit symbol (g, kg, oz, lb).</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not a mass: no number or unit, a negative number, more than 64 characters, or a value beyond what
    /// the base unit can hold.
    /// </exception>
    public static Mass Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out Mass result)
            ? result
            : throw new FormatException($"'{text}' is not a mass; write a number (zero or more) and a unit, such as \"1.5 kg\", \"250 g\", \"3 lb\" or \"12 oz\".");
    }

    /// <summary>Parses a mass like <see cref="Parse"/> (for example "1.5 kg"), without throwing on any input.</summary>
    /// <param name="text">A number, optional space, and a unit symbol; null, empty or malformed text gives <see langword="false"/>.</param>
    /// <param name="result">The parsed value; <c>default</c> when the text is not a mass.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Parse"/> would return a value (the same value).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Mass result)
    {
        if (QuantityText.TryParse(text, null, Symbols, out decimal value, out MassUnit unit) && UnitFactors.Fits(value, UnitFactors.Grams(unit)))
        {
            result = new Mass(value, unit);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>"1.5 kg" in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The value and unit symbol, with the number conventions of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Ignored; reserved.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => QuantityText.Format(Value, UnitFactors.Symbol(Unit), formatProvider);
}
