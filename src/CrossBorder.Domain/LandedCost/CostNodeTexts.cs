using System.Collections.Generic;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Builds the rule texts and child nodes of <see cref="CostNode"/>s on first read, from figures kept by whoever computed them (one
/// object per calculation instead of one closure per node).
/// </summary>
internal abstract class CostNodeTexts
{
    /// <summary>The rule text of node <paramref name="id"/>.</summary>
    internal abstract string Rule(int id);

    /// <summary>The children of node <paramref name="id"/> (empty for a leaf).</summary>
    internal abstract IReadOnlyList<CostNode> Children(int id);
}
