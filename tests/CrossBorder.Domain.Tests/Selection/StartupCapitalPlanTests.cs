using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Selection;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Selection;

/// <summary>
/// The issue-10 worked example: two SKUs launched on 2026-01-01 for three months (90 days: Jan 31 + Feb 28 + Mar 31), once as
/// dropshipping and once as brand stocking, every figure computed by hand in the comments.
/// </summary>
public class StartupCapitalPlanTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    // Payout: settlements every 14 days from 2026-01-01 (day 0), i.e. on days 14, 28, 42, 56, 70, 84 (Jan 15, Jan 29, Feb 12,
    // Feb 26, Mar 12, Mar 26); a sale on day t is paid at the first settlement on or after t + delivery + 7.
    internal static LaunchCase TwoSkus(int months = 3) => new(
        Start,
        months,
        new[]
        {
            // A: 30.00 net of VAT, 5.00 referral; 50 sessions/day. Dropship 14.00 delivered; stocked: 6.00 + 2.00 freight + 1.00 duty, 4.00 FBA.
            new LaunchSku(Sku.Parse("A"), Usd(30m), Usd(5m), 50m) { DropshipCostPerUnit = Usd(14m), PurchaseCostPerUnit = Usd(6m), FreightPerUnit = Usd(2m), DutiesPerUnit = Usd(1m), FulfilmentPerUnit = Usd(4m) },
            // B: 20.00, 3.00 referral; 25 sessions/day. Dropship 10.00; stocked: 4.00 + 1.00 freight + 0.50 duty, 3.00 FBA.
            new LaunchSku(Sku.Parse("B"), Usd(20m), Usd(3m), 25m) { DropshipCostPerUnit = Usd(10m), PurchaseCostPerUnit = Usd(4m), FreightPerUnit = Usd(1m), DutiesPerUnit = Usd(0.5m), FulfilmentPerUnit = Usd(3m) },
        },
        new PayoutSchedule(14, 7, "fortnightly settlement, delivery + 7 days reserve"))
    {
        AdvertisingCostPerSale = Usd(3m),
        FixedCostsPerMonth = Usd(100m),
    };

    internal static DropshippingModel Dropship() => new(Percentage.FromPercent(4), deliveryDays: 10);

    internal static BrandStockingModel Brand(int certificateDays = 30, string launchAdsCurrency = "USD") => new(Percentage.FromPercent(8), deliveryDays: 2, productionDays: 20, transitDays: 25, orderCoverDays: 30)
    {
        DepositShare = Percentage.FromPercent(30),
        Certifications = new[] { new CertificationEstimate(CertificateType.Parse("FCC-SDOC"), Usd(500m), certificateDays, "lab quote (test figure)") },
        LaunchAdvertisingPerMonth = Money.Of(300m, launchAdsCurrency),
        LaunchAdvertisingMonths = 2,
    };

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void Dropshipping_two_skus_hand_computed_table()
    {
        // Conversion 4 %: A 50 × 4 % = 2 units/day, B 25 × 4 % = 1 unit/day, from day 0 (no certificate, no stock to wait for).
        // Per day of sales: supplier 2 × 14 + 1 × 10 = 38, advertising 3 units × 3 = 9 → 47 out on the sale day;
        // settled later: gross 2 × 30 + 1 × 20 = 80, fees withheld 2 × 5 + 1 × 3 = 13 → 67 net.
        // Delivery 10 + reserve 7 = 17: days 0–11 are paid on day 28, 12–25 on 42, 26–39 on 56, 40–53 on 70, 54–67 on 84,
        // 68–81 on 98 and 82–89 on 112 (both after the horizon).
        CapitalPlan plan = StartupCapitalPlanner.Plan(TwoSkus(), Dropship());
        Assert.Equal(Start, plan.LaunchDate);
        Assert.Equal(3, plan.Months.Count);

        // January (31 days): in 12 × 80 = 960; out supplier 31 × 38 = 1178, advertising 31 × 9 = 279, fees 12 × 13 = 156, fixed 100
        // = 1713; closing 0 + 960 − 1713 = −753.
        AssertMonth(plan.Months[0], opening: 0m, inflows: 960m, outflows: 1713m, closing: -753m, units: 93m);
        Assert.Equal(Usd(1178m), plan.Months[0].Amount(CashFlowCategory.SupplierOrders));
        Assert.Equal(Usd(279m), plan.Months[0].Amount(CashFlowCategory.Advertising));
        Assert.Equal(Usd(156m), plan.Months[0].Amount(CashFlowCategory.MarketplaceFees));
        Assert.Equal(Usd(100m), plan.Months[0].Amount(CashFlowCategory.FixedCosts));

        // February (28 days): settlements on days 42 and 56, 14 sale days each: in 28 × 80 = 2240; out 28 × 38 = 1064 + 28 × 9 = 252
        // + 28 × 13 = 364 + 100 = 1780; closing −753 + 460 = −293.
        AssertMonth(plan.Months[1], opening: -753m, inflows: 2240m, outflows: 1780m, closing: -293m, units: 84m);

        // March (31 days): settlements on days 70 and 84: in 2240; out 1178 + 279 + 364 + 100 = 1921; closing −293 + 319 = 26.
        AssertMonth(plan.Months[2], opening: -293m, inflows: 2240m, outflows: 1921m, closing: 26m, units: 93m);

        // Lowest end-of-day balance: day 27 (Jan 28), before the first settlement: −100 − 28 × 47 = −1416.
        Assert.Equal(Usd(1416m), plan.PeakCashRequirement);
        Assert.Equal(new LocalDate(2026, 1, 28), plan.PeakDate);
        Assert.Equal(new YearMonth(2026, 3), plan.BreakEvenMonth);

        // CCC: no inventory, supplier paid on the sale day; days receivable = mean of (settlement − sale day) over the 90 sale days
        // (3 units each): days 0–11 → 28 − t, sum 270; five blocks of 14 days at 17–30, sum 329 each = 1645; days 82–89 → 112 − t,
        // sum 212; (270 + 1645 + 212) / 90 = 2127 / 90 = 23.633…
        CashConversionCycle ccc = plan.CashConversionCycle!;
        Assert.Equal(0m, ccc.DaysInventory);
        Assert.Equal(0m, ccc.DaysPayable);
        Assert.Equal(23.6333m, Math.Round(ccc.DaysReceivable, 4));
        Assert.Equal(ccc.DaysReceivable, ccc.Days);
        Assert.Equal(270m, plan.UnitsSold);
    }

    [Fact]
    public void Brand_stocking_two_skus_hand_computed_table()
    {
        // Conversion 8 %: A 4 units/day, B 2 units/day. Lead time 20 production + 25 transit = 45 days ≥ certificate 30 days, so sales
        // start on day 45 (Feb 15). Orders cover 30 days: A 4 × 30 = 120 units, B 2 × 30 = 60 units; order k is placed on day 30k,
        // ships on 30k + 20 and arrives on 30k + 45 (orders on days 0, 30, 60; day 90 is past the horizon).
        // Per order: purchase 120 × 6 + 60 × 4 = 960: deposit 30 % = 288 when ordered, balance 672 when shipped; freight
        // 120 × 2 + 60 × 1 = 300 when shipped; duties 120 × 1 + 60 × 0.5 = 150 on arrival.
        // Per sale day: gross 4 × 30 + 2 × 20 = 160, withheld fees 4 × 5 + 2 × 3 = 26 and FBA 4 × 4 + 2 × 3 = 22 → 112 net;
        // advertising 6 × 3 = 18 on the sale day. Delivery 2 + reserve 7 = 9: days 45–47 are paid on day 56, 48–61 on 70,
        // 62–75 on 84, 76–89 on 98 (after the horizon).
        CapitalPlan plan = StartupCapitalPlanner.Plan(TwoSkus(), Brand());
        Assert.Equal(new LocalDate(2026, 2, 15), plan.LaunchDate);

        // January: certificate 500 + fixed 100 + deposit 288 (day 0) + balance 672 and freight 300 (day 20) + deposit 288 (day 30)
        // = 2148; nothing sold.
        AssertMonth(plan.Months[0], opening: 0m, inflows: 0m, outflows: 2148m, closing: -2148m, units: 0m);
        Assert.Equal(Usd(500m), plan.Months[0].Amount(CashFlowCategory.Certifications));
        Assert.Equal(Usd(288m + 672m + 288m), plan.Months[0].Amount(CashFlowCategory.InventoryPurchase)); // order 1 deposit and balance, order 2 deposit
        Assert.Equal(Usd(300m), plan.Months[0].Amount(CashFlowCategory.Freight));

        // February: fixed 100 (day 31); duties 150 and launch advertising 300 (day 45); balance 672 + freight 300 (day 50);
        // advertising 14 days × 18 = 252; settlement on day 56 of 3 sale days: in 3 × 160 = 480, withheld 3 × 48 = 144
        // (fees 78, FBA 66). Out 100 + 150 + 300 + 972 + 252 + 144 = 1918; closing −2148 + 480 − 1918 = −3586.
        AssertMonth(plan.Months[1], opening: -2148m, inflows: 480m, outflows: 1918m, closing: -3586m, units: 84m);
        Assert.Equal(Usd(78m), plan.Months[1].Amount(CashFlowCategory.MarketplaceFees));
        Assert.Equal(Usd(66m), plan.Months[1].Amount(CashFlowCategory.FulfilmentFees));

        // March: fixed 100 (day 59); deposit 288 (day 60); launch advertising 300 (day 73, Mar 15); duties 150 (day 75); balance 672 +
        // freight 300 (day 80); advertising 31 × 18 = 558; settlements on days 70 and 84 of 14 sale days each: in 2 × 14 × 160 = 4480,
        // withheld 2 × 14 × 48 = 1344. Out 100 + 288 + 300 + 150 + 972 + 558 + 1344 = 3712; closing −3586 + 4480 − 3712 = −2818.
        AssertMonth(plan.Months[2], opening: -3586m, inflows: 4480m, outflows: 3712m, closing: -2818m, units: 186m);

        // Lowest point: day 83 (Mar 25), the day before the settlement of day 84, after the third order shipped on day 80:
        // −2728 after day 84's settlement, i.e. −2818 + 5 × 18 = −2728 = −4278 + 1568 − 18 → −4278 on day 83.
        Assert.Equal(Usd(4278m), plan.PeakCashRequirement);
        Assert.Equal(new LocalDate(2026, 3, 25), plan.PeakDate);
        Assert.Null(plan.BreakEvenMonth); // March still closes at −2818

        // CCC (first in, first out): order 1 (shipped day 20) is sold on days 45–74 → t − 20 = 25…54, mean 39.5; order 2 (shipped
        // day 50) on days 75–89 → 25…39, mean 32; days inventory (30 × 39.5 + 15 × 32) / 45 = 37. Days payable: 30 % of the price
        // paid 20 days before shipping = −6. Days receivable: days 45–47 → 11 + 10 + 9 = 30, three blocks of 14 days at 9…22 = 217
        // each → (30 + 651) / 45 = 15.133…; CCC = 37 + 15.133 + 6 = 58.133…
        CashConversionCycle ccc = plan.CashConversionCycle!;
        Assert.Equal(37m, ccc.DaysInventory);
        Assert.Equal(-6m, ccc.DaysPayable);
        Assert.Equal(15.1333m, Math.Round(ccc.DaysReceivable, 4));
        Assert.Equal(58.1333m, Math.Round(ccc.Days, 4));
    }

    [Fact]
    public void Longer_horizon_the_stocked_brand_breaks_even_later_than_dropshipping()
    {
        CapitalPlan drop = StartupCapitalPlanner.Plan(TwoSkus(12), Dropship());
        CapitalPlan brand = StartupCapitalPlanner.Plan(TwoSkus(12), Brand());
        Assert.Equal(new YearMonth(2026, 3), drop.BreakEvenMonth);
        Assert.NotNull(brand.BreakEvenMonth);
        Assert.True(brand.BreakEvenMonth > drop.BreakEvenMonth);
        Assert.True(brand.PeakCashRequirement > drop.PeakCashRequirement);
        Assert.True(brand.Months[^1].Closing > drop.Months[^1].Closing); // higher margin once running
    }

    [Fact]
    public void Every_event_explains_itself_and_months_add_up_to_their_events()
    {
        CapitalPlan plan = StartupCapitalPlanner.Plan(TwoSkus(), Brand());
        CashEvent first = plan.Events[0];
        Assert.Equal(Start, first.Date);
        Assert.Contains(plan.Events, e => e.Category == CashFlowCategory.InventoryPurchase && e.Description == "order 1: 120 units × 6 × 30 % deposit" && e.Amount == Usd(216m) && e.Sku == Sku.Parse("A"));
        Assert.Contains(plan.Events, e => e.Category == CashFlowCategory.SalesSettled && e.Date == new LocalDate(2026, 2, 26) && e.Amount == Usd(360m) && e.Description == "sales settled: 12 units × 30 USD");
        foreach (CapitalPlanMonth m in plan.Months)
        {
            Assert.Equal(m.NetFlow, Money.Sum(m.Events.Select(e => e.SignedAmount), Currency.USD));
        }

        string text = plan.Explain();
        Assert.Contains("Peak cash requirement: 4278.00 USD on 2026-03-25", text, StringComparison.Ordinal);
        Assert.Contains("Break-even month: not within the horizon", text, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Guesses_are_named_as_assumptions_whatever_the_culture()
    {
        CapitalPlan plan = StartupCapitalPlanner.Plan(TwoSkus(), Brand());
        Assert.Contains(plan.Assumptions, a => a.StartsWith("conversion rate 8 % (brand stocking): a guess", StringComparison.Ordinal));
        Assert.Contains(plan.Assumptions, a => a.StartsWith("advertising cost per sale 3 USD: a guess", StringComparison.Ordinal));
        Assert.Contains(plan.Assumptions, a => a.StartsWith("sessions per day (an estimate): A 50, B 25", StringComparison.Ordinal));
        Assert.Contains(plan.Assumptions, a => a.Contains("lab quote (test figure)", StringComparison.Ordinal));
        Assert.Contains("Peak cash requirement: 4278.00 USD", plan.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_that_take_longer_than_the_supply_chain_delay_the_launch()
    {
        BrandStockingModel slow = Brand(certificateDays: 60);
        CapitalPlan plan = StartupCapitalPlanner.Plan(TwoSkus(), slow);
        Assert.Equal(Start.PlusDays(60), plan.LaunchDate);
        Assert.Equal(Start.PlusDays(15), plan.Events.First(e => e.Category == CashFlowCategory.InventoryPurchase).Date); // ordered 45 days before
        CapitalPlan drop = StartupCapitalPlanner.Plan(TwoSkus(), new DropshippingModel(Percentage.FromPercent(4), 10) { Certifications = slow.Certifications });
        Assert.Equal(Start.PlusDays(60), drop.LaunchDate);
    }

    [Fact]
    public void Nothing_sold_gives_no_cash_conversion_cycle_and_a_zero_peak_when_nothing_is_spent()
    {
        LaunchCase idle = new(Start, 2, new[] { new LaunchSku(Sku.Parse("A"), Usd(10m), Usd(1m), 0m) { DropshipCostPerUnit = Usd(5m) } }, PayoutSchedule.Every(14, 7));
        CapitalPlan plan = StartupCapitalPlanner.Plan(idle, Dropship());
        Assert.Null(plan.CashConversionCycle);
        Assert.Equal(Usd(0m), plan.PeakCashRequirement);
        Assert.Null(plan.PeakDate);
        Assert.Equal(new YearMonth(2026, 1), plan.BreakEvenMonth);
        Assert.Empty(plan.Events);
    }

    [Fact]
    public void Bad_input_is_refused_with_specific_exceptions()
    {
        var ex1 = Assert.Throws<ArgumentOutOfRangeException>(() => new DropshippingModel(Percentage.FromPercent(-2), 10));
        Assert.Equal("conversionRate", ex1.ParamName);
        Assert.Contains("-2", ex1.Message, StringComparison.Ordinal);
        Assert.Equal("conversionRate", Assert.Throws<ArgumentOutOfRangeException>(() => new BrandStockingModel(Percentage.FromPercent(120), 2, 20, 25, 30)).ParamName);
        Assert.Equal("orderCoverDays", Assert.Throws<ArgumentOutOfRangeException>(() => new BrandStockingModel(Percentage.FromPercent(8), 2, 20, 25, 0)).ParamName);
        Assert.Equal("DepositShare", Assert.Throws<ArgumentOutOfRangeException>(() => new BrandStockingModel(Percentage.FromPercent(8), 2, 20, 25, 30) { DepositShare = Percentage.FromPercent(130) }).ParamName);
        Assert.Equal("sessionsPerDay", Assert.Throws<ArgumentOutOfRangeException>(() => new LaunchSku(Sku.Parse("A"), Usd(10m), Usd(1m), -1m)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => new LaunchSku(Sku.Parse("A"), Usd(0m), Usd(1m), 1m)).ParamName);
        Assert.Equal("marketplaceFeesPerUnit", Assert.Throws<CurrencyMismatchException>(() => new LaunchSku(Sku.Parse("A"), Usd(10m), Money.Of(1m, "EUR"), 1m)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => TwoSkus(0)).ParamName);
        Assert.Equal("intervalDays", Assert.Throws<ArgumentOutOfRangeException>(() => PayoutSchedule.Every(0, 7)).ParamName);
        Assert.Equal("reserveDays", Assert.Throws<ArgumentOutOfRangeException>(() => PayoutSchedule.Every(14, -1)).ParamName);
        Assert.Equal("skus", Assert.Throws<ArgumentException>(() => new LaunchCase(Start, 3, Array.Empty<LaunchSku>(), PayoutSchedule.Every(14, 7))).ParamName);
        LaunchSku a = TwoSkus().Skus[0];
        Assert.Contains("'A' appears twice", Assert.Throws<ArgumentException>(() => new LaunchCase(Start, 3, new[] { a, a }, PayoutSchedule.Every(14, 7))).Message, StringComparison.Ordinal);
        LaunchSku euro = new(Sku.Parse("E"), Money.Of(10m, "EUR"), Money.Of(1m, "EUR"), 1m);
        Assert.Equal("skus", Assert.Throws<CurrencyMismatchException>(() => new LaunchCase(Start, 3, new[] { a, euro }, PayoutSchedule.Every(14, 7))).ParamName);
        Assert.Equal("AdvertisingCostPerSale", Assert.Throws<CurrencyMismatchException>(() => TwoSkus() with { AdvertisingCostPerSale = Money.Of(3m, "EUR") }).ParamName);
        Assert.Equal("model", Assert.Throws<CurrencyMismatchException>(() => StartupCapitalPlanner.Plan(TwoSkus(), Brand(launchAdsCurrency: "EUR"))).ParamName);
        LaunchCase noCosts = new(Start, 3, new[] { new LaunchSku(Sku.Parse("A"), Usd(10m), Usd(1m), 1m) }, PayoutSchedule.Every(14, 7));
        var missing = Assert.Throws<ArgumentException>(() => StartupCapitalPlanner.Plan(noCosts, Dropship()));
        Assert.Equal("launch", missing.ParamName);
        Assert.Contains("DropshipCostPerUnit", missing.Message, StringComparison.Ordinal);
        Assert.Contains("PurchaseCostPerUnit", Assert.Throws<ArgumentException>(() => StartupCapitalPlanner.Plan(noCosts, Brand())).Message, StringComparison.Ordinal);
    }

    private static void AssertMonth(CapitalPlanMonth m, decimal opening, decimal inflows, decimal outflows, decimal closing, decimal units)
    {
        Assert.Equal(Usd(opening), m.Opening);
        Assert.Equal(Usd(inflows), m.TotalInflows);
        Assert.Equal(Usd(outflows), m.TotalOutflows);
        Assert.Equal(Usd(closing), m.Closing);
        Assert.Equal(units, m.UnitsSold);
    }
}
