using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="CostNode"/>: one figure of a landed-cost breakdown with its explanation and children.</summary>
/// <param name="Label">What the figure is ("Duty", "Import VAT", a fee's name…).</param>
/// <param name="Kind">The kind of cost.</param>
/// <param name="Amount">The amount, in the reporting currency.</param>
/// <param name="Rule">The rule that produced the figure, in words.</param>
/// <param name="Rate">The rate applied, as text (<c>"19%"</c>, <c>"USD 0.50/kg"</c>), or null.</param>
/// <param name="AppliedTo">The base the rate was applied to, or null.</param>
/// <param name="Source">The source of the rule or rate, or null.</param>
/// <param name="AsOf">The date the rule was looked up for.</param>
/// <param name="Counted">Whether the figure counts towards its parent's total (false for memo lines such as recoverable VAT).</param>
/// <param name="Children">The figures this one is made of, in the calculator's order.</param>
public sealed record CostNodeJson(string Label, CostKind Kind, Money Amount, string Rule, string? Rate, Money? AppliedTo, Source? Source, LocalDate AsOf, bool Counted, IReadOnlyList<CostNodeJson> Children)
{
    /// <summary>The model of <paramref name="node"/> and all its children.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The model.</returns>
    public static CostNodeJson From(CostNode node)
    {
        Internal.Preconditions.CheckNotNull(node, nameof(node));
        var children = new CostNodeJson[node.Children.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = From(node.Children[i]);
        }

        return new CostNodeJson(node.Label, node.Kind, node.Amount, node.Rule, node.Rate, node.AppliedTo, node.Source, node.AsOf, node.Counted, children);
    }
}
