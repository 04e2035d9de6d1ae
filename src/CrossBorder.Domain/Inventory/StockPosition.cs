using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>A SKU's stock today: sellable units on hand and the shipments on the way.</summary>
/// <remarks>Immutable (the list is copied).</remarks>
public sealed record StockPosition
{
    private readonly InboundShipment[] inbound;

    /// <summary>Creates a position.</summary>
    /// <param name="onHand">Sellable units on hand today, zero or more.</param>
    /// <param name="inbound">Shipments on the way, or null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onHand"/> is negative.</exception>
    /// <exception cref="ArgumentNullException">A shipment is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">On hand plus inbound units exceed 2147483647 (the message names both).</exception>
    public StockPosition(int onHand, IReadOnlyList<InboundShipment>? inbound = null)
    {
        OnHand = Preconditions.CheckNonNegative(onHand, nameof(onHand));
        if (inbound is null || inbound.Count == 0)
        {
            this.inbound = Array.Empty<InboundShipment>();
            return;
        }

        this.inbound = new InboundShipment[inbound.Count];
        long total = 0;
        for (int i = 0; i < this.inbound.Length; i++)
        {
            this.inbound[i] = inbound[i] ?? throw new ArgumentNullException(nameof(inbound), "inbound contains a null shipment.");
            total += this.inbound[i].Units;
        }

        if (total > int.MaxValue - onHand)
        {
            throw new ArgumentOutOfRangeException(
                nameof(inbound),
                FormattableString.Invariant($"inbound holds {total} units, and with {onHand} on hand the inventory position would be {total + onHand}; it must be at most 2147483647 units (a 32-bit count)."));
        }

        InboundUnits = (int)total;
    }

    /// <summary>Sellable units on hand.</summary>
    public int OnHand { get; }

    /// <summary>Shipments on the way.</summary>
    public IReadOnlyList<InboundShipment> Inbound => inbound;

    /// <summary>Units on the way.</summary>
    public int InboundUnits { get; }

    /// <summary>Inventory position: on hand plus on the way.</summary>
    public int InventoryPosition => OnHand + InboundUnits;
}
