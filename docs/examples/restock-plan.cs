#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Restock planner: run with `dotnet run docs/examples/restock-plan.cs` from the repository root.
// Generates a small catalogue with two years of daily sales, plans each SKU for today, prints a restock table, the sea/air split,
// the latest factory orders before Prime Day and Black Friday, and an ASCII timeline of one plan.
using System.Globalization;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Pricing;
using NodaTime;

var inv = CultureInfo.InvariantCulture;
var today = new LocalDate(2026, 4, 20);

// The lead-time ranges are EXAMPLE figures, as a supplier and a forwarder might quote them — not published facts.
var sea = new SupplyRoute("Shenzhen → US FBA by sea", "CN", "US", FreightMode.SeaFcl,
[
    new SupplyStage(SupplyStageKind.Production, new LeadTimeRange(20, 30)),
    new SupplyStage(SupplyStageKind.InlandToOrigin, new LeadTimeRange(1, 3)),
    new SupplyStage(SupplyStageKind.MainLeg, new LeadTimeRange(18, 25), "Sea Yantian → Los Angeles"),
    new SupplyStage(SupplyStageKind.CustomsClearance, new LeadTimeRange(2, 5)),
    new SupplyStage(SupplyStageKind.Receiving, new LeadTimeRange(5, 10), "FBA receiving"),
]);
var air = new LeadTimeEstimate(8m, 1.5m, "example air quote: 5–10 days door to FBA from goods ready");

// A generated catalogue: steady sellers, a seasonal one, a slow one; 730 days of history ending yesterday, a few stock-out days.
var random = new Random(7);
(string Sku, int Mean, int OnHand, int Inbound, int InboundInDays, decimal CubicFeet)[] catalogue =
[
    ("MUG-01", 12, 420, 300, 20, 0.12m), ("MUG-02", 25, 300, 0, 0, 0.12m), ("TEA-SET", 6, 500, 0, 0, 0.45m),
    ("SPOON-4", 40, 1800, 1200, 35, 0.03m), ("LAMP-XL", 2, 400, 0, 0, 0.9m),
];
var us = CountryCode.Parse("US");
var calendar = Markets.Default.Calendar;
var outlooks = new List<(string Sku, RestockPlan Plan, StorageCostProjection Storage)>();
var histories = new List<DemandHistory>();
// Example thresholds (the seller's own choice): stock overseas from 3 units/day, CV ≤ 0.5, 60 in-stock days of history.
var channels = new ChannelSplitPolicy(minimumDailyUnits: 3m, maximumCoefficientOfVariation: 0.5m, minimumInStockDays: 60);
var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), reviewPeriodDays: 14));
var plans = new List<(string Sku, RestockPlan Plan)>();
foreach (var item in catalogue)
{
    var start = today.PlusDays(-730);
    var units = new int[730];
    var outs = new bool[730];
    for (int d = 0; d < 730; d++)
    {
        outs[d] = random.Next(60) == 0;
        var day = start.PlusDays(d);
        double season = day.Month is 11 or 12 ? 1.6 : 1.0;
        if (calendar.EventsBetween(us, day, day).Any(e => e.Event.Id == "prime-day"))
        {
            season *= 2.5; // last years' Prime Days sold 2.5 times an ordinary day
        }

        units[d] = outs[d] ? 0 : Math.Max(0, (int)Math.Round(item.Mean * season + random.Next(-item.Mean / 3 - 1, item.Mean / 3 + 2)));
    }

    var history = new DemandHistory(start, units, outs);
    histories.Add(history);
    var inbound = item.Inbound > 0 ? new[] { new InboundShipment(today.PlusDays(item.InboundInDays), item.Inbound, "PO-" + item.Sku) } : Array.Empty<InboundShipment>();
    var plan = planner.Plan(history.Velocity(30), sea, new StockPosition(item.OnHand, inbound), today, Markets.Default.Calendar);
    plans.Add((item.Sku, plan));

    // The same SKU with its measured monthly seasonality, Prime Day estimated from 2025 and a Black Friday guess.
    var outlook = new DemandOutlook(us, calendar,
        [EventUplift.Estimate(history, calendar, "prime-day", us, 2025), new EventUplift("black-friday", 3m)],
        SeasonalityIndex.Monthly(history));
    var seasonal = planner.Plan(history.Velocity(30), sea, new StockPosition(item.OnHand, inbound), today, calendar, outlook);
    var storage = StorageCostProjection.For(seasonal, (int)seasonal.OrderQuantity.Value, FbaFeeTables.Default,
        MarketplaceId.Parse("amazon-us"), Volume.FromCubicFeet(item.CubicFeet));
    outlooks.Add((item.Sku, seasonal, storage));
}

