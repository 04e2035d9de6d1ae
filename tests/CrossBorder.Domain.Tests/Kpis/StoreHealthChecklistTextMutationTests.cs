using System.Globalization;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>The morning checklist's KPI alert texts carry the figures they are computed from (round-6 survivors).</summary>
[UseCulture("tr-TR")]
public class StoreHealthChecklistTextMutationTests
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
