using System;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// One SKU of a launch: its price, the fees the marketplace withholds, the traffic it is expected to get, and its per-unit
/// costs under each launch model (dropshipping: <see cref="DropshipCostPerUnit"/>; brand stocking: <see cref="PurchaseCostPerUnit"/>,
/// <see cref="FreightPerUnit"/>, <see cref="DutiesPerUnit"/>, <see cref="FulfilmentPerUnit"/>). Every amount is in the currency of
/// <see cref="Price"/>. The figures can come from the pricing engine (<c>UnitEconomics.NetRevenue</c>, <c>MarketplaceFees</c>,
/// <c>Fulfilment</c>) and the landed-cost calculator (per-unit freight and duty lines). Immutable.
/// </summary>
public sealed record LaunchSku
{
    private readonly Money? dropshipCostPerUnit;
    private readonly Money? purchaseCostPerUnit;
    private readonly Money freightPerUnit;
    private readonly Money dutiesPerUnit;
    private readonly Money fulfilmentPerUnit;

    /// <summary>Creates a launch SKU.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="price">Price per unit net of VAT or sales tax: what the marketplace credits for a sale (greater than zero).</param>
    /// <param name="marketplaceFeesPerUnit">Referral and closing fees per unit, withheld from settlements (at least zero, same currency).</param>
    /// <param name="sessionsPerDay">Expected product-page sessions per day (at least zero): an estimate, named as an assumption.</param>
    /// <exception cref="ArgumentOutOfRangeException">The price is not positive, or the fees or sessions are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The fees are in another currency than the price.</exception>
    public LaunchSku(Sku sku, Money price, Money marketplaceFeesPerUnit, decimal sessionsPerDay)
    {
        Preconditions.CheckArgument(!sku.IsDefault, nameof(sku), "sku must be a parsed SKU (Sku.Parse); the default value is not allowed.");
        Sku = sku;
        Preconditions.CheckPositive(price.Amount, nameof(price));
        Price = price;
        MarketplaceFeesPerUnit = Checked(marketplaceFeesPerUnit, nameof(marketplaceFeesPerUnit));
        SessionsPerDay = Preconditions.CheckNonNegative(sessionsPerDay, nameof(sessionsPerDay));
        freightPerUnit = Money.Zero(price.Currency);
        dutiesPerUnit = Money.Zero(price.Currency);
        fulfilmentPerUnit = Money.Zero(price.Currency);
    }

    /// <summary>The SKU.</summary>
    public Sku Sku { get; }

    /// <summary>Price per unit net of VAT or sales tax.</summary>
    public Money Price { get; }

    /// <summary>Referral and closing fees per unit, withheld from settlements (both models).</summary>
    public Money MarketplaceFeesPerUnit { get; }

    /// <summary>Expected product-page sessions per day; units sold per day = sessions × the model's conversion rate.</summary>
    public decimal SessionsPerDay { get; }

    /// <summary>Dropshipping: the supplier's price per unit including shipping direct to the customer, paid when the order is passed on. Required to plan dropshipping.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency than the price.</exception>
    public Money? DropshipCostPerUnit
    {
        get => dropshipCostPerUnit;
        init => dropshipCostPerUnit = value is Money m ? Checked(m, nameof(DropshipCostPerUnit)) : null;
    }

    /// <summary>Brand stocking: the factory price per unit (deposit when ordered, balance when shipped). Required to plan brand stocking.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency than the price.</exception>
    public Money? PurchaseCostPerUnit
    {
        get => purchaseCostPerUnit;
        init => purchaseCostPerUnit = value is Money m ? Checked(m, nameof(PurchaseCostPerUnit)) : null;
    }

    /// <summary>Brand stocking: freight per unit from origin to the market, paid when the goods ship (default zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency than the price.</exception>
    public Money FreightPerUnit
    {
        get => freightPerUnit;
        init => freightPerUnit = Checked(value, nameof(FreightPerUnit));
    }

    /// <summary>Brand stocking: import duties and non-recoverable import taxes per unit, paid on arrival (default zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency than the price.</exception>
    public Money DutiesPerUnit
    {
        get => dutiesPerUnit;
        init => dutiesPerUnit = Checked(value, nameof(DutiesPerUnit));
    }

    /// <summary>Brand stocking: fulfilment fees per unit (FBA or 3PL), withheld from settlements (default zero; dropshipping suppliers ship themselves).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency than the price.</exception>
    public Money FulfilmentPerUnit
    {
        get => fulfilmentPerUnit;
        init => fulfilmentPerUnit = Checked(value, nameof(FulfilmentPerUnit));
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Sku} at {Price}, {SessionsPerDay} sessions/day");

    private Money Checked(Money value, string paramName)
    {
        if (value.Currency != Price.Currency)
        {
            throw new CurrencyMismatchException(Price.Currency, value.Currency, paramName);
        }

        Preconditions.CheckNonNegative(value.Amount, paramName);
        return value;
    }
}
