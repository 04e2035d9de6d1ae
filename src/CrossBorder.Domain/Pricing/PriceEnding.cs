using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>A price-ending convention: the price the solver returns is the smallest price with this ending that still reaches the target.</summary>
public sealed class PriceEnding
{
    private readonly decimal cents;

    private PriceEnding(string name, decimal cents)
    {
        Name = name;
        this.cents = cents;
    }

    /// <summary>Any price in minor units.</summary>
    public static PriceEnding None { get; } = new("none", -1m);

    /// <summary>Prices ending in .99 (19.99).</summary>
    public static PriceEnding NinetyNine { get; } = new(".99", 0.99m);

    /// <summary>Prices ending in .95 (19.95).</summary>
    public static PriceEnding NinetyFive { get; } = new(".95", 0.95m);

    /// <summary>Whole units (1,980 yen; 20.00).</summary>
    public static PriceEnding WholeUnit { get; } = new("whole unit", 0m);

    /// <summary>The convention's name.</summary>
    public string Name { get; }

    /// <summary>The smallest price at or above <paramref name="minimum"/> with this ending.</summary>
    /// <param name="minimum">The least acceptable price.</param>
    /// <returns>The price.</returns>
    /// <exception cref="ArgumentException">The ending needs minor units the currency does not have (.99 in yen).</exception>
    public Money Apply(Money minimum)
    {
        Currency currency = minimum.Currency;
        decimal m = minimum.Amount;
        if (cents < 0m)
        {
            return minimum.Round(RoundingMode.Ceiling);
        }

        if (cents > 0m && (currency.MinorUnits ?? 0) < 2)
        {
            throw new ArgumentException($"The {Name} ending needs two decimals, but {currency.Code} has {(currency.MinorUnits ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)}; use PriceEnding.WholeUnit.", nameof(minimum));
        }

        decimal candidate = Math.Floor(m) + cents;
        if (candidate < m)
        {
            candidate += 1m;
        }

        return new Money(candidate, currency);
    }

    /// <summary>The next price with this ending strictly above <paramref name="price"/>.</summary>
    /// <param name="price">A price.</param>
    /// <returns>The next price.</returns>
    public Money Next(Money price)
    {
        if (cents < 0m)
        {
            decimal step = 1m / DecimalMath.Pow10(price.Currency.MinorUnits ?? 0);
            return new Money(price.Amount + step, price.Currency);
        }

        return Apply(new Money(price.Amount + 0.0001m, price.Currency));
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
