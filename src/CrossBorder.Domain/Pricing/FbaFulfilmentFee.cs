using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>An FBA fulfilment fee per unit with what decided it. Immutable.</summary>
public sealed record FbaFulfilmentFee
{
    internal FbaFulfilmentFee(Money amount, string tier, Mass shippingWeight, bool lowPriceApplied, decimal lowPriceDiscount, Provenance provenance)
    {
        Amount = amount;
        Tier = tier;
        ShippingWeight = shippingWeight;
        LowPriceApplied = lowPriceApplied;
        LowPriceDiscount = lowPriceDiscount;
        Provenance = provenance;
    }

    /// <summary>The fee per unit.</summary>
    public Money Amount { get; }

    /// <summary>The size tier.</summary>
    public string Tier { get; }

    /// <summary>The shipping weight the fee is based on.</summary>
    public Mass ShippingWeight { get; }

    /// <summary>Whether the low-price FBA rate was applied (the discount below a price, or the first band of a price-dependent card).</summary>
    public bool LowPriceApplied { get; }

    /// <summary>The discount against the next price band's fee (zero when none).</summary>
    public decimal LowPriceDiscount { get; }

    /// <summary>The sale-price band that decided the fee on a price-dependent card (see <see cref="FbaFulfilmentFeeCard.PriceBands"/>), or null.</summary>
    public FbaPriceBand? PriceBand { get; init; }

    /// <summary>The fee card used.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        System.FormattableString.Invariant($"{Amount} FBA fulfilment fee, {Tier} at shipping weight {ShippingWeight}") + (PriceBand is { } band ? " (" + band + ")" : LowPriceApplied ? $" (low-price FBA discount {Preconditions.Format(LowPriceDiscount)} applied)" : string.Empty);
}
