using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Compliance;

/// <summary>A set of <see cref="ProductTrait"/> values held as one 64-bit mask: union, intersection and tests cost one instruction.</summary>
/// <remarks>Immutable value type; the default value is the empty set.</remarks>
public readonly struct TraitSet : IEquatable<TraitSet>
{
    private TraitSet(ulong bits) => Bits = bits;

    /// <summary>The empty set.</summary>
    public static TraitSet Empty => default;

    /// <summary>The bits of the set (bit <c>n</c> is the trait whose value is <c>n</c>).</summary>
    public ulong Bits { get; }

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => Bits == 0UL;

    /// <summary>The traits in the set, in bit order.</summary>
    public IEnumerable<ProductTrait> Traits
    {
        get
        {
            ulong bits = Bits;
            return ProductTrait.List.Where(a => (bits & a.Mask) != 0UL).OrderBy(a => a.Value).ToArray();
        }
    }

    /// <summary>A set of the given traits.</summary>
    /// <param name="traits">The traits.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">The array or an element is null.</exception>
    public static TraitSet Of(params ProductTrait[] traits)
    {
        Preconditions.CheckNotNull(traits, nameof(traits));
        ulong bits = 0UL;
        foreach (ProductTrait a in traits)
        {
            bits |= Preconditions.CheckNotNull(a, nameof(traits)).Mask;
        }

        return new TraitSet(bits);
    }

    /// <summary>Whether the set holds <paramref name="trait"/>.</summary>
    /// <param name="trait">The trait.</param>
    /// <returns><see langword="true"/> when held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trait"/> is null.</exception>
    public bool Contains(ProductTrait trait) => (Bits & Preconditions.CheckNotNull(trait, nameof(trait)).Mask) != 0UL;

    /// <summary>Whether every trait of <paramref name="other"/> is in this set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is a subset.</returns>
    public bool ContainsAll(TraitSet other) => (Bits & other.Bits) == other.Bits;

    /// <summary>Whether the sets share at least one trait.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when they intersect.</returns>
    public bool Overlaps(TraitSet other) => (Bits & other.Bits) != 0UL;

    /// <summary>This set with <paramref name="trait"/> added.</summary>
    /// <param name="trait">The trait.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trait"/> is null.</exception>
    public TraitSet With(ProductTrait trait) => new(Bits | Preconditions.CheckNotNull(trait, nameof(trait)).Mask);

    /// <summary>The union of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public TraitSet Union(TraitSet other) => new(Bits | other.Bits);

    /// <summary>The intersection of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public TraitSet Intersect(TraitSet other) => new(Bits & other.Bits);

    /// <summary>Whether two sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TraitSet left, TraitSet right) => left.Bits == right.Bits;

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TraitSet left, TraitSet right) => left.Bits != right.Bits;

    /// <inheritdoc/>
    public bool Equals(TraitSet other) => Bits == other.Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TraitSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits.GetHashCode();

    /// <summary>"{radio-transmitter, lithium-ion}".</summary>
    /// <returns>The trait names.</returns>
    public override string ToString() => "{" + string.Join(", ", Traits.Select(a => a.Name)) + "}";

    internal static TraitSet FromBits(ulong bits) => new(bits);
}
