using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>
/// Every KPI on the hand-computed 20-row ledger of <see cref="WorkedLedger"/>. Expected values are worked out here independently, in
/// cents of USD; EUR rows are translated at 1.10 and rounded half to even per amount.
/// </summary>
[UseCulture("tr-TR")]
public class WorkedLedgerTests
{
    // Order lines (cents of USD after translation; EUR × 1.10):
    //  #  order sku qty  price  disc   tax   fees  COGS (MUG USD 4.00/unit; CUP EUR 2.50 → USD 2.75/unit)
    //  1  O1/1  MUG  2   4000      0   320    800   800
    //  2  O1/2  CUP  1   1500      0   120    300   275
    //  3  O2/1  MUG  1   2000    200   144    400   400
    //  4  O3/1  MUG  3   6000      0   480   1200  1200
    //  5  O4/1  MUG  1   2200      0   418    440   400   (EUR 20.00, 3.80, 4.00)
    //  6  O5/1  CUP  2   3300    330   564    660   550   (EUR 30.00, 3.00, 5.13 → 5.643 → 5.64 half-even, 6.00; 2×2.50=EUR 5.00 → 5.50)
    //  7  O6/1  CUP  1   1500      0   120    300   275   (31 March in New York)
    //  8  O7/1  MUG  1   2200      0   418    440   400   (1 March in Berlin)
    // Σ          12  22700    530  2584   4540  4300 ; 8 lines, 7 orders (line 1 of O1…O7)
    private const long ItemPrice = 4000 + 1500 + 2000 + 6000 + 2200 + 3300 + 1500 + 2200; // 22700
    private const long Discount = 200 + 330;                                               // 530
    private const long Tax = 320 + 120 + 144 + 480 + 418 + 564 + 120 + 418;                // 2584
    private const long LineFees = 800 + 300 + 400 + 1200 + 440 + 660 + 300 + 440;         // 4540
    private const long CogsOrdered = 800 + 275 + 400 + 1200 + 400 + 550 + 275 + 400;       // 4300

    // Refunds: O3 USD 20.00 + 1.60 tax, 1 unit, not resellable; O5 EUR 13.50 → 1485, tax EUR 2.56 → 2.816 → 282, 1 unit resellable
    // (its cost EUR 2.50 → 275 goes back).
    private const long Refunded = 2000 + 1485;   // 3485
    private const long CogsReturned = 275;

    // Fixed costs: storage 1000 + subscription 3999. Ads: spend 5000 + 2000 + EUR 10.00 → 1100; attributed sales 20000 + 6000 + 0.
    private const long FixedCosts = 1000 + 3999; // 4999
    private const long AdSpend = 5000 + 2000 + 1100; // 8100
    private const long AdSales = 20000 + 6000;       // 26000

    private const long NetRevenue = ItemPrice - Discount - Refunded;          // 18685
    private const long Cogs = CogsOrdered - CogsReturned;                      // 4025
    private const long GrossProfit = NetRevenue - Cogs;                        // 14660
    private const long Contribution = GrossProfit - LineFees - AdSpend;        // 2020
    private const long NetProfit = Contribution - FixedCosts;                  // -2979

    private static readonly WorkedLedger Ledger = new();

