using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The KPIs of one group of ledger rows, each computed from its <see cref="LedgerTotals"/> by the definition written next to it
/// (and in <c>docs/kpis.md</c>). A ratio whose denominator is zero is <see langword="null"/> (undefined), never a silent zero.
/// </summary>
/// <remarks>
/// Amounts are not rounded: round where you display or book them. Ratios are exact decimal divisions (28 significant digits).
/// Immutable and thread-safe.
/// </remarks>
public sealed class KpiValues
{
    internal KpiValues(LedgerTotals totals) => Totals = totals;

    /// <summary>The totals the KPIs are computed from.</summary>
    public LedgerTotals Totals { get; }

    // ---- Sales ----

    /// <summary>Gross revenue = Σ item price + Σ tax (before discounts and refunds).</summary>
    public Money GrossRevenue => Totals.GrossRevenue;

    /// <summary>Net revenue = Σ item price − Σ discounts − Σ refunded item price (all excluding tax).</summary>
    public Money NetRevenue => Totals.NetRevenue;

    /// <summary>Orders.</summary>
    public long Orders => Totals.Orders;

    /// <summary>Units ordered.</summary>
    public long Units => Totals.Units;

    /// <summary>Average order value = (Σ item price − Σ discounts) / orders, excluding tax; null without orders.</summary>
    public Money? AverageOrderValue => Totals.Orders == 0 ? null : Totals.Sales / Totals.Orders;

    /// <summary>Conversion rate = orders / sessions; null without sessions.</summary>
    public Percentage? ConversionRate => Ratio(Totals.Orders, Totals.Sessions);

    /// <summary>Unit session percentage (Amazon Business Reports) = units / sessions; null without sessions.</summary>
    public Percentage? UnitSessionPercentage => Ratio(Totals.Units, Totals.Sessions);

    // ---- Profit ----

    /// <summary>Gross margin = gross profit / net revenue, where gross profit = net revenue − cost of goods sold.</summary>
    public Percentage? GrossMargin => Ratio(Totals.GrossProfitMinor, Totals.NetRevenueMinor);

    /// <summary>Contribution margin = (gross profit − variable fees − ad spend) / net revenue.</summary>
    public Percentage? ContributionMargin => Ratio(Totals.ContributionMinor, Totals.NetRevenueMinor);

    /// <summary>Net profit = contribution − fixed costs.</summary>
    public Money NetProfit => Totals.NetProfit;

    /// <summary>Net margin = net profit / net revenue.</summary>
    public Percentage? NetMargin => Ratio(Totals.ContributionMinor - Totals.Sums.FixedCosts, Totals.NetRevenueMinor);

    /// <summary>Return on investment = net profit / cost of goods sold (the denominator most dashboards use); null when cost of goods is zero.</summary>
    public Percentage? ReturnOnInvestment => Ratio(Totals.ContributionMinor - Totals.Sums.FixedCosts, Totals.CogsMinor);

    // ---- Advertising ----

    /// <summary>Advertising spend.</summary>
    public Money AdSpend => Totals.AdSpend;

    /// <summary>ROAS = attributed sales / ad spend (a multiple, not a percentage); null without spend.</summary>
    public decimal? Roas => Totals.Sums.AdSpend == 0 ? null : (decimal)Totals.Sums.AdSales / Totals.Sums.AdSpend;

    /// <summary>ACoS = ad spend / attributed sales = 1 / ROAS; null without attributed sales.</summary>
    public Percentage? Acos => Ratio(Totals.Sums.AdSpend, Totals.Sums.AdSales);

    /// <summary>TACoS = ad spend / total sales (item price − discounts, excluding tax); null without sales.</summary>
    public Percentage? Tacos => Ratio(Totals.Sums.AdSpend, (decimal)Totals.Sums.ItemPrice - Totals.Sums.Discount);

    /// <summary>Cost per click = ad spend / clicks; null without clicks.</summary>
    public Money? CostPerClick => Totals.Clicks == 0 ? null : Totals.AdSpend / Totals.Clicks;

    /// <summary>Click-through rate = clicks / impressions; null without impressions.</summary>
    public Percentage? ClickThroughRate => Ratio(Totals.Clicks, Totals.Impressions);

    /// <summary>Ad conversion rate = attributed orders / clicks; null without clicks.</summary>
    public Percentage? AdConversionRate => Ratio(Totals.AdOrders, Totals.Clicks);

