using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// What the seller observed about the competition in one market (from the marketplace's search results or a research
/// tool). The library does not estimate these; they are inputs.
/// </summary>
public sealed record CompetitionInputs
{
    /// <summary>Creates competition inputs.</summary>
    /// <param name="sellerCount">Number of sellers offering a comparable product (at least 0).</param>
    /// <param name="medianReviewCount">Median review count of the leading listings (at least 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CompetitionInputs(int sellerCount, int medianReviewCount)
    {
        SellerCount = Preconditions.CheckNonNegative(sellerCount, nameof(sellerCount));
        MedianReviewCount = Preconditions.CheckNonNegative(medianReviewCount, nameof(medianReviewCount));
    }

    /// <summary>Number of sellers offering a comparable product.</summary>
    public int SellerCount { get; }

    /// <summary>Median review count of the leading listings.</summary>
    public int MedianReviewCount { get; }

    /// <summary>Lowest competing price seen (reported as a fact; not scored).</summary>
    public Money? LowestPrice { get; init; }

    /// <summary>Highest competing price seen (reported as a fact; not scored).</summary>
    public Money? HighestPrice { get; init; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{SellerCount} sellers, median {MedianReviewCount} reviews");
}
