using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>Units already ordered or in transit, and the day they become sellable.</summary>
/// <remarks>Immutable.</remarks>
public sealed record InboundShipment
{
    /// <summary>Creates an inbound shipment.</summary>
    /// <param name="sellableFrom">The first day the units can be sold (after receiving or check-in).</param>
    /// <param name="units">Units, one or more.</param>
    /// <param name="reference">The shipment or purchase-order reference, optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is zero or negative.</exception>
    public InboundShipment(LocalDate sellableFrom, int units, string? reference = null)
    {
        SellableFrom = sellableFrom;
        Units = Preconditions.CheckPositive(units, nameof(units));
        Reference = reference;
    }

    /// <summary>The first sellable day.</summary>
    public LocalDate SellableFrom { get; }

    /// <summary>The units.</summary>
    public int Units { get; }

    /// <summary>The reference, if any.</summary>
    public string? Reference { get; }

    /// <summary>"500 units sellable from 2026-12-10 (PO-17)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        InventoryMath.I(Units) + " units sellable from " + IsoDate.Format(SellableFrom) + (Reference is null ? string.Empty : " (" + Reference + ")");
}
