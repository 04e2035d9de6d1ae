using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// A sale-price band of a price-dependent FBA fee card (Amazon US from 2026-01-15: below $10, $10 to $50, above $50).
/// A band admits prices below its limit (<see cref="Below"/>), up to and including it (<see cref="AtMost"/>), or any price
/// (<see cref="Any"/>); a card tries its bands in order and uses the first that admits the price. Immutable.
/// </summary>
public sealed record FbaPriceBand
{
    private FbaPriceBand(decimal? limit, bool includesLimit)
    {
        Limit = limit;
        IncludesLimit = includesLimit;
    }

    /// <summary>A band with no limit: every price the earlier bands did not take.</summary>
    public static FbaPriceBand Any { get; } = new(null, false);

    /// <summary>The price limit, or null for <see cref="Any"/>.</summary>
    public decimal? Limit { get; }

    /// <summary>Whether a price equal to <see cref="Limit"/> belongs to the band.</summary>
    public bool IncludesLimit { get; }

    /// <summary>Prices strictly below a limit.</summary>
    /// <param name="limit">The limit (greater than zero).</param>
    /// <returns>The band.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public static FbaPriceBand Below(decimal limit) => new(Preconditions.CheckPositive(limit, nameof(limit)), false);

    /// <summary>Prices up to and including a limit.</summary>
    /// <param name="limit">The limit (greater than zero).</param>
    /// <returns>The band.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public static FbaPriceBand AtMost(decimal limit) => new(Preconditions.CheckPositive(limit, nameof(limit)), true);

    /// <summary>Whether a price belongs to the band.</summary>
    /// <param name="price">The sale price in the card's currency.</param>
    /// <returns>Whether it is admitted.</returns>
    public bool Admits(decimal price) => Limit is not { } l || (IncludesLimit ? price <= l : price < l);

    /// <inheritdoc/>
    public override string ToString() => Limit is not { } l
        ? "any other price"
        : (IncludesLimit ? "price up to " : "price below ") + l.ToString(CultureInfo.InvariantCulture);
}
