using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>A product review with its star rating (1–5), counted in the period it was written.</summary>
/// <remarks>Immutable.</remarks>
public readonly struct Review : ILedgerRow
{
    /// <summary>Creates a review.</summary>
    /// <param name="date">The day it was written, in the marketplace's time zone.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sku">The SKU reviewed; not <see cref="SkuKey.None"/>.</param>
    /// <param name="rating">Stars, 1 to 5.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is outside 1–5.</exception>
    /// <exception cref="ArgumentException">A key is none.</exception>
    public Review(LocalDate date, MarketplaceKey marketplace, SkuKey sku, int rating)
    {
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; a review is of a SKU.");
        Rating = Preconditions.CheckInRange(rating, nameof(rating), 1, 5);
        Date = date;
        Marketplace = marketplace;
        Sku = sku;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The SKU.</summary>
    public SkuKey Sku { get; }

    /// <summary>Stars, 1 to 5.</summary>
    public int Rating { get; }
}