string F(decimal v) => v.ToString("0.0", inv);
Console.WriteLine($"Restock plan on {today.ToString("uuuu-MM-dd", inv)} — service level {planner.Policy.ServiceLevel}, review every 14 days, {plans[0].Plan.LeadTime}");
Console.WriteLine();
Console.WriteLine($"{"SKU",-8} {"d/day",6} {"σd",5} {"on hand",7} {"inbound",7} {"cover",6} {"SS",6} {"ROP",7} {"stock-out",10} {"order",6} {"sea",6} {"air",5}");
foreach (var (sku, p) in plans)
{
    var split = RestockPlanner.SplitSeaAndAir(p, air);
    Console.WriteLine(
        $"{sku,-8} {F(p.Demand.AverageDailyUnits),6} {F(p.Demand.StandardDeviation),5} {p.Stock.OnHand,7} {p.Stock.InboundUnits,7} " +
        $"{(p.DaysOfCover is null ? "-" : F(p.DaysOfCover.Value)),6} {F(p.SafetyStock.Value),6} {F(p.ReorderPoint.Value),7} " +
        $"{p.ProjectedStockOut?.ToString("uuuu-MM-dd", inv) ?? "none",10} {p.OrderQuantity.Value,6} {split.SeaUnits,6} {split.AirUnits,5}");
}

Console.WriteLine();
Console.WriteLine("With seasonality and event uplifts (US calendar), and what the order costs to store in FBA (amazon-us, standard):");
Console.WriteLine($"{"SKU",-8} {"flat Q",6} {"Q",6} {"M",5} {"events",-22} {"storage",10} {"aged",8} {"sold out",10} {"channel",-16} warning");
for (int i = 0; i < outlooks.Count; i++)
{
    var (sku, p, st) = outlooks[i];
    string events = string.Join(",", p.EventsApplied.Select(e => e.Uplift.EventId + "×" + e.Uplift.Multiplier.ToString("0.0", inv)));
    Console.WriteLine(
        $"{sku,-8} {plans[i].Plan.OrderQuantity.Value,6} {p.OrderQuantity.Value,6} {p.DemandMultiplier!.Value.ToString("0.00", inv),5} {(events.Length == 0 ? "-" : events),-22} " +
        $"{st.TotalStorageFees.Amount.ToString("0.00", inv),10} {st.TotalAgedSurcharges.Amount.ToString("0.00", inv),8} {st.SoldOutOn?.ToString("uuuu-MM-dd", inv) ?? "later",10} {channels.Recommend(histories[i], 30).Channel,-16} {(st.Warning is null ? "" : "aged stock!")}");
}

Console.WriteLine();
Console.WriteLine("Why (MUG-02 with the outlook):");
Console.WriteLine("  " + outlooks[1].Plan.DemandMultiplier);
Console.WriteLine("  storage: " + outlooks[1].Storage.Explanation);
if (outlooks[4].Storage.Warning is { } warning)
{
    Console.WriteLine("  LAMP-XL: " + warning);
}

Console.WriteLine("  channel (LAMP-XL): " + channels.Recommend(histories[4], 30));

Console.WriteLine();
Console.WriteLine("Why (MUG-02):");
foreach (var figure in plans[1].Plan.Figures)
{
    Console.WriteLine("  " + figure);
}

Console.WriteLine("  stock-out: " + plans[1].Plan.StockOutExplanation);
Console.WriteLine("  split: " + RestockPlanner.SplitSeaAndAir(plans[1].Plan, air).Explanation);

Console.WriteLine();
Console.WriteLine("Latest factory orders (longest stage times, CNY closures from the calendar):");
foreach (var (eventId, year) in new[] { ("mothers-day", 2026), ("prime-day", 2026), ("black-friday", 2026), ("christmas", 2026), ("mothers-day", 2027) })
{
    var deadline = sea.LatestOrderDate(Markets.Default.Calendar, eventId, year);
    Console.WriteLine($"  {deadline}");
}

// A planning timeline: today, the stock-out, the inbound shipment, the sea and air arrivals of an order placed today.
Console.WriteLine();
Console.WriteLine("Timeline (MUG-02, one column = 2 days):");
var p2 = plans[1].Plan;
var s2 = RestockPlanner.SplitSeaAndAir(p2, air);
int Col(LocalDate d) => Period.DaysBetween(today, d) / 2;
int width = Col(s2.SeaSellableFrom) + 6;
char[] line = new string('─', width).ToCharArray();
void Mark(LocalDate? d, char c) { if (d is { } x && Col(x) >= 0 && Col(x) < width) { line[Col(x)] = c; } }
Mark(today, 'T');
Mark(s2.AirSellableFrom, 'A');
Mark(p2.ProjectedStockOut, 'X');
Mark(s2.SeaSellableFrom, 'S');
Console.WriteLine("  " + new string(line));
Console.WriteLine($"  T today {today.ToString("uuuu-MM-dd", inv)} · A air sellable {s2.AirSellableFrom.ToString("uuuu-MM-dd", inv)} · " +
    $"X stock-out {p2.ProjectedStockOut?.ToString("uuuu-MM-dd", inv) ?? "none"} · S sea sellable {s2.SeaSellableFrom.ToString("uuuu-MM-dd", inv)}");
