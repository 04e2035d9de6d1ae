using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A seller-fulfilled shipment of an order: the ship-by and deliver-by dates promised to the buyer, when it was ship-confirmed and
/// delivered, and whether its tracking is valid. Dates are local dates in the marketplace's time zone.
/// </summary>
/// <remarks>Input to the late shipment, valid tracking and on-time delivery rates. Immutable.</remarks>
public readonly struct OrderShipment
{
    /// <summary>Creates a shipment.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="expectedShipDate">The ship-by date promised.</param>
    /// <param name="shippedOn">The ship-confirmation date, or null while not confirmed.</param>
    /// <param name="validTracking">Whether the tracking number is valid (scanned by the carrier).</param>
    /// <param name="promisedDeliveryDate">The deliver-by date promised, if any.</param>
    /// <param name="deliveredOn">The delivery date, or null while not delivered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentException">The marketplace is none.</exception>
    public OrderShipment(string orderId, MarketplaceKey marketplace, LocalDate expectedShipDate, LocalDate? shippedOn, bool validTracking, LocalDate? promisedDeliveryDate = null, LocalDate? deliveredOn = null)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Marketplace = marketplace;
        ExpectedShipDate = expectedShipDate;
        ShippedOn = shippedOn;
        ValidTracking = validTracking;
        PromisedDeliveryDate = promisedDeliveryDate;
        DeliveredOn = deliveredOn;
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The ship-by date promised.</summary>
    public LocalDate ExpectedShipDate { get; }

    /// <summary>The ship-confirmation date, or null.</summary>
    public LocalDate? ShippedOn { get; }

    /// <summary>Whether the tracking is valid.</summary>
    public bool ValidTracking { get; }

    /// <summary>The deliver-by date promised, or null.</summary>
    public LocalDate? PromisedDeliveryDate { get; }

    /// <summary>The delivery date, or null.</summary>
    public LocalDate? DeliveredOn { get; }
}
