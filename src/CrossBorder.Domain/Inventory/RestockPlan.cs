using System.Collections.Generic;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// The restock figures for one SKU on one day — safety stock, reorder point, days of cover, projected stock-out, order quantity and its
/// economic variant — each a <see cref="PlanFigure"/> that names its rule and inputs.
/// </summary>
/// <remarks>Immutable. Produced by <see cref="RestockPlanner.Plan(DemandEstimate, LeadTimeEstimate, StockPosition, LocalDate)"/>.</remarks>
public sealed record RestockPlan
{
    internal RestockPlan(
        LocalDate today,
        DemandEstimate demand,
        LeadTimeEstimate leadTime,
        StockPosition stock,
        RestockPolicy policy,
        PlanFigure safetyStock,
        PlanFigure leadTimeDemand,
        PlanFigure reorderPoint,
        PlanFigure? daysOfCover,
        PlanFigure? daysOfCoverWithInbound,
        LocalDate? projectedStockOut,
        string stockOutExplanation,
        PlanFigure orderQuantity,
        PlanFigure? economicOrderQuantity,
        PlanFigure? economicOrderQuantityToOrder)
    {
        Today = today;
        Demand = demand;
        LeadTime = leadTime;
        Stock = stock;
        Policy = policy;
        SafetyStock = safetyStock;
        LeadTimeDemand = leadTimeDemand;
        ReorderPoint = reorderPoint;
        DaysOfCover = daysOfCover;
        DaysOfCoverWithInbound = daysOfCoverWithInbound;
        ProjectedStockOut = projectedStockOut;
        StockOutExplanation = stockOutExplanation;
        OrderQuantity = orderQuantity;
        EconomicOrderQuantity = economicOrderQuantity;
        EconomicOrderQuantityToOrder = economicOrderQuantityToOrder;
    }

    /// <summary>The planning day.</summary>
    public LocalDate Today { get; }

    /// <summary>The demand used.</summary>
    public DemandEstimate Demand { get; }

    /// <summary>The lead time used.</summary>
    public LeadTimeEstimate LeadTime { get; }

    /// <summary>The stock position used.</summary>
    public StockPosition Stock { get; }

    /// <summary>The policy used.</summary>
    public RestockPolicy Policy { get; }

    /// <summary>Safety stock: z × √(L × σd² + d² × σL²), never below zero.</summary>
    public PlanFigure SafetyStock { get; }

    /// <summary>Expected demand during the lead time: d × L.</summary>
    public PlanFigure LeadTimeDemand { get; }

    /// <summary>Reorder point: lead-time demand plus safety stock.</summary>
    public PlanFigure ReorderPoint { get; }

    /// <summary>Days the units on hand last at the current velocity, or null when velocity is zero.</summary>
    public PlanFigure? DaysOfCover { get; }

    /// <summary>Days on hand plus inbound last at the current velocity, or null when velocity is zero.</summary>
    public PlanFigure? DaysOfCoverWithInbound { get; }

    /// <summary>The first day demand cannot be met in full, counting inbound shipments on their sellable days; null when velocity is zero.</summary>
    public LocalDate? ProjectedStockOut { get; }

    /// <summary>How <see cref="ProjectedStockOut"/> was found.</summary>
    public string StockOutExplanation { get; }

    /// <summary>Units to order now to cover lead time plus review period plus safety stock (whole units, rounded up, never negative).</summary>
    public PlanFigure OrderQuantity { get; }

    /// <summary>The economic order quantity √(2 × annual demand × ordering cost ÷ annual holding cost), when the policy gives the costs.</summary>
    public PlanFigure? EconomicOrderQuantity { get; }

    /// <summary>The EOQ variant of the order: zero when nothing is needed, otherwise the larger of <see cref="OrderQuantity"/> and the EOQ rounded up.</summary>
    public PlanFigure? EconomicOrderQuantityToOrder { get; }

    /// <summary>Whether the inventory position (on hand + inbound) is at or below the reorder point.</summary>
    public bool ReorderNow => Stock.InventoryPosition <= ReorderPoint.Value;

    /// <summary>Every figure in a fixed order, for display.</summary>
    public IReadOnlyList<PlanFigure> Figures
    {
        get
        {
            var list = new List<PlanFigure> { Demand.Velocity, Demand.Variability, SafetyStock, LeadTimeDemand, ReorderPoint };
            if (DaysOfCover is not null)
            {
                list.Add(DaysOfCover);
            }

            if (DaysOfCoverWithInbound is not null)
            {
                list.Add(DaysOfCoverWithInbound);
            }

            list.Add(OrderQuantity);
            if (EconomicOrderQuantity is not null)
            {
                list.Add(EconomicOrderQuantity);
            }

            if (EconomicOrderQuantityToOrder is not null)
            {
                list.Add(EconomicOrderQuantityToOrder);
            }

            return list;
        }
    }
}
