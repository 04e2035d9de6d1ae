using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>The cancellation of an order, by the buyer or the seller, before or after shipment.</summary>
/// <remarks>Seller cancellations before shipment drive the pre-fulfilment cancel rate. Immutable.</remarks>
public readonly struct Cancellation
{
    /// <summary>Creates a cancellation.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="initiator">Who cancelled.</param>
    /// <param name="beforeShipment">Whether it was cancelled before ship confirmation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentException">The marketplace is none.</exception>
    public Cancellation(string orderId, MarketplaceKey marketplace, CancellationInitiator initiator, bool beforeShipment = true)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Marketplace = marketplace;
        Initiator = initiator;
        BeforeShipment = beforeShipment;
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>Who cancelled.</summary>
    public CancellationInitiator Initiator { get; }

    /// <summary>Whether it was before ship confirmation.</summary>
    public bool BeforeShipment { get; }
}
