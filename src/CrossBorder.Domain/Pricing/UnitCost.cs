using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The landed cost of one unit in the marketplace's currency (product, freight, duty, import VAT not recovered, first-leg
/// fees), with a note saying where it comes from (a landed-cost quote, a spreadsheet…). Immutable.
/// </summary>
public sealed record UnitCost
{
    private readonly Money amount;
    /// <summary>Creates a unit cost.</summary>
    /// <param name="amount">The cost per unit; zero or more.</param>
    /// <param name="note">Where the figure comes from, or null.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The amount is negative.</exception>
    public UnitCost(Money amount, string? note = null)
    {
        Preconditions.CheckNonNegative(amount.Amount, nameof(amount));
        Amount = amount;
        Note = note;
    }

    /// <summary>The cost per unit.</summary>
    public Money Amount
    {
        get => amount;
        init => amount = NonNegative(value, nameof(Amount));
    }

    /// <summary>Where the figure comes from.</summary>
    public string? Note { get; init; }

    /// <summary>A unit cost without a note.</summary>
    /// <param name="amount">The cost.</param>
    public static implicit operator UnitCost(Money amount) => new(amount);

    /// <summary>A unit cost without a note (named twin of the conversion).</summary>
    /// <param name="amount">The cost.</param>
    /// <returns>The unit cost.</returns>
    public static UnitCost FromMoney(Money amount) => new(amount);

    private static Money NonNegative(Money value, string paramName)
    {
        Preconditions.CheckNonNegative(value.Amount, paramName);
        return value;
    }
}
