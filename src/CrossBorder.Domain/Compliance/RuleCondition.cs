using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// When a rule applies to a product: it has ALL of <see cref="All"/>, at least one of <see cref="Any"/> (when not empty),
/// NONE of <see cref="None"/>, and passes every comparison in <see cref="Where"/>.
/// </summary>
/// <remarks>The empty condition (<see cref="Always"/>) applies to every product. Immutable and thread-safe.</remarks>
public sealed record RuleCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="all">Traits the product must all have.</param>
    /// <param name="any">Traits of which the product must have at least one; empty for no such test.</param>
    /// <param name="none">Traits the product must not have.</param>
    /// <param name="where">Comparisons the product's values must all pass; null for none.</param>
    /// <exception cref="ArgumentException">An attribute is both required and excluded, or <paramref name="where"/> contains null.</exception>
    public RuleCondition(TraitSet all, TraitSet any, TraitSet none, IEnumerable<NumericCondition>? where = null)
    {
        Preconditions.CheckArgument(!all.Overlaps(none), nameof(none), $"the condition both requires and excludes {all.Intersect(none)}; it could never apply.");
        NumericCondition[] comparisons = where?.ToArray() ?? Array.Empty<NumericCondition>();
        Preconditions.CheckArgument(Array.TrueForAll(comparisons, c => c is not null), nameof(where), "where must not contain null.");
        All = all;
        Any = any;
        None = none;
        Where = comparisons;
    }

    /// <summary>The condition that applies to every product.</summary>
    public static RuleCondition Always { get; } = new(TraitSet.Empty, TraitSet.Empty, TraitSet.Empty);

    /// <summary>Traits the product must all have.</summary>
    public TraitSet All { get; }

    /// <summary>Traits of which the product must have at least one (no test when empty).</summary>
    public TraitSet Any { get; }

    /// <summary>Traits the product must not have.</summary>
    public TraitSet None { get; }

    /// <summary>Comparisons the product's values must all pass.</summary>
    public IReadOnlyList<NumericCondition> Where { get; }

    /// <summary>Whether the product described by <paramref name="profile"/> meets the condition.</summary>
    /// <param name="profile">The product's profile.</param>
    /// <returns><see langword="true"/> when the condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool Matches(ProductProfile profile)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        TraitSet a = profile.Traits;
        if (!a.ContainsAll(All) || (!Any.IsEmpty && !a.Overlaps(Any)) || a.Overlaps(None))
        {
            return false;
        }

        foreach (NumericCondition c in Where)
        {
            if (!profile.TryGetValue(c.Measure, out decimal value) || !c.IsSatisfiedBy(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"all {…} any {…} none {…} where …".</summary>
    /// <returns>A description.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (!All.IsEmpty)
        {
            parts.Add("all " + All);
        }

        if (!Any.IsEmpty)
        {
            parts.Add("any " + Any);
        }

        if (!None.IsEmpty)
        {
            parts.Add("none " + None);
        }

        if (Where.Count > 0)
        {
            parts.Add("where " + string.Join(" and ", Where));
        }

        return parts.Count == 0 ? "always" : string.Join("; ", parts);
    }
}
