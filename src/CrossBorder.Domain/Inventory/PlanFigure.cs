using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// One computed planning figure with its explanation: the rule (formula) that produced it and the calculation with the inputs filled in,
/// so that a report, a notebook or a JSON consumer can show why the number is what it is.
/// </summary>
/// <remarks>Immutable. <see cref="Value"/> is not rounded unless the rule says so (order quantities are whole units, rounded up).</remarks>
public sealed record PlanFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="name">What the figure is, for example <c>safety stock</c>.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, for example <c>units</c>, <c>units/day</c> or <c>days</c>.</param>
    /// <param name="rule">The rule or formula, for example <c>SS = z × √(L × σd² + d² × σL²)</c>.</param>
    /// <param name="calculation">The calculation with the inputs filled in.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public PlanFigure(string name, decimal value, string unit, string rule, string calculation)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Value = value;
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        Calculation = Preconditions.CheckNotNull(calculation, nameof(calculation));
    }

    /// <summary>What the figure is.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public string Unit { get; }

    /// <summary>The rule or formula.</summary>
    public string Rule { get; }

    /// <summary>The calculation with the inputs filled in.</summary>
    public string Calculation { get; }

    /// <summary>"safety stock = 49.35 units [SS = z × σ] 1.6449 × 30 = 49.35".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Name + " = " + InventoryMath.F(Value) + " " + Unit + " [" + Rule + "] " + Calculation;
}
