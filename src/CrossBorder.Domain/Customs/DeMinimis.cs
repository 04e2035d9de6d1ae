using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A de-minimis threshold: consignments whose value on <see cref="Basis"/> does not exceed <see cref="Threshold"/> are relieved of
/// duty (or of import tax — the two are separate thresholds in <see cref="ImportRules"/>).
/// </summary>
public sealed record DeMinimis
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="threshold">The largest value still relieved (inclusive), zero or more.</param>
    /// <param name="basis">The value the threshold is tested against.</param>
    /// <param name="source">Where the threshold comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public DeMinimis(Money threshold, DeMinimisBasis basis, Source source)
    {
        if (threshold.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"threshold was {threshold}; a de-minimis threshold must be zero or greater.");
        }

        Threshold = threshold;
        Basis = basis;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The largest value still relieved (inclusive).</summary>
    public Money Threshold { get; }

    /// <summary>The value the threshold is tested against.</summary>
    public DeMinimisBasis Basis { get; }

    /// <summary>Where the threshold comes from.</summary>
    public Source Source { get; }

    /// <summary>Whether a consignment of <paramref name="value"/> is relieved: value ≤ threshold.</summary>
    /// <param name="value">The consignment's value on <see cref="Basis"/>, in the threshold's currency.</param>
    /// <returns><see langword="true"/> when relieved.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="value"/> is in another currency.</exception>
    public bool Relieves(Money value) => value <= Threshold;
}
