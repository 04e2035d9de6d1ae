using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A refund to a buyer, with the units returned (if any), why, and whether they can be sold again. Refunds count in the period
/// they are made (cash basis), like marketplace settlement reports.
/// </summary>
/// <remarks>
/// <see cref="Amount"/> is the refunded item price excluding tax; <see cref="Tax"/> the tax refunded. Returned resellable units give their
/// cost of goods back (it is subtracted from COGS). Immutable.
/// </remarks>
public readonly struct Refund : ILedgerRow
{
    private readonly long ticks;

    /// <summary>Creates a refund.</summary>
    /// <param name="orderId">The order refunded.</param>
    /// <param name="refundedAt">When the refund was made.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sku">The SKU refunded; not <see cref="SkuKey.None"/>.</param>
    /// <param name="quantity">Units returned; zero for a refund without return.</param>
    /// <param name="amount">Item price refunded, excluding tax; zero or more.</param>
    /// <param name="tax">Tax refunded; zero or more.</param>
    /// <param name="reason">The buyer's reason.</param>
    /// <param name="resellable">Whether the returned units went back into sellable stock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or amount is negative.</exception>
    /// <exception cref="ArgumentException">An amount is finer than its currency's minor unit, the currency has no minor unit, or a key is none.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not in one currency.</exception>
    public Refund(
        string orderId,
        Instant refundedAt,
        MarketplaceKey marketplace,
        SkuKey sku,
        int quantity,
        Money amount,
        Money tax,
        ReturnReason reason = ReturnReason.Unspecified,
        bool resellable = false)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None; every refund belongs to a marketplace.");
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; every refund is for a SKU.");
        Quantity = Preconditions.CheckNonNegative(quantity, nameof(quantity));
        Currency = LedgerAmount.CurrencyOf(amount, nameof(amount));
        AmountMinor = LedgerAmount.Minor(amount, Currency, nameof(amount));
        TaxMinor = LedgerAmount.Minor(tax, Currency, nameof(tax));
        ticks = refundedAt.ToUnixTimeTicks();
        Marketplace = marketplace;
        Sku = sku;
        Reason = reason;
        Resellable = resellable;
    }

    /// <summary>The order refunded.</summary>
    public string OrderId { get; }

    /// <summary>When the refund was made.</summary>
    public Instant RefundedAt => Instant.FromUnixTimeTicks(ticks);

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The SKU.</summary>
    public SkuKey Sku { get; }

    /// <summary>Units returned.</summary>
    public int Quantity { get; }

    /// <summary>The currency of the amounts.</summary>
    public Currency Currency { get; }

    /// <summary>Item price refunded, excluding tax.</summary>
    public Money Amount => LedgerAmount.ToMoney(AmountMinor, Currency);

    /// <summary>Tax refunded.</summary>
    public Money Tax => LedgerAmount.ToMoney(TaxMinor, Currency);

    /// <summary>The buyer's reason.</summary>
    public ReturnReason Reason { get; }

    /// <summary>Whether the returned units are sellable again.</summary>
    public bool Resellable { get; }

    internal long Ticks => ticks;

    internal long AmountMinor { get; }

    internal long TaxMinor { get; }
}
