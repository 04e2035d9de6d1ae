using System;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>The total of one <see cref="CashFlowCategory"/> in one month of a <see cref="CapitalPlan"/> (positive). Immutable.</summary>
public sealed record CashFlowLine
{
    internal CashFlowLine(CashFlowCategory category, Money amount)
    {
        Category = category;
        Amount = amount;
    }

    /// <summary>The category.</summary>
    public CashFlowCategory Category { get; }

    /// <summary>The month's total for the category (positive).</summary>
    public Money Amount { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Category} {Amount}");
}
