using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="BreakdownLine"/>: one line of a unit-economics waterfall with its explanation.</summary>
/// <param name="Kind">What the line is (revenue, VAT, a fee, a cost, a profit figure).</param>
/// <param name="Label">The line's label.</param>
/// <param name="Amount">The amount per unit.</param>
/// <param name="Rule">The rule that produced it, in words, or null.</param>
/// <param name="Provenance">The reference data it came from, or null.</param>
/// <param name="Explanation">The whole line in words, as <see cref="BreakdownLine.Explanation"/> gives it.</param>
public sealed record BreakdownLineJson(BreakdownLineKind Kind, string Label, Money Amount, string? Rule, Provenance? Provenance, string Explanation)
{
    /// <summary>The model of <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The model.</returns>
    public static BreakdownLineJson From(BreakdownLine line) => new(line.Kind, line.Label, line.Amount, line.Rule, line.Provenance, line.Explanation);
}
