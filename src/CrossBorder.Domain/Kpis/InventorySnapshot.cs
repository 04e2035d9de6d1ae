using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>Units of a SKU on hand (sellable) on a marketplace at the end of a day; one snapshot per SKU and day.</summary>
/// <remarks>Snapshots drive average inventory, in-stock rate, turnover and sell-through; their cost comes from <see cref="SkuCost"/>. Immutable.</remarks>
public readonly struct InventorySnapshot : ILedgerRow
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="date">The day, in the marketplace's time zone.</param>
    /// <param name="marketplace">The marketplace (or the fulfilment network serving it).</param>
    /// <param name="sku">The SKU; not <see cref="SkuKey.None"/>.</param>
    /// <param name="unitsOnHand">Sellable units on hand; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsOnHand"/> is negative.</exception>
    /// <exception cref="ArgumentException">A key is none.</exception>
    public InventorySnapshot(LocalDate date, MarketplaceKey marketplace, SkuKey sku, int unitsOnHand)
    {
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; a snapshot counts one SKU.");
        UnitsOnHand = Preconditions.CheckNonNegative(unitsOnHand, nameof(unitsOnHand));
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

    /// <summary>Sellable units on hand.</summary>
    public int UnitsOnHand { get; }
}
