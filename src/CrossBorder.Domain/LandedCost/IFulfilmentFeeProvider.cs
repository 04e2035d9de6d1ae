using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Supplies a marketplace's fulfilment fee per unit (for example the FBA fulfilment fee by size tier) for channel comparison.
/// The marketplace fee schedules implement it; <see cref="FixedFulfilmentFee"/> takes a figure from the user.
/// </summary>
public interface IFulfilmentFeeProvider
{
    /// <summary>The fulfilment fee for one unit shipped to a customer.</summary>
    /// <param name="marketplace">The marketplace whose fulfilment network is used.</param>
    /// <param name="unitDimensions">The packed unit's dimensions.</param>
    /// <param name="unitMass">The packed unit's mass.</param>
    /// <param name="date">The date the fee is asked for.</param>
    /// <returns>The fee per unit.</returns>
    Money GetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date);

    /// <summary>The fee per unit, without throwing.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="unitDimensions">The unit's dimensions.</param>
    /// <param name="unitMass">The unit's mass.</param>
    /// <param name="date">The date.</param>
    /// <param name="fee">The fee, when known.</param>
    /// <returns><see langword="true"/> when a fee is known.</returns>
    bool TryGetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date, [NotNullWhen(true)] out Money? fee);
}
