using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// One computed planning figure with its explanation: the rule (formula) that produced it and the calculation with the inputs filled in,
/// so that a report, a notebook or a JSON consumer can show why the number is what it is.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Value"/> is not rounded unless the rule says so (order quantities are whole units, rounded up).
/// Figures made by the planner build <see cref="Calculation"/> on first read (planning thousands of SKUs formats no text nobody reads);
/// the text depends only on the figure's inputs, so it is the same whenever it is read. Equality compares name, value, unit, rule and
/// calculation.
/// </remarks>
public sealed record PlanFigure
{
    private readonly Func<object, string>? explain;
    private readonly object? state;
    private string? calculation;

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
        this.calculation = Preconditions.CheckNotNull(calculation, nameof(calculation));
    }

    /// <summary>A figure whose calculation text is built on first read by <paramref name="explain"/>(<paramref name="state"/>) (no checks: internal callers pass constants).</summary>
    internal PlanFigure(string name, decimal value, string unit, string rule, object state, Func<object, string> explain)
    {
        Name = name;
        Value = value;
        Unit = unit;
        Rule = rule;
        this.state = state;
        this.explain = explain;
    }

    /// <summary>What the figure is.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public string Unit { get; }

    /// <summary>The rule or formula.</summary>
    public string Rule { get; }

    /// <summary>The calculation with the inputs filled in (built on first read for planner figures).</summary>
    public string Calculation => calculation ??= explain!(state!);

    /// <summary>Whether name, value, unit, rule and calculation are equal.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PlanFigure? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(Name, other.Name, StringComparison.Ordinal) && Value == other.Value && string.Equals(Unit, other.Unit, StringComparison.Ordinal) &&
         string.Equals(Rule, other.Rule, StringComparison.Ordinal) && string.Equals(Calculation, other.Calculation, StringComparison.Ordinal)));

    /// <summary>A hash of name, value, unit and rule.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Value, StringComparer.Ordinal.GetHashCode(Unit), StringComparer.Ordinal.GetHashCode(Rule));

    /// <summary>"safety stock = 49.35 units [SS = z × σ] 1.6449 × 30 = 49.35".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Name + " = " + InventoryMath.F(Value) + " " + Unit + " [" + Rule + "] " + Calculation;
}
