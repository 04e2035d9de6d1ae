using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>The fibre composition of a textile product: each fibre and its share by weight, adding up to exactly 100 %.</summary>
/// <remarks>Fibres are kept in descending order of share (the order labels must use). Immutable and thread-safe.</remarks>
public sealed record TextileComposition
{
    /// <summary>Creates a composition.</summary>
    /// <param name="fibres">The fibres; at least one, no fibre twice, shares adding up to 100.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fibres"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">The list is empty, names a fibre twice, or the shares do not add up to 100.</exception>
    public TextileComposition(IEnumerable<FibreShare> fibres)
    {
        Preconditions.CheckNotNull(fibres, nameof(fibres));
        FibreShare[] list = fibres.ToArray();
        Preconditions.CheckNotEmpty(list, nameof(fibres));
        Preconditions.CheckArgument(Array.TrueForAll(list, f => f is not null), nameof(fibres), "fibres must not contain null.");
        Preconditions.CheckArgument(list.Select(f => f.Fibre.ToUpperInvariant()).Distinct().Count() == list.Length, nameof(fibres), "fibres names a fibre more than once; give each fibre once with its total share.");
        decimal total = list.Sum(f => f.Percent);
        Preconditions.CheckArgument(total == 100m, nameof(fibres), $"the fibre shares add up to {Preconditions.Format(total)}%; they must add up to exactly 100%.");
        Fibres = list.OrderByDescending(f => f.Percent).ThenBy(f => f.Fibre, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The fibres, largest share first.</summary>
    public IReadOnlyList<FibreShare> Fibres { get; }

    /// <summary>A single-fibre composition, for example 100 % cotton.</summary>
    /// <param name="fibre">The fibre name.</param>
    /// <returns>The composition.</returns>
    public static TextileComposition Pure(string fibre) => new(new[] { new FibreShare(fibre, 100m) });

    /// <summary>"95% cotton, 5% elastane".</summary>
    /// <returns>The label text.</returns>
    public override string ToString() => string.Join(", ", Fibres);
}
