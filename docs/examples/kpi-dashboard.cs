#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// KPI dashboard: run with `dotnet run docs/examples/kpi-dashboard.cs` from the repository root.
// Generates a month of ledger rows for two marketplaces, prints a per-marketplace dashboard in USD and the store-health status.
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

var inv = CultureInfo.InvariantCulture;
var month = new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31));
var zones = new Dictionary<string, DateTimeZone>
{
    ["amazon-us"] = DateTimeZoneProviders.Tzdb["America/Los_Angeles"],
    ["amazon-de"] = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
};
var keys = new LedgerKeys();
var us = keys.Marketplace("amazon-us");
var de = keys.Marketplace("amazon-de");
string[] skuNames = ["MUG-01", "MUG-02", "TEA-SET", "SPOON-4"];
var skus = skuNames.Select(keys.Sku).ToArray();
decimal[] usdPrice = [14.99m, 19.99m, 39.99m, 9.99m];

// Example rates and landed costs (not real market data).
var rates = new ExchangeRateTable(
    Enumerable.Range(0, 31).Select(d => new ExchangeRate(Currency.EUR, Currency.USD, 1.08m + d / 10_000m, month.Start.PlusDays(d), "example rate")),
    maxAgeInDays: 4);
var costs = skus.Select((s, i) => new SkuCost(s, new EffectivePeriod(new LocalDate(2026, 1, 1), null), Money.Of(Math.Round(usdPrice[i] * 0.3m, 2), Currency.USD))).ToArray();

var random = new Random(7);
var lines = new List<OrderLine>();
var refunds = new List<Refund>();
var ads = new List<AdvertisingDay>();
var shipments = new List<OrderShipment>();
var feedback = new List<SellerFeedback>();
var claims = new List<Claim>();
for (int n = 0; n < 4_000; n++)
{
    bool inDe = random.Next(3) == 0;
    var market = inDe ? de : us;
    Currency currency = inDe ? Currency.EUR : Currency.USD;
    int s = random.Next(skus.Length);
    int qty = random.Next(10) == 0 ? 2 : 1;
    LocalDate day = month.Start.PlusDays(random.Next(31));
    Instant at = day.At(new LocalTime(random.Next(24), random.Next(60))).InZoneLeniently(zones[inDe ? "amazon-de" : "amazon-us"]).ToInstant();
    decimal net = Math.Round(usdPrice[s] * (inDe ? 0.93m : 1m) * qty, 2);
    var channel = random.Next(4) == 0 ? FulfilledBy.Merchant : FulfilledBy.Marketplace;
    string id = "O" + n.ToString("D5", inv);
    lines.Add(new OrderLine(id, 1, at, market, skus[s], qty, Money.Of(net, currency), Money.Of(0m, currency),
        Money.Of(inDe ? Math.Round(net * 0.19m, 2) : 0m, currency), Money.Of(Math.Round(net * 0.15m + 3.22m * qty, 2), currency), channel));
    if (random.Next(25) == 0)
    {
        refunds.Add(new Refund(id, at.Plus(Duration.FromDays(5)), market, skus[s], qty, Money.Of(net, currency), Money.Of(0m, currency), ReturnReason.Defective));
    }

    if (channel == FulfilledBy.Merchant)
    {
        LocalDate due = day.PlusDays(1);
        shipments.Add(new OrderShipment(id, market, due, random.Next(30) == 0 ? due.PlusDays(2) : due, validTracking: random.Next(50) != 0, due.PlusDays(3), due.PlusDays(random.Next(40) == 0 ? 5 : 3)));
    }

    if (random.Next(150) == 0)
    {
        feedback.Add(new SellerFeedback(id, market, 1));
    }

    if (random.Next(400) == 0)
    {
        claims.Add(new Claim(id, market, ClaimKind.AToZGuarantee, ClaimStatus.Granted));
    }
}

for (int d = 0; d < 31; d++)
{
    for (int s = 0; s < skus.Length; s++)
    {
        long clicks = random.Next(20, 80);
        ads.Add(new AdvertisingDay(month.Start.PlusDays(d), us, keys.Campaign("SP-" + skuNames[s]), skus[s], CampaignType.SponsoredProducts,
            clicks * 250, clicks, Money.Of(clicks * 0.62m, Currency.USD), Money.Of(Math.Round(clicks * 0.09m * usdPrice[s], 2), Currency.USD), (int)(clicks * 0.09m)));
    }
}

