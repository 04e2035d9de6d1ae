using System;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One line of a unit-economics breakdown: an amount and what it is made of (the rule, rate and base it applies, the
/// reference record behind it). The explanation is formatted on demand. Immutable.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.BreakdownLineJsonConverter))]
public readonly struct BreakdownLine : IEquatable<BreakdownLine>
{
    internal BreakdownLine(BreakdownLineKind kind, string label, Money amount, string? rule = null, Provenance? provenance = null)
    {
        Kind = kind;
        Label = label;
        Amount = amount;
        Rule = rule;
        Provenance = provenance;
    }

    /// <summary>What the line is.</summary>
    public BreakdownLineKind Kind { get; }

    /// <summary>The line's label (a fee's own name for marketplace fees).</summary>
    public string Label { get; }

    /// <summary>The amount per unit; every line but net profit is a deduction from the price.</summary>
    public Money Amount { get; }

    /// <summary>How the amount was computed (rule, rate, base), or null.</summary>
    public string? Rule { get; }

    /// <summary>The reference record the amount comes from (fee schedule, fee card, storage rate), or null for the caller's own inputs.</summary>
    public Provenance? Provenance { get; }

    /// <summary>A sentence explaining the line: label, amount, rule and source.</summary>
    public string Explanation =>
        Label + " " + Amount.ToString(null, CultureInfo.InvariantCulture)
        + (Rule is null ? string.Empty : ": " + Rule)
        + (Provenance is null ? string.Empty : " [" + Provenance.Table + " " + Provenance.Key + ", in force " + Provenance.Period.ToString() + ", " + Provenance.Source.Address + "]");

    /// <summary>Equality.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(BreakdownLine left, BreakdownLine right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BreakdownLine left, BreakdownLine right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BreakdownLine other) =>
        Kind == other.Kind && string.Equals(Label, other.Label, StringComparison.Ordinal) && Amount == other.Amount
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal) && Equals(Provenance, other.Provenance);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BreakdownLine other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Label, Amount);

    /// <inheritdoc/>
    public override string ToString() => Explanation;
}
