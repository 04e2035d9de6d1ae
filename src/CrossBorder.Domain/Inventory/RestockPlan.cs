using System;
using System.Collections.Generic;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// The restock figures for one SKU on one day — safety stock, reorder point, days of cover, projected stock-out, order quantity and its
/// economic variant — each a <see cref="PlanFigure"/> that names its rule and inputs.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Produced by <see cref="RestockPlanner.Plan(DemandEstimate, LeadTimeEstimate, StockPosition, LocalDate, DemandOutlook?)"/>.
/// Explanation texts (<see cref="PlanFigure.Calculation"/>, <see cref="StockOutExplanation"/>) are built on first read. Equality compares
/// the day, inputs and figures. Serializes as <see cref="CrossBorder.Domain.Serialization.RestockPlanJson"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.RestockPlanJsonConverter))]
public sealed record RestockPlan
{
    private static readonly AppliedEventUplift[] NoEvents = Array.Empty<AppliedEventUplift>();
    private readonly Func<RestockPlan, string> explainStockOut;
    private string? stockOutExplanation;

    internal RestockPlan(
        LocalDate today,
        DemandEstimate demand,
        LeadTimeEstimate leadTime,
        StockPosition stock,
        RestockPolicy policy,
        DemandCurve curve,
        PlanFigure safetyStock,
        PlanFigure leadTimeDemand,
        PlanFigure reorderPoint,
        PlanFigure? daysOfCover,
        PlanFigure? daysOfCoverWithInbound,
        LocalDate? projectedStockOut,
        Func<RestockPlan, string> explainStockOut,
        PlanFigure orderQuantity,
        PlanFigure? economicOrderQuantity,
        PlanFigure? economicOrderQuantityToOrder,
        PlanFigure? demandMultiplier,
        AppliedEventUplift[]? eventsApplied)
    {
        Today = today;
        Demand = demand;
        LeadTime = leadTime;
        Stock = stock;
        Policy = policy;
        Curve = curve;
        SafetyStock = safetyStock;
        LeadTimeDemand = leadTimeDemand;
        ReorderPoint = reorderPoint;
        DaysOfCover = daysOfCover;
        DaysOfCoverWithInbound = daysOfCoverWithInbound;
        ProjectedStockOut = projectedStockOut;
        this.explainStockOut = explainStockOut;
        OrderQuantity = orderQuantity;
        EconomicOrderQuantity = economicOrderQuantity;
        EconomicOrderQuantityToOrder = economicOrderQuantityToOrder;
        DemandMultiplier = demandMultiplier;
        EventsApplied = eventsApplied ?? NoEvents;
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

    /// <summary>The seasonality and event uplifts used, or null when the plan used the flat velocity.</summary>
    public DemandOutlook? Outlook => Curve.Outlook;

    /// <summary>Safety stock: z × √(L × σd² + d² × σL²), times the lead-time demand multiplier with an outlook, never below zero.</summary>
    public PlanFigure SafetyStock { get; }

    /// <summary>Expected demand during the lead time: d × L, or the sum of projected daily demand with an outlook.</summary>
    public PlanFigure LeadTimeDemand { get; }

    /// <summary>Reorder point: lead-time demand plus safety stock.</summary>
    public PlanFigure ReorderPoint { get; }

    /// <summary>Days the units on hand last at the current velocity, or null when velocity is zero.</summary>
    public PlanFigure? DaysOfCover { get; }

    /// <summary>Days on hand plus inbound last at the current velocity, or null when velocity is zero.</summary>
    public PlanFigure? DaysOfCoverWithInbound { get; }

    /// <summary>
    /// The first day demand cannot be met in full, counting inbound shipments on their sellable days (with an outlook, day by day with
    /// the projected demand, up to ten years); null when velocity is zero or stock lasts beyond that.
    /// </summary>
    public LocalDate? ProjectedStockOut { get; }

    /// <summary>How <see cref="ProjectedStockOut"/> was found (built on first read).</summary>
    public string StockOutExplanation => stockOutExplanation ??= explainStockOut(this);

    /// <summary>Units to order now to cover lead time plus review period plus safety stock (whole units, rounded up, never negative).</summary>
    public PlanFigure OrderQuantity { get; }

    /// <summary>The economic order quantity √(2 × annual demand × ordering cost ÷ annual holding cost), when the policy gives the costs.</summary>
    public PlanFigure? EconomicOrderQuantity { get; }

    /// <summary>The EOQ variant of the order: zero when nothing is needed, otherwise the larger of <see cref="OrderQuantity"/> and the EOQ rounded up.</summary>
    public PlanFigure? EconomicOrderQuantityToOrder { get; }

    /// <summary>
    /// With an outlook: the average demand multiplier over lead time plus review period (projected demand ÷ flat d × (L + R)), explaining the
    /// seasonality and the events that applied; null without an outlook.
    /// </summary>
    public PlanFigure? DemandMultiplier { get; }

    /// <summary>The event uplifts whose days fell inside lead time plus review period (empty without an outlook or events).</summary>
    public IReadOnlyList<AppliedEventUplift> EventsApplied { get; }

    /// <summary>Whether the inventory position (on hand + inbound) is at or below the reorder point.</summary>
    public bool ReorderNow => Stock.InventoryPosition <= ReorderPoint.Value;

    /// <summary>Every figure in a fixed order, for display.</summary>
    public IReadOnlyList<PlanFigure> Figures
    {
        get
        {
            var list = new List<PlanFigure> { Demand.Velocity, Demand.Variability };
            if (DemandMultiplier is not null)
            {
                list.Add(DemandMultiplier);
            }

            list.Add(SafetyStock);
            list.Add(LeadTimeDemand);
            list.Add(ReorderPoint);
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

    /// <summary>The projected daily demand the plan used.</summary>
    /// <summary>
    /// Days of cover against the projected demand rather than the flat velocity: the x for which Σ projected daily demand over the
    /// first x days from <see cref="Today"/> equals the units (the last day counted by its fraction). Equals <see cref="DaysOfCover"/>
    /// without an outlook; with one, a Black Friday inside the cover shortens it. Null when demand is zero or the units outlast ten years.
    /// </summary>
    /// <param name="includeInbound">Count inbound units as if on hand (inventory position) rather than on hand only.</param>
    /// <returns>The days of cover, or null.</returns>
    public decimal? ProjectedDaysOfCover(bool includeInbound = false)
    {
        decimal units = includeInbound ? Stock.InventoryPosition : Stock.OnHand;
        if (Curve.Level <= 0m)
        {
            return null;
        }

        if (Curve.IsFlat)
        {
            return units / Curve.Level;
        }

        LocalDate day = Today;
        for (int i = 0; i < 3653; i++, day = day.PlusDays(1))
        {
            decimal demand = Curve.On(day);
            if (demand >= units && demand > 0m)
            {
                return i + (units / demand);
            }

            units -= demand;
        }

        return null;
    }

    internal DemandCurve Curve { get; }

    /// <summary>Whether the day, inputs and figures are equal.</summary>
    /// <param name="other">The other plan.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RestockPlan? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Today == other.Today && Demand == other.Demand && LeadTime == other.LeadTime && Policy == other.Policy && ReferenceEquals(Outlook, other.Outlook) &&
         Stock.OnHand == other.Stock.OnHand && Stock.InboundUnits == other.Stock.InboundUnits && SafetyStock == other.SafetyStock &&
         LeadTimeDemand == other.LeadTimeDemand && ReorderPoint == other.ReorderPoint && ProjectedStockOut == other.ProjectedStockOut &&
         OrderQuantity == other.OrderQuantity && EconomicOrderQuantityToOrder == other.EconomicOrderQuantityToOrder && DemandMultiplier == other.DemandMultiplier));

    /// <summary>A hash of the day and the main figures.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Today, SafetyStock.Value, ReorderPoint.Value, OrderQuantity.Value, ProjectedStockOut);
}