// 1. The dashboard: one row per marketplace, in USD.
var query = new KpiQuery(keys, Currency.USD, month, id => zones[id.Value])
{
    GroupBy = KpiDimensions.Marketplace,
    ExchangeRates = rates,
    UnitCosts = costs,
};
KpiReport report = KpiEngine.Aggregate(query, new LedgerData { OrderLines = lines.ToArray(), Refunds = refunds.ToArray(), Advertising = ads.ToArray() });

string Pct(Percentage? p) => p is { } v ? (v.Fraction * 100m).ToString("0.0", inv) + "%" : "–";
string Usd(Money m) => m.Amount.ToString("#,0.00", inv);
Console.WriteLine($"KPI dashboard {month.Start:yyyy-MM-dd}..{month.End:yyyy-MM-dd} (USD; EUR rows translated at each day's rate)");
Console.WriteLine($"{"Marketplace",-12}{"Orders",8}{"Units",8}{"Net revenue",14}{"Net profit",12}{"Margin",8}{"ACoS",8}{"BE ACoS",9}{"TACoS",8}{"Returns",9}");
foreach (KpiGroup g in report.Groups.Append(new KpiGroup(new KpiGroupKey(null, null, "TOTAL", null, null, null), report.Total)))
{
    KpiValues k = g.Kpis;
    string name = g.Key.Marketplace?.Value ?? g.Key.Sku ?? "all";
    Console.WriteLine($"{name,-12}{k.Orders,8}{k.Units,8}{Usd(k.NetRevenue),14}{Usd(k.NetProfit),12}{Pct(k.NetMargin),8}{Pct(k.Acos),8}{Pct(k.BreakEvenAcos),9}{Pct(k.Tacos),8}{Pct(k.ReturnRate),9}");
}

Console.WriteLine($"Rows read {report.RowsRead}, left out: {report.Rejections}; bid for ACoS 25% on amazon-us: {report.Groups[0].Kpis.SuggestBid(Percentage.FromPercent(25m))?.Round()}");

// 2. Store health, as of the last day of the month.
Console.WriteLine();
Console.WriteLine("Store health as of 2026-10-31");
var healthReports = new List<StoreHealthReport>();
var healthData = new StoreHealthData { Orders = lines, Shipments = shipments, Feedback = feedback, Claims = claims };
foreach (var (market, id) in new[] { (us, "amazon-us"), (de, "amazon-de") })
{
    StoreHealthReport health = StoreHealth.Evaluate(healthData, keys, market, zones[id], month.End);
    healthReports.Add(health);
    Console.WriteLine($"{id}: {health.Status}");
    foreach (HealthMetricResult m in health.Metrics)
    {
        Console.WriteLine($"  {m.Metric,-24}{m.Target.WindowDays,3} d {Pct(m.Rate),7}  {m.Count,4} / {m.OutOf,-5} target {m.Target,-24} {m.Status}");
    }

    HealthMetricResult odr = health.Find(HealthMetric.OrderDefectRate)!;
    Console.WriteLine("  why: " + odr.Explanation);
}

// 3. The morning checklist: rules as data, alerts with their reasons.
Console.WriteLine();
Console.WriteLine("Morning checklist");
AlertRule[] rules =
[
    new("Account health", AlertKind.HealthMetricNotHealthy),
    new("Ads above break-even", AlertKind.AcosAboveBreakEven),
    new("Kitchenware return norm 3.5%", AlertKind.ReturnRateAboveNorm, 0.035m),
];
var bySkuQuery = new KpiQuery(keys, Currency.USD, month, id => zones[id.Value])
{
    GroupBy = KpiDimensions.Marketplace | KpiDimensions.Sku,
    ExchangeRates = rates,
    UnitCosts = costs,
};
KpiReport bySku = KpiEngine.Aggregate(bySkuQuery, new LedgerData { OrderLines = lines.ToArray(), Refunds = refunds.ToArray(), Advertising = ads.ToArray() });
foreach (Alert alert in MorningChecklist.Evaluate(rules, bySku, healthReports))
{
    Console.WriteLine($"  [{alert.Severity}] {alert.Subject}: {alert.Explanation[..Math.Min(160, alert.Explanation.Length)]}");
}
