using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>Seller feedback a buyer left on an order, 1 to 5 stars; 1 and 2 stars are negative and count as an order defect.</summary>
/// <remarks>Not a product <see cref="Review"/>: feedback rates the seller's service on one order. Immutable.</remarks>
public readonly struct SellerFeedback
{
    /// <summary>Creates feedback.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="rating">Stars, 1 to 5.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is outside 1–5.</exception>
    /// <exception cref="ArgumentException">The marketplace is none.</exception>
    public SellerFeedback(string orderId, MarketplaceKey marketplace, int rating)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Marketplace = marketplace;
        Rating = Preconditions.CheckInRange(rating, nameof(rating), 1, 5);
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>Stars, 1 to 5.</summary>
    public int Rating { get; }

    /// <summary>Whether it is negative (1 or 2 stars).</summary>
    public bool IsNegative => Rating <= 2;
}
