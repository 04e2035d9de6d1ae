using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// A configurable payment or currency-conversion cost per unit: a rate on what the buyer pays plus a fixed amount
/// (a payment service provider's fee, the marketplace's currency converter margin, a bank's FX spread). Immutable.
/// </summary>
public sealed record PaymentCost
{
    private readonly Percentage rate;
    private readonly string name = null!;
    /// <summary>Creates a payment cost.</summary>
    /// <param name="name">What it is (for example "currency conversion").</param>
    /// <param name="rate">The rate on the buyer's total; 0%–100%.</param>
    /// <param name="fixedPerUnit">A fixed amount per unit in the listing currency, or null.</param>
    public PaymentCost(string name, Percentage rate, Money? fixedPerUnit = null)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Preconditions.CheckInRange(rate.Fraction, nameof(rate), 0m, 1m);
        if (fixedPerUnit is { } f)
        {
            Preconditions.CheckNonNegative(f.Amount, nameof(fixedPerUnit));
        }

        Rate = rate;
        FixedPerUnit = fixedPerUnit;
    }

    /// <summary>What it is.</summary>
    public string Name
    {
        get => name;
        init => name = Preconditions.CheckNotNullOrWhiteSpace(value, nameof(Name));
    }

    /// <summary>The rate on the buyer's total.</summary>
    public Percentage Rate
    {
        get => rate;
        init => rate = Unit(value, nameof(Rate));
    }

    /// <summary>The fixed amount per unit.</summary>
    public Money? FixedPerUnit { get; init; }

    private static Percentage Unit(Percentage rate, string paramName)
    {
        Preconditions.CheckInRange(rate.Fraction, paramName, 0m, 1m);
        return rate;
    }
}
