using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A marketplace fee not carried on an order line: storage, subscription, refund administration, an inbound placement fee…
/// Positive amounts are costs; negative amounts are reimbursements.
/// </summary>
/// <remarks>Immutable.</remarks>
public readonly struct FeeCharge : ILedgerRow
{
    private readonly long ticks;

    /// <summary>Creates a fee charge.</summary>
    /// <param name="chargedAt">When the fee was charged.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sku">The SKU the fee is for, or <see cref="SkuKey.None"/> for account-level fees.</param>
    /// <param name="kind">The kind of fee.</param>
    /// <param name="amount">The amount: a cost when positive, a reimbursement when negative.</param>
    /// <exception cref="ArgumentException">The amount is finer than its currency's minor unit, the currency has no minor unit, or the marketplace is none.</exception>
    public FeeCharge(Instant chargedAt, MarketplaceKey marketplace, SkuKey sku, FeeKind kind, Money amount)
    {
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None; every fee belongs to a marketplace.");
        Currency = LedgerAmount.CurrencyOf(amount, nameof(amount));
        AmountMinor = LedgerAmount.Minor(amount, Currency, nameof(amount), allowNegative: true);
        ticks = chargedAt.ToUnixTimeTicks();
        Marketplace = marketplace;
        Sku = sku;
        Kind = kind;
    }

    /// <summary>When the fee was charged.</summary>
    public Instant ChargedAt => Instant.FromUnixTimeTicks(ticks);

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The SKU, or none for account-level fees.</summary>
    public SkuKey Sku { get; }

    /// <summary>The kind of fee.</summary>
    public FeeKind Kind { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The amount (positive = cost).</summary>
    public Money Amount => LedgerAmount.ToMoney(AmountMinor, Currency);

    /// <summary>Whether the fee varies with sales (referral, fulfilment, other variable) rather than being fixed for the period.</summary>
    public bool IsVariable => Kind is FeeKind.Referral or FeeKind.Fulfilment or FeeKind.OtherVariable;

    internal long Ticks => ticks;

    internal long AmountMinor { get; }
}
