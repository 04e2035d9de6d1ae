using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Selection;

/// <summary>The pricing engine's inputs for the listing the seller intends, and the intended price.</summary>
public sealed record IntendedListing
{
    /// <summary>Creates an intended listing.</summary>
    /// <param name="sale">Marketplace, date, currency and VAT (see <see cref="SaleContext"/>).</param>
    /// <param name="listing">Fee category, landed cost per unit, fulfilment, returns, advertising (see <see cref="ListingInput"/>).</param>
    /// <param name="price">The intended listing price, in the sale's currency.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="price"/> is not in the sale's currency, or not positive.</exception>
    public IntendedListing(SaleContext sale, ListingInput listing, Money price)
    {
        Sale = Preconditions.CheckNotNull(sale, nameof(sale));
        Listing = Preconditions.CheckNotNull(listing, nameof(listing));
        Preconditions.CheckArgument(price.Currency == sale.Currency, nameof(price), "The price " + price + " is not in the sale's currency " + sale.Currency + ".");
        Preconditions.CheckPositive(price.Amount, nameof(price));
        Price = price;
    }

    /// <summary>The sale context.</summary>
    public SaleContext Sale { get; }

    /// <summary>The listing inputs.</summary>
    public ListingInput Listing { get; }

    /// <summary>The intended price.</summary>
    public Money Price { get; }
}
