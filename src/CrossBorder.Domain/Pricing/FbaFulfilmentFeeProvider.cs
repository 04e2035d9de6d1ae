using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The FBA fee tables as a <see cref="IFulfilmentFeeProvider"/>, so that a landed-cost channel comparison
/// (<see cref="ChannelComparison"/>, <see cref="FbaOption"/>) uses the same sourced, effective-dated fulfilment fees as pricing:
/// the packed unit is classified into a size tier, then the fee card of that tier in force on the date gives the fee.
/// </summary>
/// <remarks>
/// A channel comparison has no sale price, so the provider uses the one given at construction: fee cards that depend on the price
/// (the US card from 2026-01-15 has bands below USD 10, up to USD 50 and above; low-price FBA before it) need it, and without one
/// a date on such a card is refused with <see cref="ArgumentException"/> rather than priced in an arbitrary band.
/// Thread-safe: the tables are immutable.
/// </remarks>
public sealed class FbaFulfilmentFeeProvider : IFulfilmentFeeProvider
{
    private static readonly Lazy<FbaFulfilmentFeeProvider> LazyDefault = new(() => new FbaFulfilmentFeeProvider(FbaFeeTables.Default));

    /// <summary>Creates the provider over <paramref name="tables"/>.</summary>
    /// <param name="tables">The FBA tables (the default, or ones with the user's own cards).</param>
    /// <param name="salePrice">The unit's sale price, for price-dependent fee cards; null when none is known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is null.</exception>
    public FbaFulfilmentFeeProvider(FbaFeeTables tables, Money? salePrice = null)
    {
        Tables = Preconditions.CheckNotNull(tables, nameof(tables));
        SalePrice = salePrice;
    }

    /// <summary>The provider over <see cref="FbaFeeTables.Default"/>.</summary>
    public static FbaFulfilmentFeeProvider Default => LazyDefault.Value;

    /// <summary>The tables the fees come from.</summary>
    public FbaFeeTables Tables { get; }

    /// <summary>The sale price used for price-dependent fee cards, or null.</summary>
    public Money? SalePrice { get; }

    /// <inheritdoc/>
    /// <exception cref="Data.RecordNotInForceException">No size tiers or fee card are in force for the marketplace on the date.</exception>
    /// <exception cref="FbaNotEligibleException">The unit is beyond the largest tier or the tier's weight card.</exception>
    /// <exception cref="ArgumentException">The fee card in force depends on the sale price and none was given.</exception>
    public Money GetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date) =>
        Tables.FulfilmentFeeFor(marketplace, unitDimensions, unitMass, date, SalePrice).Amount;

    /// <inheritdoc/>
    public bool TryGetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date, [NotNullWhen(true)] out Money? fee)
    {
        fee = null;
        if (!Tables.TryClassify(marketplace, unitDimensions, unitMass, date, out FbaSizeClassification? tier)
            || !Tables.TryGetFulfilmentFee(marketplace, tier.Tier.Name, tier.ShippingWeight, date, SalePrice, out FbaFulfilmentFee? found))
        {
            return false;
        }

        fee = found.Amount;
        return true;
    }
}
