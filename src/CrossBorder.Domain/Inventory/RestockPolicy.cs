using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// How a seller restocks: the service level to protect, how often stock is reviewed (and so how far each order must reach), and optionally
/// the costs for an economic order quantity.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record RestockPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="serviceLevel">The cycle service level, for example 0.95.</param>
    /// <param name="reviewPeriodDays">Days between reviews (orders), zero or more; an order must last the lead time plus this period.</param>
    /// <param name="orderingCost">The fixed cost of placing one order (set-up, inspection, paperwork), or null; given together with <paramref name="annualHoldingCostPerUnit"/>.</param>
    /// <param name="annualHoldingCostPerUnit">The cost of holding one unit for a year (capital, storage), greater than zero, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewPeriodDays"/> is negative, a cost is negative, or the holding cost is zero.</exception>
    /// <exception cref="ArgumentException">Only one of the costs is given.</exception>
    /// <exception cref="CurrencyMismatchException">The costs are in different currencies.</exception>
    public RestockPolicy(ServiceLevel serviceLevel, int reviewPeriodDays, Money? orderingCost = null, Money? annualHoldingCostPerUnit = null)
    {
        if (serviceLevel.Probability == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel.Probability, "serviceLevel is the default value; create it with new ServiceLevel(p), 0 < p < 1.");
        }

        ServiceLevel = serviceLevel;
        ReviewPeriodDays = Preconditions.CheckNonNegative(reviewPeriodDays, nameof(reviewPeriodDays));
        if (orderingCost.HasValue != annualHoldingCostPerUnit.HasValue)
        {
            throw new ArgumentException(
                "Give both orderingCost and annualHoldingCostPerUnit for an economic order quantity, or neither.",
                orderingCost.HasValue ? nameof(annualHoldingCostPerUnit) : nameof(orderingCost));
        }

        if (orderingCost is { } s && annualHoldingCostPerUnit is { } h)
        {
            if (s.Currency != h.Currency)
            {
                throw new CurrencyMismatchException(s.Currency, h.Currency, nameof(annualHoldingCostPerUnit));
            }

            Preconditions.CheckNonNegative(s.Amount, nameof(orderingCost));
            Preconditions.CheckPositive(h.Amount, nameof(annualHoldingCostPerUnit));
        }

        OrderingCost = orderingCost;
        AnnualHoldingCostPerUnit = annualHoldingCostPerUnit;
    }

    /// <summary>The cycle service level.</summary>
    public ServiceLevel ServiceLevel { get; }

    /// <summary>Days between reviews.</summary>
    public int ReviewPeriodDays { get; }

    /// <summary>Fixed cost per order, if given.</summary>
    public Money? OrderingCost { get; }

    /// <summary>Cost of holding one unit for a year, if given.</summary>
    public Money? AnnualHoldingCostPerUnit { get; }
}
