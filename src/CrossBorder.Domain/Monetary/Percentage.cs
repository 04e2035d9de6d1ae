using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// A proportion such as a tax rate, a fee rate or a margin, held exactly as a decimal fraction: 19% is 0.19.
/// </summary>
/// <remarks>
/// Create it from the form you have (<see cref="FromPercent"/>, <see cref="FromFraction"/>, <see cref="FromBasisPoints"/>)
/// so that "19" and "0.19" are never confused. Negative percentages are allowed (a discount, a loss margin).
/// Formatting and parsing use the invariant culture unless a culture is passed. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.PercentageJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, IFormattable
{
    private Percentage(decimal fraction) => Fraction = fraction;

    /// <summary>Zero percent.</summary>
    public static Percentage Zero => default;

    /// <summary>One hundred percent.</summary>
    public static Percentage OneHundred => new(1m);

    /// <summary>The proportion as a fraction: 0.19 for 19%.</summary>
    public decimal Fraction { get; }

    /// <summary>The proportion in percent: 19 for 19%.</summary>
    public decimal Percent => Fraction * 100m;

    /// <summary>The proportion in basis points: 1900 for 19% (1 bp = 0.01%).</summary>
    public decimal BasisPoints => Fraction * 10_000m;

    /// <summary>A percentage given in percent: <c>FromPercent(19)</c> is 19%.</summary>
    /// <param name="percent">The value in percent.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="OverflowException">The fraction is outside the range of <see cref="decimal"/>.</exception>
    public static Percentage FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>A percentage given as a fraction: <c>FromFraction(0.19m)</c> is 19%.</summary>
    /// <param name="fraction">The value as a fraction.</param>
    /// <returns>The percentage.</returns>
    public static Percentage FromFraction(decimal fraction) => new(fraction);

    /// <summary>A percentage given in basis points: <c>FromBasisPoints(1900)</c> is 19%.</summary>
    /// <param name="basisPoints">The value in basis points.</param>
    /// <returns>The percentage.</returns>
    public static Percentage FromBasisPoints(decimal basisPoints) => new(basisPoints / 10_000m);

    /// <summary>This percentage of <paramref name="money"/>, not rounded: 19% of EUR 100 is EUR 19.</summary>
    /// <param name="money">The base amount.</param>
    /// <returns>The share.</returns>
    public Money Of(Money money) => money * Fraction;

    /// <summary>This percentage of <paramref name="value"/>.</summary>
    /// <param name="value">The base value.</param>
    /// <returns>value × fraction.</returns>
    public decimal Of(decimal value) => value * Fraction;

    /// <summary>Applies a percentage to an amount: EUR 100 × 19% = EUR 19.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="percentage">The percentage.</param>
    /// <returns>The share, not rounded.</returns>
    public static Money operator *(Money money, Percentage percentage) => money * percentage.Fraction;

    /// <summary>Applies a percentage to an amount: 19% × EUR 100 = EUR 19.</summary>
    /// <param name="percentage">The percentage.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The share, not rounded.</returns>
    public static Money operator *(Percentage percentage, Money money) => money * percentage.Fraction;

    /// <summary>Adds two percentages (percentage points): 19% + 1% = 20%.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The sum.</returns>
    public static Percentage operator +(Percentage left, Percentage right) => new(BoundedDecimal.Add(left.Fraction, right.Fraction, nameof(right), "percentage"));

    /// <summary>Subtracts percentage points: 20% − 1% = 19%.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The difference.</returns>
    public static Percentage operator -(Percentage left, Percentage right) => new(BoundedDecimal.Subtract(left.Fraction, right.Fraction, nameof(right), "percentage"));

    /// <summary>Scales a percentage: 10% × 1.1 = 11%.</summary>
    /// <param name="percentage">The percentage.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Percentage operator *(Percentage percentage, decimal factor) => new(BoundedDecimal.Multiply(percentage.Fraction, factor, nameof(factor), "percentage"));

    /// <summary>The negated percentage.</summary>
    /// <param name="percentage">The percentage.</param>
    /// <returns>−percentage.</returns>
    public static Percentage operator -(Percentage percentage) => new(-percentage.Fraction);

    /// <summary>Adds two percentages (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The sum.</returns>
    public static Percentage Add(Percentage left, Percentage right) => left + right;

    /// <summary>Subtracts percentage points (the named twin of <c>-</c>).</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The difference.</returns>
    public static Percentage Subtract(Percentage left, Percentage right) => left - right;

    /// <summary>Scales a percentage (the named twin of <c>*</c>).</summary>
    /// <param name="percentage">The percentage.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Percentage Multiply(Percentage percentage, decimal factor) => percentage * factor;

    /// <summary>Applies a percentage to an amount (the named twin of <c>*</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="percentage">The percentage.</param>
    /// <returns>The share, not rounded.</returns>
    public static Money Multiply(Money money, Percentage percentage) => money * percentage;

    /// <summary>The negated percentage (the named twin of unary <c>-</c>).</summary>
    /// <param name="percentage">The percentage.</param>
    /// <returns>−percentage.</returns>
    public static Percentage Negate(Percentage percentage) => -percentage;

    /// <summary>Whether two percentages are equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Whether two percentages differ.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Orders percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Fraction < right.Fraction;

    /// <summary>Orders percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Fraction > right.Fraction;

    /// <summary>Orders percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Fraction <= right.Fraction;

    /// <summary>Orders percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Fraction >= right.Fraction;

    /// <summary>Parses <c>"19%"</c>, <c>"19 %"</c>, <c>"25.5%"</c> in the invariant culture.</summary>
    /// <param name="text">A number followed by a percent sign.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a percentage.</exception>
    public static Percentage Parse(string text) => Parse(text, null);

    /// <summary>Parses a percentage with the number conventions of <paramref name="provider"/>: <c>"25,5 %"</c> in de-DE.</summary>
    /// <param name="text">A number with a percent sign before or after it; the sign is required so that 19 and 0.19 are never confused.</param>
    /// <param name="provider">The culture; the invariant culture when null.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a percentage.</exception>
    public static Percentage Parse(string text, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (TryParse(text, provider, out Percentage result))
        {
            return result;
        }

        throw new FormatException($"'{text}' is not a percentage; write a number with a percent sign, such as \"19%\" or \"25.5 %\" (in the culture's number format).");
    }

    /// <summary>Parses a percentage without throwing.</summary>
    /// <param name="text">A number with a percent sign.</param>
    /// <param name="provider">The culture; the invariant culture when null.</param>
    /// <param name="result">The percentage, when parsed.</param>
    /// <returns><see langword="true"/> when parsed.</returns>
    public static bool TryParse(string? text, IFormatProvider? provider, out Percentage result)
    {
        result = default;
        if (text is null || text.Length > 64)
        {
            return false;
        }

        NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        string trimmed = text.Trim();
        string sign = nfi.PercentSymbol;
        string number;
        if (trimmed.EndsWith("%", StringComparison.Ordinal) || trimmed.EndsWith(sign, StringComparison.Ordinal))
        {
            number = trimmed.Substring(0, trimmed.Length - (trimmed.EndsWith("%", StringComparison.Ordinal) ? 1 : sign.Length));
        }
        else if (trimmed.StartsWith("%", StringComparison.Ordinal) || trimmed.StartsWith(sign, StringComparison.Ordinal))
        {
            number = trimmed.Substring(trimmed.StartsWith("%", StringComparison.Ordinal) ? 1 : sign.Length);
        }
        else
        {
            return false;
        }

        number = number.Trim().Replace("\u00A0", string.Empty).Replace("\u202F", string.Empty);
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, nfi, out decimal percent))
        {
            return false;
        }

        result = FromPercent(percent);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Percentage other) => Fraction == other.Fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Fraction.CompareTo(other.Fraction);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; a Percentage can only be compared with another Percentage.", nameof(obj)),
    };

    /// <summary>"19%", "25.5%", "-3%" in the invariant culture, with every digit the value carries.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the percentage: <c>G</c> (default) is the exact number in percent followed by "%" (<c>"25.5%"</c>);
    /// <c>P</c><i>n</i> is the culture's percent pattern with <i>n</i> decimals (<c>"%25,50"</c> in tr-TR).
    /// </summary>
    /// <param name="format">The format; <c>G</c> when null or empty.</param>
    /// <param name="formatProvider">The culture; the invariant culture when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        IFormatProvider provider = formatProvider ?? CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return Normalize(Percent).ToString(provider) + "%";
        }

        if (format![0] is 'P' or 'p')
        {
            return Fraction.ToString(format, provider);
        }

        throw new FormatException($"'{format}' is not a Percentage format; use G (\"25.5%\") or P/Pn (culture percent pattern).");
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
