using System;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.Kpis;
using NodaTime.Text;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Writes a <see cref="KpiReport"/> as RFC 4180 CSV: one row per group (in the report's deterministic order), the group key, the
/// exact sums and the KPIs derived from them. Fixed column order, invariant culture, money as amounts in the report's
/// <c>currency</c>; the output is the same bytes under any culture.
/// </summary>
/// <remarks>
/// Key columns the query does not group by are empty. A KPI whose denominator is zero is an empty cell, never 0. Percentages are
/// fractions (0.25 = 25 %). The sums let a reader re-derive or re-merge every KPI (sums add; ratios of sums never average).
/// Pass <c>includeTotal: true</c> to append a last row with <c>total</c> in the <c>row</c> column.
/// </remarks>
public static class KpiReportCsv
{
    /// <summary>The header line, in column order.</summary>
    public const string Header =
        "row,marketplace,market,sku,campaign,channel,period_start,period_end,currency,"
        + "order_lines,orders,units,item_price,discounts,tax,variable_fees,fixed_costs,cost_of_goods_sold,units_without_cost,"
        + "refunds,returned_units,refunded,ad_spend,ad_sales,ad_orders,impressions,clicks,sessions,"
        + "gross_revenue,net_revenue,sales,gross_profit,contribution,net_profit,gross_margin,contribution_margin,net_margin,"
        + "average_order_value,acos,roas,tacos,break_even_acos,return_rate,conversion_rate";

    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="includeTotal">Whether to append the report's total as a last row.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(System.IO.TextWriter writer, KpiReport report, bool includeTotal = false)
    {
        Guard.NotNull(report, nameof(report));

        using var csv = new CsvOutput(writer);
        csv.Header(Header);
        string currency = report.ReportingCurrency.Code;
        foreach (KpiGroup group in report.Groups)
        {
            KpiGroupKey key = group.Key;
            csv.Field("group").Field(key.Marketplace?.ToString()).Field(key.Market?.ToString()).Field(key.Sku).Field(key.Campaign)
                .Field(key.Channel is { } channel ? EnumText.Kebab(channel) : null)
                .Field(key.Period is { } p ? LocalDatePattern.Iso.Format(p.Start) : null)
                .Field(key.Period is { } q ? LocalDatePattern.Iso.Format(q.End) : null);
            Values(csv, currency, group.Totals);
        }

        if (includeTotal)
        {
            csv.Field("total").Field(string.Empty).Field(string.Empty).Field(string.Empty).Field(string.Empty).Field(string.Empty).Field(string.Empty).Field(string.Empty);
            Values(csv, currency, report.Total);
        }
    }

    private static void Values(CsvOutput csv, string currency, LedgerTotals t)
    {
        KpiValues k = t.Kpis;
        csv.Field(currency)
            .Field(t.OrderLines).Field(t.Orders).Field(t.Units).Amount(t.ItemPrice).Amount(t.Discounts).Amount(t.Tax).Amount(t.VariableFees)
            .Amount(t.FixedCosts).Amount(t.CostOfGoodsSold).Field(t.UnitsWithoutCost)
            .Field(t.Refunds).Field(t.ReturnedUnits).Amount(t.Refunded).Amount(t.AdSpend).Amount(t.AdSales).Field(t.AdOrders)
            .Field(t.Impressions).Field(t.Clicks).Field(t.Sessions)
            .Amount(t.GrossRevenue).Amount(t.NetRevenue).Amount(t.Sales).Amount(t.GrossProfit).Amount(t.Contribution).Amount(t.NetProfit)
            .Field(k.GrossMargin).Field(k.ContributionMargin).Field(k.NetMargin)
            .Amount(k.AverageOrderValue).Field(k.Acos).Field(k.Roas).Field(k.Tacos).Field(k.BreakEvenAcos).Field(k.ReturnRate).Field(k.ConversionRate);
        csv.EndRow();
    }
}
