using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>Direct parcel from the origin: the landed cost of one unit delivered by parcel, DDP or DDU.</summary>
/// <param name="LandedPerUnit">Per-unit landed cost of a parcel (from <see cref="LandedCostCalculator"/>): with duties and VAT when DDP, without when DDU.</param>
/// <param name="DeliveredDutyPaid">Whether the seller pays duties and import VAT (DDP) or the buyer does (DDU).</param>
public sealed record DirectParcelOption(Money LandedPerUnit, bool DeliveredDutyPaid);