    /// <summary>
    /// Break-even ACoS = pre-advertising margin = (gross profit − variable fees) / net revenue: the ACoS at which advertising
    /// consumes the whole margin. Null without net revenue.
    /// </summary>
    public Percentage? BreakEvenAcos => Ratio(Totals.GrossProfitMinor - Totals.Sums.Fees, Totals.NetRevenueMinor);

    /// <summary>
    /// A cost-per-click bid that would reach <paramref name="targetAcos"/> at the observed ad conversion rate and attributed order value:
    /// bid = target ACoS × (attributed orders / clicks) × (attributed sales / attributed orders). Null without clicks or attributed orders.
    /// </summary>
    /// <param name="targetAcos">The ACoS aimed at, greater than zero (often break-even ACoS minus the margin to keep).</param>
    /// <returns>The bid, not rounded (round to the ad platform's bid increment).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetAcos"/> is zero or negative.</exception>
    public Money? SuggestBid(Percentage targetAcos)
    {
        Preconditions.CheckPositive(targetAcos.Fraction, nameof(targetAcos));
        if (Totals.Clicks == 0 || Totals.AdOrders == 0)
        {
            return null;
        }

        decimal cvr = (decimal)Totals.AdOrders / Totals.Clicks;
        Money aov = Totals.AdSales / Totals.AdOrders;
        return aov * (targetAcos.Fraction * cvr);
    }

    // ---- Health ----

    /// <summary>Return rate = units returned / units ordered; null without units.</summary>
    public Percentage? ReturnRate => Ratio(Totals.ReturnedUnits, Totals.Units);

    /// <summary>Positive review rate = reviews with 4–5 stars / reviews; null without reviews.</summary>
    public Percentage? PositiveReviewRate => Ratio(Totals.PositiveReviews, Totals.Reviews);

    /// <summary>Average rating = Σ stars / reviews; null without reviews.</summary>
    public decimal? AverageRating => Totals.Reviews == 0 ? null : (decimal)Totals.RatingSum / Totals.Reviews;

    /// <summary>Average units on hand = Σ snapshot units / days from first to last snapshot; null without snapshots.</summary>
    public decimal? AverageInventoryUnits => Totals.InventoryDays == 0 ? null : (decimal)Totals.InventoryUnitDays / Totals.InventoryDays;

    /// <summary>Average inventory at cost = Σ snapshot cost / days from first to last snapshot; null without snapshots.</summary>
    public Money? AverageInventoryCost => Totals.InventoryDays == 0 ? null : Totals.InventoryCostDays / Totals.InventoryDays;

    /// <summary>Inventory turnover = cost of goods sold / average inventory at cost (for the group's period); null without inventory cost.</summary>
    public decimal? InventoryTurnover => Totals.Sums.InventoryCost == 0 || Totals.InventoryDays == 0
        ? null
        : Totals.CogsMinor / ((decimal)Totals.Sums.InventoryCost / Totals.InventoryDays);

    /// <summary>Days of inventory = snapshot days / turnover = average inventory at cost × days / cost of goods sold; null without cost of goods.</summary>
    public decimal? DaysOfInventory => Totals.CogsMinor == 0 || Totals.InventoryDays == 0
        ? null
        : (decimal)Totals.Sums.InventoryCost / Totals.CogsMinor;

    /// <summary>Sell-through rate (Amazon FBA style) = units ordered / average units on hand; can exceed 100%; null without inventory.</summary>
    public Percentage? SellThroughRate => AverageInventoryUnits is { } average && average != 0m ? Percentage.FromFraction(Totals.Units / average) : null;

    /// <summary>
    /// Days of cover = average units on hand / average units ordered per day over the snapshot days = Σ snapshot units / units ordered;
    /// null without snapshots or without units ordered. Compare it with the replenishment lead time.
    /// </summary>
    public decimal? DaysOfCover => Totals.InventoryDays == 0 || Totals.Units == 0 ? null : (decimal)Totals.InventoryUnitDays / Totals.Units;

    /// <summary>In-stock rate = snapshots with units on hand / snapshots (share of SKU-days in stock); null without snapshots.</summary>
    public Percentage? InStockRate => Ratio(Totals.InStockSnapshots, Totals.InventorySnapshots);

    private static Percentage? Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Percentage.FromFraction(numerator / denominator);
}
