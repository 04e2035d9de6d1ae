using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// One line of an order: a quantity of one SKU sold on a marketplace at an instant, with its price, promotional discount, tax and
/// the marketplace fees charged on it, all in the order's currency.
/// </summary>
/// <remarks>
/// <para>Amounts are booked amounts and must be whole minor units (cents) of one currency; they are kept as 64-bit integers, so a row
/// is about 80 bytes. <see cref="ItemPrice"/> is the price of all the line's units before promotions and <b>excluding</b> tax
/// (for VAT-inclusive marketplaces, split the VAT into <see cref="Tax"/>); <see cref="Discount"/> is the promotional discount, also
/// excluding tax; <see cref="Fees"/> are the marketplace's variable fees on the line (referral, fulfilment), as settlement reports attribute them.</para>
/// <para>Orders are counted from <see cref="LineNumber"/>: line 1 of an order counts the order; when results are grouped by SKU each line
/// counts an order for its SKU (a ledger has one line per SKU per order). Immutable.</para>
/// </remarks>
public readonly struct OrderLine : ILedgerRow
{
    private readonly long ticks;

    /// <summary>Creates an order line.</summary>
    /// <param name="orderId">The marketplace's order id (for example <c>113-1234567-1234567</c>).</param>
    /// <param name="lineNumber">1 for the first line of the order, 2, 3… for the others.</param>
    /// <param name="orderedAt">When the order was placed.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sku">The seller SKU; not <see cref="SkuKey.None"/>.</param>
    /// <param name="quantity">Units ordered; zero or more.</param>
    /// <param name="itemPrice">Price of all units of the line before discounts, excluding tax; zero or more.</param>
    /// <param name="discount">Promotional discount, excluding tax; zero up to <paramref name="itemPrice"/>.</param>
    /// <param name="tax">Tax charged on the line (VAT, GST, sales tax); zero or more.</param>
    /// <param name="fees">Variable marketplace fees charged on the line (referral, fulfilment); zero or more.</param>
    /// <param name="channel">Who fulfils the line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or amount is negative, or the discount exceeds the price.</exception>
    /// <exception cref="ArgumentException">An amount is finer than its currency's minor unit, the currency has no minor unit, or a key is none.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    public OrderLine(
        string orderId,
        int lineNumber,
        Instant orderedAt,
        MarketplaceKey marketplace,
        SkuKey sku,
        int quantity,
        Money itemPrice,
        Money discount,
        Money tax,
        Money fees,
        FulfilledBy channel = FulfilledBy.Marketplace)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        LineNumber = Preconditions.CheckPositive(lineNumber, nameof(lineNumber));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None; every order line belongs to a marketplace.");
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; every order line sells a SKU.");
        Quantity = Preconditions.CheckNonNegative(quantity, nameof(quantity));
        Currency = LedgerAmount.CurrencyOf(itemPrice, nameof(itemPrice));
        ItemPriceMinor = LedgerAmount.Minor(itemPrice, Currency, nameof(itemPrice));
        DiscountMinor = LedgerAmount.Minor(discount, Currency, nameof(discount));
        if (DiscountMinor > ItemPriceMinor)
        {
            throw new ArgumentOutOfRangeException(nameof(discount), discount.Amount, $"discount was {discount}; it must not exceed itemPrice ({itemPrice}).");
        }

        TaxMinor = LedgerAmount.Minor(tax, Currency, nameof(tax));
        FeesMinor = LedgerAmount.Minor(fees, Currency, nameof(fees));
        ticks = orderedAt.ToUnixTimeTicks();
        Marketplace = marketplace;
        Sku = sku;
        Channel = channel;
    }

    /// <summary>The marketplace's order id.</summary>
    public string OrderId { get; }

    /// <summary>1 for the first line of the order.</summary>
    public int LineNumber { get; }

    /// <summary>When the order was placed.</summary>
    public Instant OrderedAt => Instant.FromUnixTimeTicks(ticks);

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The seller SKU.</summary>
    public SkuKey Sku { get; }

    /// <summary>Units ordered.</summary>
    public int Quantity { get; }

    /// <summary>Who fulfils the line.</summary>
    public FulfilledBy Channel { get; }

    /// <summary>The currency of the line's amounts.</summary>
    public Currency Currency { get; }

    /// <summary>Price of all units before discounts, excluding tax.</summary>
    public Money ItemPrice => LedgerAmount.ToMoney(ItemPriceMinor, Currency);

    /// <summary>Promotional discount, excluding tax.</summary>
    public Money Discount => LedgerAmount.ToMoney(DiscountMinor, Currency);

    /// <summary>Tax charged on the line.</summary>
    public Money Tax => LedgerAmount.ToMoney(TaxMinor, Currency);

    /// <summary>Variable marketplace fees charged on the line.</summary>
    public Money Fees => LedgerAmount.ToMoney(FeesMinor, Currency);

    internal long Ticks => ticks;

    internal long ItemPriceMinor { get; }

    internal long DiscountMinor { get; }

    internal long TaxMinor { get; }

    internal long FeesMinor { get; }
}
