using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// What the seller knows about one SKU in one marketplace apart from its price: fee category, landed cost, fulfilment,
/// expected days in stock, returns, advertising and payment costs. Immutable; use <c>with</c> to vary it.
/// </summary>
public sealed record ListingInput
{
    private readonly IReadOnlyList<PaymentCost> paymentCosts = Array.Empty<PaymentCost>();
    private readonly AdvertisingAssumptions advertising = AdvertisingAssumptions.None;
    private readonly ReturnAssumptions returns = ReturnAssumptions.None;
    private readonly Fulfilment fulfilment = Fulfilment.None;
    private readonly int daysInStock;
    private readonly UnitCost landedCost = null!;
    private readonly string category = null!;
    /// <summary>Creates an input with no fulfilment, returns, advertising or payment costs.</summary>
    /// <param name="category">The marketplace's fee category (or plan), for example "home-and-kitchen".</param>
    /// <param name="landedCost">The landed cost per unit in the listing currency.</param>
    public ListingInput(string category, UnitCost landedCost)
    {
        Category = Preconditions.CheckNotNullOrWhiteSpace(category, nameof(category));
        LandedCost = Preconditions.CheckNotNull(landedCost, nameof(landedCost));
    }

    /// <summary>The fee category.</summary>
    public string Category
    {
        get => category;
        init => category = Preconditions.CheckNotNullOrWhiteSpace(value, nameof(Category));
    }

    /// <summary>The landed cost per unit.</summary>
    public UnitCost LandedCost
    {
        get => landedCost;
        init => landedCost = Preconditions.CheckNotNull(value, nameof(LandedCost));
    }

    /// <summary>How the unit is fulfilled; <see cref="Fulfilment.None"/> by default.</summary>
    public Fulfilment Fulfilment
    {
        get => fulfilment;
        init => fulfilment = Preconditions.CheckNotNull(value, nameof(Fulfilment));
    }

    /// <summary>Expected days a unit spends in FBA storage before it sells (storage per unit); zero by default.</summary>
    public int DaysInStock
    {
        get => daysInStock;
        init => daysInStock = Preconditions.CheckNonNegative(value, nameof(DaysInStock));
    }

    /// <summary>Expected returns; none by default.</summary>
    public ReturnAssumptions Returns
    {
        get => returns;
        init => returns = Preconditions.CheckNotNull(value, nameof(Returns));
    }

    /// <summary>Advertising; none by default.</summary>
    public AdvertisingAssumptions Advertising
    {
        get => advertising;
        init => advertising = Preconditions.CheckNotNull(value, nameof(Advertising));
    }

    /// <summary>Payment and currency-conversion costs; none by default.</summary>
    public IReadOnlyList<PaymentCost> PaymentCosts
    {
        get => paymentCosts;
        init => paymentCosts = Preconditions.CheckNotNull(value, nameof(PaymentCosts));
    }
}
