using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>One SKU offered in one marketplace for a comparison: at a given price, or at the price a target needs. Immutable.</summary>
public sealed record MarketOffer
{
    private MarketOffer(SaleContext sale, ListingInput listing, Money? price, PriceTarget? target, PriceEnding? ending)
    {
        Sale = Preconditions.CheckNotNull(sale, nameof(sale));
        Listing = Preconditions.CheckNotNull(listing, nameof(listing));
        Price = price;
        Target = target;
        Ending = ending;
    }

    /// <summary>The sale context.</summary>
    public SaleContext Sale { get; }

    /// <summary>The listing input.</summary>
    public ListingInput Listing { get; }

    /// <summary>The price, when given.</summary>
    public Money? Price { get; }

    /// <summary>The target to solve for, when no price is given.</summary>
    public PriceTarget? Target { get; }

    /// <summary>The price ending for the solver.</summary>
    public PriceEnding? Ending { get; }

    /// <summary>An offer at a price.</summary>
    /// <param name="sale">The sale context.</param>
    /// <param name="listing">The listing input.</param>
    /// <param name="price">The listing price.</param>
    /// <returns>The offer.</returns>
    public static MarketOffer AtPrice(SaleContext sale, ListingInput listing, Money price) => new(sale, listing, price, null, null);

    /// <summary>An offer at the lowest price reaching a target.</summary>
    /// <param name="sale">The sale context.</param>
    /// <param name="listing">The listing input.</param>
    /// <param name="target">The target.</param>
    /// <param name="ending">The price ending, or null.</param>
    /// <returns>The offer.</returns>
    public static MarketOffer ForTarget(SaleContext sale, ListingInput listing, PriceTarget target, PriceEnding? ending = null) =>
        new(sale, listing, null, Preconditions.CheckNotNull(target, nameof(target)), ending);
}
