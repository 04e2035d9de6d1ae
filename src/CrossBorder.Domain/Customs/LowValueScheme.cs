using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A seller-collected low-value regime: for consignments up to <see cref="Ceiling"/>, VAT/GST is charged by the seller or marketplace
/// at checkout instead of import VAT at the border (EU IOSS up to €150, UK up to £135, Australia's GST on low value goods up to A$1,000).
/// </summary>
/// <remarks>The VAT collected at checkout is output tax on the sale, not a cost of getting the goods to the buyer, so a landed-cost
/// calculation that uses the scheme shows no import VAT and says why.</remarks>
public sealed record LowValueScheme
{
    /// <summary>Creates a scheme description.</summary>
    /// <param name="name">Its name ("IOSS", "UK low-value consignments").</param>
    /// <param name="ceiling">The largest consignment value covered (inclusive).</param>
    /// <param name="basis">The value the ceiling is tested against.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ceiling"/> is negative.</exception>
    public LowValueScheme(string name, Money ceiling, DeMinimisBasis basis, Source source)
    {
        if (ceiling.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(ceiling), ceiling, $"ceiling was {ceiling}; it must be zero or greater.");
        }

        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Ceiling = ceiling;
        Basis = basis;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The scheme's name.</summary>
    public string Name { get; }

    /// <summary>The largest consignment value covered (inclusive).</summary>
    public Money Ceiling { get; }

    /// <summary>The value the ceiling is tested against.</summary>
    public DeMinimisBasis Basis { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>Whether a consignment of <paramref name="value"/> is covered: value ≤ ceiling.</summary>
    /// <param name="value">The consignment's value on <see cref="Basis"/>.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="value"/> is in another currency.</exception>
    public bool Covers(Money value) => value <= Ceiling;
}