    private static KpiValues Whole() => KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1).Total.Kpis;

    private static Money Usd(long cents) => Money.FromMinorUnits(cents, Currency.USD);

    private static decimal Ratio(long a, long b) => (decimal)a / b;

    [Fact]
    public void Reads_all_twenty_rows_and_rejects_none()
    {
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1);
        Assert.Equal(20, report.RowsRead);
        Assert.Equal(0, report.Rejections.Total);
        Assert.Equal(0, report.Total.UnitsWithoutCost);
    }

    [Fact]
    public void Sales_kpis()
    {
        KpiValues k = Whole();
        Assert.Equal(Usd(ItemPrice + Tax), k.GrossRevenue);     // 227.00 + 25.84 = 252.84
        Assert.Equal(Usd(NetRevenue), k.NetRevenue);            // 227.00 − 5.30 − 34.85 = 186.85
        Assert.Equal(7, k.Orders);
        Assert.Equal(12, k.Units);
        Assert.Equal(Usd(ItemPrice - Discount) / 7, k.AverageOrderValue); // 221.70 / 7
        Assert.Equal(Ratio(7, 400), k.ConversionRate!.Value.Fraction);   // 7 orders / 400 sessions = 1.75 %
        Assert.Equal(Ratio(12, 400), k.UnitSessionPercentage!.Value.Fraction);
        Assert.Equal(Usd(2584), k.Totals.Tax);
        Assert.Equal(Usd(442), k.Totals.RefundedTax);            // 1.60 + 2.82
    }

    [Fact]
    public void Profit_kpis()
    {
        KpiValues k = Whole();
        Assert.Equal(Usd(Cogs), k.Totals.CostOfGoodsSold);       // 43.00 − 2.75 = 40.25
        Assert.Equal(Usd(GrossProfit), k.Totals.GrossProfit);   // 146.60
        Assert.Equal(Usd(Contribution), k.Totals.Contribution); // 146.60 − 45.40 − 81.00 = 20.20
        Assert.Equal(Usd(NetProfit), k.NetProfit);              // 20.20 − 49.99 = −29.79
        Assert.Equal(Ratio(GrossProfit, NetRevenue), k.GrossMargin!.Value.Fraction);
        Assert.Equal(Ratio(Contribution, NetRevenue), k.ContributionMargin!.Value.Fraction);
        Assert.Equal(Ratio(NetProfit, NetRevenue), k.NetMargin!.Value.Fraction);
        Assert.Equal(Ratio(NetProfit, Cogs), k.ReturnOnInvestment!.Value.Fraction);
    }

    [Fact]
    public void Advertising_kpis()
    {
        KpiValues k = Whole();
        Assert.Equal(Usd(AdSpend), k.AdSpend);                              // 81.00
        Assert.Equal(Ratio(AdSales, AdSpend), k.Roas);                       // 260 / 81 = 3.2099
        Assert.Equal(Ratio(AdSpend, AdSales), k.Acos!.Value.Fraction);       // 81 / 260 = 31.15 %
        Assert.Equal(Ratio(AdSpend, ItemPrice - Discount), k.Tacos!.Value.Fraction); // 81 / 221.70
        Assert.Equal(Usd(54), k.CostPerClick);                               // 81.00 / 150 clicks = 0.54
        Assert.Equal(Ratio(150, 17_000), k.ClickThroughRate!.Value.Fraction);
        Assert.Equal(Ratio(7, 150), k.AdConversionRate!.Value.Fraction);
        Assert.Equal(Ratio(GrossProfit - LineFees, NetRevenue), k.BreakEvenAcos!.Value.Fraction); // 101.20 / 186.85 = 54.16 %

        // Bid for a 20 % target ACoS: 0.20 × (7 / 150) × (260.00 / 7) = 0.20 × 260 / 150 = 0.3466…
        Money bid = k.SuggestBid(Percentage.FromPercent(20m))!.Value;
        Assert.Equal(0.35m, bid.Round().Amount);
        Assert.True(Math.Abs(bid.Amount - (0.20m * 260m / 150m)) < 1e-20m);
    }

    [Fact]
    public void Health_kpis()
    {
        KpiValues k = Whole();
        Assert.Equal(Ratio(2, 12), k.ReturnRate!.Value.Fraction);          // 2 units returned / 12 ordered
        Assert.Equal(0.5m, k.PositiveReviewRate!.Value.Fraction);          // one 5★, one 2★
        Assert.Equal(3.5m, k.AverageRating);                               // (5 + 2) / 2
        Assert.Equal(31, k.Totals.InventoryDays);                          // 1 → 31 March
        Assert.Equal(Ratio(180, 31), k.AverageInventoryUnits);             // (100 + 80) / 31
        Assert.Equal(Usd(72_000) / 31, k.AverageInventoryCost);            // (400.00 + 320.00) / 31
        Assert.Equal(Cogs / (72_000m / 31), k.InventoryTurnover);          // 40.25 / 23.2258
        Assert.Equal(72_000m / Cogs, k.DaysOfInventory);                   // 31 / turnover = 17.89 days
        Assert.Equal(12m / (180m / 31), k.SellThroughRate!.Value.Fraction); // 12 / 5.806 = 206.7 %
        Assert.Equal(1m, k.InStockRate!.Value.Fraction);
    }

    [Fact]
    public void Grouping_by_marketplace_splits_the_ledger_and_the_parts_add_up()
    {
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Marketplace), Ledger.Data, 2);
        Assert.Equal(2, report.Groups.Count);
        KpiGroup de = report.Groups.Single(g => g.Key.Marketplace == "amazon-de");
        // amazon-de: O4, O5, O7 → 2200 + 3300 + 2200 = 7700 item price, 330 discount, 1485 refunded.
        Assert.Equal(Usd(7700 - 330 - 1485), de.Totals.NetRevenue);
        Assert.Equal(3, de.Totals.Orders);
        Assert.Equal(Usd(1100), de.Totals.AdSpend);
        Assert.Equal(KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1).Total, report.Total);
    }

    [Fact]
    public void Grouping_by_sku_counts_an_order_per_sku()
    {
        KpiReport report = KpiEngine.Aggregate(Ledger.Query(KpiDimensions.Sku), Ledger.Data, 1);
        // O1 has a MUG line and a CUP line: it counts once for each SKU. MUG: O1, O2, O3, O4, O7; CUP: O1, O5, O6.
        Assert.Equal(5, report.Groups.Single(g => g.Key.Sku == "MUG").Totals.Orders);
        Assert.Equal(3, report.Groups.Single(g => g.Key.Sku == "CUP").Totals.Orders);
        // The campaign-level brand ad has no SKU: its own group.
        Assert.Equal(Usd(1100), report.Groups.Single(g => g.Key.Sku is null).Totals.AdSpend);
    }

    [Fact]
    public void Periods_follow_the_marketplace_time_zone()
    {
        var query = Ledger.Query(KpiDimensions.Marketplace, PeriodGrouping.Day);
        KpiReport report = KpiEngine.Aggregate(query, Ledger.Data, 1);
        KpiGroup lastUsDay = report.Groups.Single(g => g.Key.Marketplace == "amazon-us" && g.Key.Period!.Start == WorkedLedger.March.End);
        Assert.Equal(1, lastUsDay.Totals.Orders); // O6: 2026-04-01 02:00 UTC = 31 March 22:00 EDT
        KpiGroup firstDeDay = report.Groups.Single(g => g.Key.Marketplace == "amazon-de" && g.Key.Period!.Start == WorkedLedger.March.Start);
        Assert.Equal(1, firstDeDay.Totals.Orders); // O7: 28 Feb 23:30 UTC = 1 March 00:30 CET
    }

    [Fact]
    public void Iso_weeks_and_custom_ranges()
    {
        KpiReport weeks = KpiEngine.Aggregate(Ledger.Query(period: PeriodGrouping.IsoWeek), Ledger.Data, 1);
        // 1 March 2026 is a Sunday: the first ISO week is clipped to one day; weeks start on Mondays after it.
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 1), weeks.Groups[0].Key.Period!.End);
        Assert.All(weeks.Groups.Skip(1), g => Assert.Equal(NodaTime.IsoDayOfWeek.Monday, g.Key.Period!.Start.DayOfWeek));

        var firstHalf = new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 3, 1), new NodaTime.LocalDate(2026, 3, 15));
        KpiReport custom = KpiEngine.Aggregate(Ledger.Query(period: PeriodGrouping.Custom(new[] { firstHalf })), Ledger.Data, 1);
        Assert.Single(custom.Groups);
        Assert.Equal(6, custom.Total.Orders); // O1–O5, O7; O6 (31 March) falls in no range…
        Assert.True(custom.Rejections.Count(RejectionReason.OutsideRange) > 0); // …and is counted, not dropped.
    }
}
