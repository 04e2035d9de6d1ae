using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>FBA figures per unit: first-leg landed cost, inbound placement, monthly storage, and the fulfilment fee provider.</summary>
/// <param name="FirstLegLandedPerUnit">Landed cost per unit into the fulfilment centre (from <see cref="LandedCostCalculator"/>).</param>
/// <param name="InboundPlacementPerUnit">Inbound placement (and similar inbound) fees per unit.</param>
/// <param name="StoragePerUnitPerMonth">Monthly storage fee per unit.</param>
/// <param name="FulfilmentFees">The marketplace's fulfilment fee per unit.</param>
public sealed record FbaOption(Money FirstLegLandedPerUnit, Money InboundPlacementPerUnit, Money StoragePerUnitPerMonth, IFulfilmentFeeProvider FulfilmentFees)
{
    private readonly IFulfilmentFeeProvider fulfilmentFees = Preconditions.CheckNotNull(FulfilmentFees, nameof(FulfilmentFees));

    /// <summary>The marketplace's fulfilment fee per unit (never null).</summary>
    public IFulfilmentFeeProvider FulfilmentFees
    {
        get => fulfilmentFees;
        init => fulfilmentFees = Preconditions.CheckNotNull(value, nameof(FulfilmentFees));
    }
}
