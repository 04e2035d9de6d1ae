using System.Globalization;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

[UseCulture("tr-TR")]
public class MorningChecklistTests
{
    private static readonly WorkedLedger Ledger = new();

    private static KpiReport BySku(AdvertisingDay[]? ads = null)
    {
        LedgerData data = Ledger.Data;
        return KpiEngine.Aggregate(
            Ledger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku),
            new LedgerData { OrderLines = data.OrderLines, Refunds = data.Refunds, Advertising = ads ?? Ledger.Advertising, Inventory = data.Inventory },
            1);
    }

    [Fact]
    public void Acos_above_break_even_fires_only_where_advertising_loses_money()
    {
        var rule = new[] { new AlertRule("ACoS check", AlertKind.AcosAboveBreakEven) };
        // amazon-us / CUP: net revenue 15.00 + 15.00 = 30.00, COGS 2 × 2.75 = 5.50, fees 3.00 + 3.00 = 6.00
        // → break-even ACoS = (30.00 − 5.50 − 6.00) / 30.00 = 61.7 %; ACoS = 20.00 / 60.00 = 33.3 %: no alert.
        Assert.Empty(MorningChecklist.Evaluate(rule, BySku()));

        // Another CUP campaign day: USD 500 spend for USD 600 sales → ACoS (20 + 500) / (60 + 600) = 78.8 % > 61.7 %.
        AdvertisingDay[] ads = Ledger.Advertising.Append(new AdvertisingDay(new LocalDate(2026, 3, 20), Ledger.Us, Ledger.Keys.Campaign("SP-CUP"), Ledger.Cup, CampaignType.SponsoredProducts, 100_000, 900, Money.Of(500m, "USD"), Money.Of(600m, "USD"), 20)).ToArray();
        Alert alert = Assert.Single(MorningChecklist.Evaluate(rule, BySku(ads)));
        Assert.Equal("amazon-us / CUP", alert.Subject);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Contains("78.788% is above break-even ACoS 61.667%", alert.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_of_cover_below_lead_time_is_critical()
    {
        // amazon-us / MUG: 100 + 80 unit-days of stock over 31 days, 2 + 1 + 3 = 6 units ordered → 180 / 6 = 30 days of cover.
        KpiReport report = BySku();
        Assert.Equal(30m, report.Groups.Single(g => g.Key.Sku == "MUG" && g.Key.Marketplace == "amazon-us").Kpis.DaysOfCover);
        Alert alert = Assert.Single(MorningChecklist.Evaluate(new[] { new AlertRule("Sea freight", AlertKind.DaysOfCoverBelowLeadTime, 45m) }, report));
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
        Assert.Contains("30 days of cover", alert.Explanation, StringComparison.Ordinal);
        Assert.Empty(MorningChecklist.Evaluate(new[] { new AlertRule("Air freight", AlertKind.DaysOfCoverBelowLeadTime, 20m) }, report));
    }

    [Fact]
    public void Return_rate_above_the_category_norm_respects_the_rule_skus()
    {
        // amazon-us / MUG: 1 of 6 units returned (16.7 %); amazon-de / CUP: 1 of 2 (50 %).
        KpiReport report = BySku();
        IReadOnlyList<Alert> all = MorningChecklist.Evaluate(new[] { new AlertRule("All", AlertKind.ReturnRateAboveNorm, 0.10m) }, report);
        Assert.Equal(new[] { "amazon-de / CUP", "amazon-us / MUG" }, all.Select(a => a.Subject));
        IReadOnlyList<Alert> kitchen = MorningChecklist.Evaluate(new[] { new AlertRule("Cups norm", AlertKind.ReturnRateAboveNorm, 0.10m, new[] { "CUP" }) }, report);
        Assert.Equal("amazon-de / CUP", Assert.Single(kitchen).Subject);
        Assert.Contains("50% (1 of 2 units)", kitchen[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_metrics_at_risk_or_failing_become_alerts_with_their_explanation()
    {
        // 50 orders in 60 days and no defect: ODR 0 %, but one defect would make 1 / 51 = 1.96 % ≥ 1 % → at risk → warning.
        var keys = new LedgerKeys();
        MarketplaceKey de = keys.Marketplace("amazon-de");
        SkuKey sku = keys.Sku("MUG");
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var asOf = new LocalDate(2026, 11, 24);
        var orders = Enumerable.Range(0, 50).Select(i => new OrderLine("O" + i, 1, asOf.PlusDays(-i).AtMidnight().InZoneLeniently(zone).ToInstant(), de, sku, 1, Money.Of(10m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR"), FulfilledBy.Marketplace));
        StoreHealthReport health = StoreHealth.Evaluate(new StoreHealthData { Orders = orders }, keys, de, zone, asOf);
        Alert alert = Assert.Single(MorningChecklist.Evaluate(new[] { new AlertRule("Account health", AlertKind.HealthMetricNotHealthy) }, null, new[] { health }));
        Assert.Equal("amazon-de OrderDefectRate (60 days)", alert.Subject);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Contains("AtRisk", alert.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_check_their_threshold()
    {
        Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.DaysOfCoverBelowLeadTime)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentException>(() => new AlertRule("x", AlertKind.AcosAboveBreakEven, 1m)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule("x", AlertKind.ReturnRateAboveNorm, -0.1m)).ParamName);
    }

    [Fact]
    public void Acos_alert_suggests_the_break_even_bid()
    {
        AdvertisingDay[] ads = Ledger.Advertising.Append(new AdvertisingDay(new LocalDate(2026, 3, 20), Ledger.Us, Ledger.Keys.Campaign("SP-CUP"), Ledger.Cup, CampaignType.SponsoredProducts, 100_000, 900, Money.Of(500m, "USD"), Money.Of(600m, "USD"), 20)).ToArray();
        KpiReport report = BySku(ads);
        KpiValues cup = report.Groups.Single(g => g.Key.Sku == "CUP" && g.Key.Marketplace == "amazon-us").Kpis;
        Money bid = cup.SuggestBid(cup.BreakEvenAcos!.Value)!.Value;
        Alert alert = Assert.Single(MorningChecklist.Evaluate(new[] { new AlertRule("ACoS check", AlertKind.AcosAboveBreakEven) }, report));
        Assert.Contains("Lower bids towards " + bid.Round().ToString(CultureInfo.InvariantCulture) + " per click, or raise the margin.", alert.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("towards –", alert.Explanation, StringComparison.Ordinal);
        Assert.Contains("(pre-advertising margin): ad spend ", alert.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_of_cover_alert_gives_the_average_units_on_hand()
    {
        // amazon-us / MUG: 100 + 80 unit-days of stock over 31 days → 5.8 units on average.
        KpiReport report = BySku();
        KpiValues mug = report.Groups.Single(g => g.Key.Sku == "MUG" && g.Key.Marketplace == "amazon-us").Kpis;
        Assert.NotEqual(0m, mug.AverageInventoryUnits!.Value);
        Alert alert = Assert.Single(MorningChecklist.Evaluate(new[] { new AlertRule("Sea freight", AlertKind.DaysOfCoverBelowLeadTime, 45m) }, report));
        string average = decimal.Round(mug.AverageInventoryUnits.Value, 1).ToString(CultureInfo.InvariantCulture);
        Assert.Contains("30 days of cover (average " + average + " units on hand, ", alert.Explanation, StringComparison.Ordinal);
        Assert.Contains("is below the 45-day lead time of rule 'Sea freight': reorder now.", alert.Explanation, StringComparison.Ordinal);
        Assert.Equal("[Critical] amazon-us / MUG: " + alert.Explanation, alert.ToString());
    }
}
