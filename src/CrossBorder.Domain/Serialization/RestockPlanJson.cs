using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of a <see cref="RestockPlan"/>: the inputs, the headline figures, the events applied and every figure with its
/// explanation. Serializing a <see cref="RestockPlan"/> writes this model.
/// </summary>
/// <param name="Today">The planning day.</param>
/// <param name="AverageDailyUnits">Velocity d.</param>
/// <param name="StandardDeviation">Demand variability σd.</param>
/// <param name="LeadTimeDays">Mean lead time L.</param>
/// <param name="LeadTimeStandardDeviationDays">Lead-time standard deviation σL.</param>
/// <param name="LeadTimeBasis">Where the lead time comes from.</param>
/// <param name="ServiceLevel">The cycle service level (0–1).</param>
/// <param name="ReviewPeriodDays">The review period R.</param>
/// <param name="OnHand">Units on hand.</param>
/// <param name="InboundUnits">Units on the way.</param>
/// <param name="SafetyStock">Safety stock.</param>
/// <param name="ReorderPoint">Reorder point.</param>
/// <param name="ReorderNow">Whether on hand + inbound is at or below the reorder point.</param>
/// <param name="OrderQuantity">Units to order now.</param>
/// <param name="EconomicOrderQuantityToOrder">The EOQ variant, when the policy gives costs.</param>
/// <param name="ProjectedStockOut">The first short day, or null.</param>
/// <param name="StockOutExplanation">How the stock-out was found.</param>
/// <param name="DemandMultiplier">The average demand multiplier over lead time + review with an outlook, or null.</param>
/// <param name="EventsApplied">Event uplifts inside the horizon.</param>
/// <param name="Figures">Every figure with its rule and calculation.</param>
public sealed record RestockPlanJson(
    LocalDate Today,
    decimal AverageDailyUnits,
    decimal StandardDeviation,
    decimal LeadTimeDays,
    decimal LeadTimeStandardDeviationDays,
    string LeadTimeBasis,
    decimal ServiceLevel,
    int ReviewPeriodDays,
    int OnHand,
    int InboundUnits,
    decimal SafetyStock,
    decimal ReorderPoint,
    bool ReorderNow,
    decimal OrderQuantity,
    decimal? EconomicOrderQuantityToOrder,
    LocalDate? ProjectedStockOut,
    string StockOutExplanation,
    decimal? DemandMultiplier,
    IReadOnlyList<AppliedEventUpliftJson> EventsApplied,
    IReadOnlyList<PlanFigureJson> Figures)
{
    /// <summary>The model of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The model.</returns>
    public static RestockPlanJson From(RestockPlan plan)
    {
        Internal.Preconditions.CheckNotNull(plan, nameof(plan));
        return new RestockPlanJson(
            plan.Today,
            plan.Demand.AverageDailyUnits,
            plan.Demand.StandardDeviation,
            plan.LeadTime.MeanDays,
            plan.LeadTime.StandardDeviationDays,
            plan.LeadTime.Basis,
            plan.Policy.ServiceLevel.Probability,
            plan.Policy.ReviewPeriodDays,
            plan.Stock.OnHand,
            plan.Stock.InboundUnits,
            plan.SafetyStock.Value,
            plan.ReorderPoint.Value,
            plan.ReorderNow,
            plan.OrderQuantity.Value,
            plan.EconomicOrderQuantityToOrder?.Value,
            plan.ProjectedStockOut,
            plan.StockOutExplanation,
            plan.DemandMultiplier?.Value,
            plan.EventsApplied.Select(AppliedEventUpliftJson.From).ToArray(),
            plan.Figures.Select(PlanFigureJson.From).ToArray());
    }
}
