using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// What the landed cost per unit is made of, as far as a what-if needs: the duty and freight it contains and the share
/// bought in a foreign currency (from a landed-cost quote). Immutable.
/// </summary>
public sealed record LandedCostParts
{
    private readonly Percentage foreignCurrencyShare;
    private readonly Money freight;
    private readonly Money duty;
    /// <summary>Creates the parts.</summary>
    /// <param name="duty">Duty per unit contained in the landed cost; zero or more.</param>
    /// <param name="freight">Freight per unit contained in the landed cost; zero or more.</param>
    /// <param name="foreignCurrencyShare">Share of the landed cost paid in a currency other than the listing currency; 0%–100%.</param>
    public LandedCostParts(Money duty, Money freight, Percentage foreignCurrencyShare)
    {
        Preconditions.CheckNonNegative(duty.Amount, nameof(duty));
        Preconditions.CheckNonNegative(freight.Amount, nameof(freight));
        Preconditions.CheckInRange(foreignCurrencyShare.Fraction, nameof(foreignCurrencyShare), 0m, 1m);
        Duty = duty;
        Freight = freight;
        ForeignCurrencyShare = foreignCurrencyShare;
    }

    /// <summary>Duty per unit.</summary>
    public Money Duty
    {
        get => duty;
        init => duty = NonNegative(value, nameof(Duty));
    }

    /// <summary>Freight per unit.</summary>
    public Money Freight
    {
        get => freight;
        init => freight = NonNegative(value, nameof(Freight));
    }

    /// <summary>Share of the landed cost paid in a foreign currency.</summary>
    public Percentage ForeignCurrencyShare
    {
        get => foreignCurrencyShare;
        init => foreignCurrencyShare = Share(value, nameof(ForeignCurrencyShare));
    }

    private static Money NonNegative(Money value, string paramName)
    {
        Preconditions.CheckNonNegative(value.Amount, paramName);
        return value;
    }

    private static Percentage Share(Percentage rate, string paramName)
    {
        Preconditions.CheckInRange(rate.Fraction, paramName, 0m, 1m);
        return rate;
    }
}
