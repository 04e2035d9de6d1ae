using System;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// One dated cash movement of a <see cref="CapitalPlan"/>: what it is for, how much, for which SKU and the arithmetic behind it.
/// The amount is positive and rounded to the currency's minor unit (half away from zero) — each is a payment;
/// <see cref="IsInflow"/> gives its direction. Immutable.
/// </summary>
public sealed record CashEvent
{
    internal CashEvent(LocalDate date, CashFlowCategory category, Money amount, Sku? sku, string description)
    {
        Date = date;
        Category = category;
        Amount = amount;
        Sku = sku;
        Description = description;
    }

    /// <summary>The day the money moves.</summary>
    public LocalDate Date { get; }

    /// <summary>What the movement is for.</summary>
    public CashFlowCategory Category { get; }

    /// <summary>The amount (positive).</summary>
    public Money Amount { get; }

    /// <summary>The SKU it belongs to, or <c>null</c> for costs of the whole launch (fixed costs, certificates, launch advertising).</summary>
    public Sku? Sku { get; }

    /// <summary>The arithmetic behind the amount, for example <c>40 units × 30.00 USD</c>.</summary>
    public string Description { get; }

    /// <summary>Whether money comes in (<see cref="CashFlowCategory.SalesSettled"/>) rather than goes out.</summary>
    public bool IsInflow => Category == CashFlowCategory.SalesSettled;

    /// <summary>The amount with its direction: positive for an inflow, negative for an outflow.</summary>
    public Money SignedAmount => IsInflow ? Amount : -Amount;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Date:yyyy-MM-dd} {Category} {(IsInflow ? "+" : "-")}{Amount}{(Sku is Sku s ? " " + s.Value : string.Empty)}: {Description}");
}
