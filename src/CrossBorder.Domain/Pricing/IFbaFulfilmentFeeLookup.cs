using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Looks up an FBA fulfilment fee from a size tier, a shipping weight and a date. <see cref="FbaFeeTables"/> implements it
/// from the embedded data; channel comparisons and landed-cost code can depend on this interface only.
/// </summary>
public interface IFbaFulfilmentFeeLookup
{
    /// <summary>The fulfilment fee per unit.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sizeTier">The size tier id (for example "large-standard").</param>
    /// <param name="shippingWeight">The shipping weight (see <see cref="FbaSizeTier.ShippingWeight"/>).</param>
    /// <param name="date">The day the unit ships.</param>
    /// <param name="salePrice">The sale price, for price-dependent rates (low-price FBA, price bands); null to ignore the low-price discount. Required when the card in force is price-dependent (Amazon US from 2026-01-15).</param>
    /// <returns>The fee with its provenance.</returns>
    /// <exception cref="Data.RecordNotInForceException">No fee card for the tier is in force on the date.</exception>
    /// <exception cref="FbaNotEligibleException">The weight is beyond the tier's card.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="salePrice"/> is null and the card in force charges by sale price.</exception>
    FbaFulfilmentFee GetFulfilmentFee(MarketplaceId marketplace, string sizeTier, Mass shippingWeight, LocalDate date, Money? salePrice = null);

    /// <summary>The fulfilment fee per unit, without throwing for missing data.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="sizeTier">The size tier id.</param>
    /// <param name="shippingWeight">The shipping weight.</param>
    /// <param name="date">The day the unit ships.</param>
    /// <param name="salePrice">The sale price, or null (then a price-dependent card gives no fee).</param>
    /// <param name="fee">The fee, when found.</param>
    /// <returns>Whether a fee was found.</returns>
    bool TryGetFulfilmentFee(MarketplaceId marketplace, string sizeTier, Mass shippingWeight, LocalDate date, Money? salePrice, [NotNullWhen(true)] out FbaFulfilmentFee? fee);
}
