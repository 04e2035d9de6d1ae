using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>Third-party overseas warehouse figures: first-leg landed cost, inbound, storage per m³ per month, pick and pack, last mile.</summary>
/// <param name="FirstLegLandedPerUnit">Landed cost per unit into the warehouse.</param>
/// <param name="InboundPerUnit">Receiving fee per unit.</param>
/// <param name="StoragePerCubicMetrePerMonth">Storage per cubic metre per month.</param>
/// <param name="PickAndPackPerOrder">Pick and pack per order (one unit per order assumed).</param>
/// <param name="LastMilePerParcel">Last-mile delivery per parcel.</param>
public sealed record WarehouseOption(Money FirstLegLandedPerUnit, Money InboundPerUnit, Money StoragePerCubicMetrePerMonth, Money PickAndPackPerOrder, Money LastMilePerParcel);
