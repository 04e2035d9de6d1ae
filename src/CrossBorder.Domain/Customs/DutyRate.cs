using System;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A customs duty rate: ad valorem (a percentage of the customs value), specific (an amount per kg, item or litre), or compound (both
/// added), optionally bounded by a minimum and a maximum amount.
/// </summary>
/// <remarks>
/// A rate is not a <see cref="Percentage"/>: "12%", "EUR 3.50/kg" and "8% + EUR 1.20/pair, min EUR 2" are all duty rates. The computed
/// duty is not rounded; round where the declaration does. Immutable.
/// </remarks>
public sealed record DutyRate
{
    private DutyRate(Percentage? adValorem, Money? specific, DutyUnit specificUnit, Money? minimum, Money? maximum)
    {
        AdValorem = adValorem;
        Specific = specific;
        SpecificUnit = specificUnit;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Duty free (0%).</summary>
    public static DutyRate Free { get; } = new(Percentage.Zero, null, DutyUnit.Item, null, null);

    /// <summary>The ad valorem part, or null.</summary>
    public Percentage? AdValorem { get; }

    /// <summary>The specific amount per <see cref="SpecificUnit"/>, or null.</summary>
    public Money? Specific { get; }

    /// <summary>The unit of the specific part.</summary>
    public DutyUnit SpecificUnit { get; }

    /// <summary>The minimum duty, or null.</summary>
    public Money? Minimum { get; }

    /// <summary>The maximum duty, or null.</summary>
    public Money? Maximum { get; }

    /// <summary>Whether the rate is free (0% and no specific part).</summary>
    public bool IsFree => Specific is null && (AdValorem?.Fraction ?? 0m) == 0m && Minimum is null;

    /// <summary>An ad valorem rate.</summary>
    /// <param name="rate">The percentage of the customs value, zero or more.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is negative.</exception>
    public static DutyRate AdValoremRate(Percentage rate) => new(CheckRate(rate), null, DutyUnit.Item, null, null);

    /// <summary>A specific rate: an amount per kg, item or litre.</summary>
    /// <param name="amount">The amount per unit, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static DutyRate SpecificRate(Money amount, DutyUnit unit) => new(null, CheckAmount(amount, nameof(amount)), unit, null, null);

    /// <summary>A compound rate: ad valorem plus specific.</summary>
    /// <param name="rate">The ad valorem part.</param>
    /// <param name="amount">The specific amount per unit.</param>
    /// <param name="unit">The unit of the specific part.</param>
    /// <returns>The rate.</returns>
    public static DutyRate Compound(Percentage rate, Money amount, DutyUnit unit) => new(CheckRate(rate), CheckAmount(amount, nameof(amount)), unit, null, null);

    /// <summary>The same rate with a minimum and/or maximum duty.</summary>
    /// <param name="minimum">The minimum, or null.</param>
    /// <param name="maximum">The maximum, or null; not below the minimum.</param>
    /// <returns>The bounded rate.</returns>
    /// <exception cref="ArgumentException">The bounds are negative, reversed or in different currencies.</exception>
    public DutyRate WithBounds(Money? minimum, Money? maximum)
    {
        if (minimum is { } min)
        {
            CheckAmount(min, nameof(minimum));
        }

        if (maximum is { } max)
        {
            CheckAmount(max, nameof(maximum));
            if (minimum is { } min2 && max < min2)
            {
                throw new ArgumentException($"maximum {max} is below minimum {min2}.", nameof(maximum));
            }
        }

        return new DutyRate(AdValorem, Specific, SpecificUnit, minimum, maximum);
    }

    /// <summary>The duty on a declaration line, not rounded.</summary>
    /// <param name="customsValue">The line's customs value.</param>
    /// <param name="quantity">The line's quantities (used by specific parts).</param>
    /// <returns>The duty, in the customs value's currency.</returns>
    /// <exception cref="CurrencyMismatchException">A specific amount or bound is in another currency than the customs value.</exception>
    public Money Compute(Money customsValue, DutyQuantity quantity)
    {
        Money duty = Money.Zero(customsValue.Currency);
        if (AdValorem is { } rate)
        {
            duty += customsValue * rate;
        }

        if (Specific is { } specific)
        {
            duty += specific * quantity.In(SpecificUnit);
        }

        if (Minimum is { } min && duty < min)
        {
            duty = min;
        }

        if (Maximum is { } max && duty > max)
        {
            duty = max;
        }

        return duty;
    }

    /// <summary>"12%", "EUR 3.5/kg", "8% + EUR 1.2/item (min EUR 2)".</summary>
    /// <returns>The rate for people.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (AdValorem is { } rate)
        {
            text.Append(rate.Percent.ToString("0.####", CultureInfo.InvariantCulture)).Append('%');
        }

        if (Specific is { } specific)
        {
            if (text.Length > 0)
            {
                text.Append(" + ");
            }

            text.Append(specific.ToString(CultureInfo.InvariantCulture)).Append('/').Append(SpecificUnit switch { DutyUnit.Kilogram => "kg", DutyUnit.Litre => "l", _ => "item" });
        }

        if (Minimum is { } min)
        {
            text.Append(" (min ").Append(min.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (Maximum is { } max)
        {
            text.Append(" (max ").Append(max.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return text.Length == 0 ? "free" : text.ToString();
    }

    private static Percentage CheckRate(Percentage rate) =>
        rate.Fraction < 0m ? throw new ArgumentOutOfRangeException(nameof(rate), rate, $"rate was {rate}; a duty rate must be zero or greater.") : rate;

    private static Money CheckAmount(Money amount, string paramName) =>
        amount.IsNegative ? throw new ArgumentOutOfRangeException(paramName, amount, $"{paramName} was {amount}; a duty amount must be zero or greater.") : amount;
}
