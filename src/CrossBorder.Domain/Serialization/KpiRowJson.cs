using System.Text.Json.Serialization;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of one row of a KPI table: a <see cref="KpiGroup"/>'s key, its ledger totals and the KPIs derived from them
/// (<see cref="KpiValues"/>). A KPI that is undefined for the row (a ratio over zero) is <c>null</c>; ratios that are not
/// percentages (ROAS, average rating, turnover, days) are exact decimals written as strings.
/// </summary>
/// <param name="Key">The group's key; every part null for the report's total row.</param>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="OrderLines">Order lines counted.</param>
/// <param name="Orders">Distinct orders.</param>
/// <param name="Units">Units ordered.</param>
/// <param name="GrossRevenue">Item price plus tax.</param>
/// <param name="Sales">Item price minus discounts.</param>
/// <param name="NetRevenue">Sales minus refunds.</param>
/// <param name="CostOfGoodsSold">Cost of goods ordered minus cost of goods returned.</param>
/// <param name="GrossProfit">Net revenue minus cost of goods sold.</param>
/// <param name="VariableFees">Referral, fulfilment and other variable fees.</param>
/// <param name="AdSpend">Advertising spend.</param>
/// <param name="AdSales">Sales attributed to advertising.</param>
/// <param name="Contribution">Gross profit minus variable fees and advertising.</param>
/// <param name="FixedCosts">Fixed costs (subscriptions, storage…).</param>
/// <param name="NetProfit">Contribution minus fixed costs.</param>
/// <param name="Refunds">Refunds counted.</param>
/// <param name="ReturnedUnits">Units returned.</param>
/// <param name="Sessions">Sessions (traffic).</param>
/// <param name="Impressions">Advertising impressions.</param>
/// <param name="Clicks">Advertising clicks.</param>
/// <param name="AverageOrderValue">Sales per order.</param>
/// <param name="ConversionRate">Orders per session.</param>
/// <param name="GrossMargin">Gross profit over net revenue.</param>
/// <param name="ContributionMargin">Contribution over net revenue.</param>
/// <param name="NetMargin">Net profit over net revenue.</param>
/// <param name="ReturnOnInvestment">Net profit over cost of goods sold.</param>
/// <param name="Acos">Advertising cost of sale.</param>
/// <param name="Tacos">Advertising spend over total sales.</param>
/// <param name="Roas">Return on advertising spend (attributed sales per unit of spend).</param>
/// <param name="CostPerClick">Spend per click.</param>
/// <param name="ClickThroughRate">Clicks per impression.</param>
/// <param name="BreakEvenAcos">The ACoS at which advertising breaks even.</param>
/// <param name="ReturnRate">Units returned over units ordered.</param>
/// <param name="AverageRating">Average review rating.</param>
/// <param name="InventoryTurnover">Inventory turnover as <see cref="KpiValues.InventoryTurnover"/> defines it.</param>
/// <param name="DaysOfInventory">Days of inventory as <see cref="KpiValues.DaysOfInventory"/> defines it.</param>
/// <param name="InStockRate">Share of inventory snapshots in stock.</param>
public sealed record KpiRowJson(
    KpiGroupKeyJson Key,
    Currency Currency,
    long OrderLines,
    long Orders,
    long Units,
    Money GrossRevenue,
    Money Sales,
    Money NetRevenue,
    Money CostOfGoodsSold,
    Money GrossProfit,
    Money VariableFees,
    Money AdSpend,
    Money AdSales,
    Money Contribution,
    Money FixedCosts,
    Money NetProfit,
    long Refunds,
    long ReturnedUnits,
    long Sessions,
    long Impressions,
    long Clicks,
    Money? AverageOrderValue,
    Percentage? ConversionRate,
    Percentage? GrossMargin,
    Percentage? ContributionMargin,
    Percentage? NetMargin,
    Percentage? ReturnOnInvestment,
    Percentage? Acos,
    Percentage? Tacos,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] decimal? Roas,
    Money? CostPerClick,
    Percentage? ClickThroughRate,
    Percentage? BreakEvenAcos,
    Percentage? ReturnRate,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] decimal? AverageRating,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] decimal? InventoryTurnover,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] decimal? DaysOfInventory,
    Percentage? InStockRate)
{
    /// <summary>The row for <paramref name="key"/> and <paramref name="totals"/>.</summary>
    /// <param name="key">The group's key (default for a total row).</param>
    /// <param name="totals">The group's totals.</param>
    /// <returns>The row.</returns>
    public static KpiRowJson From(KpiGroupKey key, LedgerTotals totals)
    {
        LedgerTotals t = totals;
        KpiValues k = t.Kpis;
        return new KpiRowJson(
            KpiGroupKeyJson.From(key), t.Currency, t.OrderLines, t.Orders, t.Units, t.GrossRevenue, t.Sales, t.NetRevenue, t.CostOfGoodsSold, t.GrossProfit, t.VariableFees, t.AdSpend, t.AdSales, t.Contribution, t.FixedCosts, t.NetProfit,
            t.Refunds, t.ReturnedUnits, t.Sessions, t.Impressions, t.Clicks,
            k.AverageOrderValue, k.ConversionRate, k.GrossMargin, k.ContributionMargin, k.NetMargin, k.ReturnOnInvestment, k.Acos, k.Tacos, k.Roas, k.CostPerClick, k.ClickThroughRate, k.BreakEvenAcos, k.ReturnRate, k.AverageRating, k.InventoryTurnover, k.DaysOfInventory, k.InStockRate);
    }
}
