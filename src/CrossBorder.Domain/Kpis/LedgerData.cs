using System;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A ledger already in memory, as arrays (or slices of larger buffers) of each row type, for <see cref="KpiEngine.Aggregate"/>.
/// Every part is optional. The library stores nothing: this only points at the caller's buffers.
/// </summary>
/// <remarks>Immutable; the buffers must not change while an aggregation reads them.</remarks>
public sealed class LedgerData
{
    /// <summary>Order lines.</summary>
    public ReadOnlyMemory<OrderLine> OrderLines { get; init; }

    /// <summary>Refunds and returns.</summary>
    public ReadOnlyMemory<Refund> Refunds { get; init; }

    /// <summary>Fees not carried on order lines.</summary>
    public ReadOnlyMemory<FeeCharge> Fees { get; init; }

    /// <summary>Advertising campaign days.</summary>
    public ReadOnlyMemory<AdvertisingDay> Advertising { get; init; }

    /// <summary>Inventory snapshots.</summary>
    public ReadOnlyMemory<InventorySnapshot> Inventory { get; init; }

    /// <summary>Reviews.</summary>
    public ReadOnlyMemory<Review> Reviews { get; init; }

    /// <summary>Listing sessions.</summary>
    public ReadOnlyMemory<TrafficDay> Traffic { get; init; }
}
