using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// One calendar month of a <see cref="CapitalPlan"/>: the balance it opens with, the month's inflows and outflows by
/// <see cref="CashFlowCategory"/>, the dated events behind them, and the closing balance
/// (<see cref="Closing"/> = <see cref="Opening"/> + <see cref="TotalInflows"/> − <see cref="TotalOutflows"/>). Immutable.
/// </summary>
public sealed record CapitalPlanMonth
{
    internal CapitalPlanMonth(YearMonth month, Money opening, IReadOnlyList<CashFlowLine> inflows, IReadOnlyList<CashFlowLine> outflows, Money lowestBalance, decimal unitsSold, IReadOnlyList<CashEvent> events)
    {
        Month = month;
        Opening = opening;
        Inflows = inflows;
        Outflows = outflows;
        TotalInflows = Money.Sum(inflows.Select(l => l.Amount), opening.Currency);
        TotalOutflows = Money.Sum(outflows.Select(l => l.Amount), opening.Currency);
        LowestBalance = lowestBalance;
        UnitsSold = unitsSold;
        Events = events;
    }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The balance at the start of the month (the previous month's closing; zero for the first month).</summary>
    public Money Opening { get; }

    /// <summary>Inflows by category (non-zero categories only, in category order).</summary>
    public IReadOnlyList<CashFlowLine> Inflows { get; }

    /// <summary>Outflows by category, positive (non-zero categories only, in category order).</summary>
    public IReadOnlyList<CashFlowLine> Outflows { get; }

    /// <summary>The sum of <see cref="Inflows"/>.</summary>
    public Money TotalInflows { get; }

    /// <summary>The sum of <see cref="Outflows"/>.</summary>
    public Money TotalOutflows { get; }

    /// <summary>Inflows − outflows.</summary>
    public Money NetFlow => TotalInflows - TotalOutflows;

    /// <summary>The balance at the end of the month: opening + inflows − outflows.</summary>
    public Money Closing => Opening + NetFlow;

    /// <summary>The lowest end-of-day balance in the month.</summary>
    public Money LowestBalance { get; }

    /// <summary>Units sold in the month (expected value: sessions × conversion, so possibly fractional).</summary>
    public decimal UnitsSold { get; }

    /// <summary>The month's dated cash events, in date order.</summary>
    public IReadOnlyList<CashEvent> Events { get; }

    /// <summary>The month's total for one category (zero when there is none).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The total, positive.</returns>
    public Money Amount(CashFlowCategory category)
    {
        foreach (CashFlowLine line in Inflows.Concat(Outflows))
        {
            if (line.Category == category)
            {
                return line.Amount;
            }
        }

        return Money.Zero(Opening.Currency);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Month:yyyy-MM}: {Opening} + {TotalInflows} - {TotalOutflows} = {Closing}");
}
