using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>Sessions (visits) on a SKU's listing pages on one day, as in Amazon's Business Reports; needed for conversion rate.</summary>
/// <remarks>Immutable.</remarks>
public readonly struct TrafficDay : ILedgerRow
{
    /// <summary>Creates a traffic day.</summary>
    /// <param name="date">The day, in the marketplace's time zone.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sku">The SKU; not <see cref="SkuKey.None"/>.</param>
    /// <param name="sessions">Sessions; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is negative.</exception>
    /// <exception cref="ArgumentException">A key is none.</exception>
    public TrafficDay(LocalDate date, MarketplaceKey marketplace, SkuKey sku, long sessions)
    {
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None.");
        if (sessions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sessions), sessions, "sessions must be zero or greater.");
        }

        Date = date;
        Marketplace = marketplace;
        Sku = sku;
        Sessions = sessions;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The SKU.</summary>
    public SkuKey Sku { get; }

    /// <summary>Sessions.</summary>
    public long Sessions { get; }
}
