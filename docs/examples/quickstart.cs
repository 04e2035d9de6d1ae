#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// CrossBorder.Domain quickstart: run with `dotnet run docs/examples/quickstart.cs` from the repository root.
using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

var invoiceDate = new LocalDate(2026, 11, 2);

// 1. Money: a decimal amount and an ISO 4217 currency; no silent rounding, no mixing of currencies.
var unitPrice = Money.Of(4.35m, "USD");
var order = unitPrice * 1_000;                       // USD 4350.00
var deposit = (order * 0.3m).Round();                // 30% deposit to the factory, rounded to the cent
Console.WriteLine($"Order:    {order}   deposit {deposit}   balance {order - deposit}");

// 2. Allocation: share the freight of a shipment across its lines without losing or creating a cent.
var freight = Money.Of(1_000m, "USD");
Money[] byValue = freight.Allocate(4350, 2175, 1180);   // by line value, in cents
Console.WriteLine($"Freight:  {string.Join(" + ", byValue)} = {Money.Sum(byValue, Currency.USD)}");
Console.WriteLine($"Split 3:  {string.Join(", ", Money.Of(100m, "EUR").Split(3))}");

// 3. Currency conversion with a dated rate from a source you supply (here: two example EUR rates, as the ECB publishes them).
var rates = new ExchangeRateTable(
    [
        new ExchangeRate(Currency.EUR, Currency.USD, 1.1561m, new LocalDate(2026, 10, 30), "example rate, not an ECB figure"),
        new ExchangeRate(Currency.EUR, Currency.CNY, 8.2308m, new LocalDate(2026, 10, 30), "example rate, not an ECB figure"),
    ],
    maxAgeInDays: 4,
    pivot: Currency.EUR);
Money inEuro = rates.Convert(order, Currency.EUR, invoiceDate).Round();
Money inYuan = rates.Convert(order, Currency.CNY, invoiceDate).Round();
Console.WriteLine($"Converted {order} on {invoiceDate:yyyy-MM-dd}: {inEuro} / {inYuan} (USD/CNY via EUR: {rates.GetRate(Currency.USD, Currency.CNY, invoiceDate).Rate:0.0000})");

// 4. Formatting never depends on the machine's culture unless you pass one.
var german = CultureInfo.GetCultureInfo("de-DE");
Console.WriteLine($"Display:  {inEuro.ToString("C", german)} (de-DE)  {order.ToString("C", CultureInfo.GetCultureInfo("en-US"))} (en-US)  {Money.Parse("EUR 1.234,50", german)}");

// 5. Markets: a country's rules on the day the goods arrive, each record effective-dated and sourced.
var arrival = new LocalDate(2026, 11, 25);
MarketView de = Markets.Default.For("DE").On(arrival);
Console.WriteLine($"Germany:  VAT {de.StandardVatRate}, customs value {de.ValuationBasis}, low-value scheme {de.LowValueImport?.Scheme}; Finland VAT {Markets.Default.GetStandardVatRate("FI", new LocalDate(2024, 6, 1)).Rate} -> {Markets.Default.GetStandardVatRate("FI", arrival).Rate}");
Console.WriteLine($"Calendar: Black Friday US {Markets.Default.Calendar.Occurrence("black-friday", "US", 2026).Start:yyyy-MM-dd}, ship by {Markets.Default.Calendar.LatestShipDate("black-friday", "US", 2026, leadTimeDays: 35):yyyy-MM-dd} for 35 days' lead time");

// 6. Landed cost: 2,000 T-shirts from China into the US by sea (rules from the markets data, the sample tariff, CBP fees).
//    Entered on 2026-09-15: the embedded CBP user fees cover fiscal years 2025 and 2026 (to 2026-09-30); a later date is refused, not guessed.
var entered = new LocalDate(2026, 9, 15);
var calculator = new LandedCostCalculator(MarketImportRules.Default, TariffSchedule.Sample, rates, UsCustomsFees.Default);
var tees = new ShipmentLine("TEE-BLK-M", HsCode.Parse("6109100010"), "CN", 2_000, Money.Of(5m, "USD"), Mass.FromGrams(180));
var shipment = new Shipment([tees], "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(900m, "USD"), "LCL Yantian-Long Beach"), entered, Currency.USD);
LandedCostResult landed = calculator.Calculate(shipment);
Console.WriteLine($"Landed:   {landed.Total} for {landed.Units} units = {landed.Lines[0].PerUnit.Round()} per unit (customs value {landed.CustomsValue})");
foreach (CostNode part in landed.Breakdown.Children)
{
    Console.WriteLine($"          {part.Label,-28} {part.Amount,16}");
}

// 7. Price: the amazon-us price for a 25% net margin after referral and FBA fees, with that landed cost.
var listing = new ListingInput("clothing-and-accessories", new UnitCost(landed.Lines[0].PerUnit.Round(), "landed cost above"))
{
    Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 1, LengthUnit.Inch), Mass.FromOunces(7)),
};
ListingModel model = PricingEngine.Default.Model(SaleContext.ForMarketplace("amazon-us", arrival), listing);
PriceSolution price = model.Solve(PriceTarget.NetMargin(Percentage.FromPercent(25)), PriceEnding.NinetyNine);
Console.WriteLine($"Price:    {price}");
Console.WriteLine(price.Economics?.Explain());

// 8. Compliance: can a Bluetooth speaker with a built-in lithium battery be sold in Germany, and what is missing?
var speaker = new Product(Sku.Parse("SPK-BT20"), "Bluetooth speaker 30 W", HsCode.Parse("8518.22"), ProductCategory.Electronics, CountryCode.Parse("CN"), Money.Of(18.50m, "USD"))
{
    Electrical = new ElectricalRating(mainsPowered: true, 100m, 240m, CurrentType.Alternating, 30m),
    Radio = new RadioEquipment(["Bluetooth 5.3"], ["2.4 GHz"]),
    Batteries = [new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2)],
};
ComplianceReport compliance = ComplianceRuleSet.Default.Evaluate(speaker, CountryCode.Parse("DE"), arrival);
Console.WriteLine($"Compliance DE: can sell {compliance.CanSell}; missing {string.Join(", ", compliance.Missing.Select(m => m.Finding.RuleId))}");

// 9. KPIs: two orders on amazon-us, days in the marketplace's own time zone (from the markets data).
var keys = new LedgerKeys();
MarketplaceKey amazonUs = keys.Marketplace("amazon-us");
Instant orderedAt = Instant.FromUtc(2026, 11, 20, 18, 0);
OrderLine[] orders =
[
    new("111-0000001", 1, orderedAt, amazonUs, keys.Sku("MUG-01"), 2, Money.Of(20m, "USD"), Money.Of(0m, "USD"), Money.Of(1.60m, "USD"), Money.Of(3m, "USD")),
    new("111-0000002", 1, orderedAt, amazonUs, keys.Sku("CUP-02"), 1, Money.Of(10m, "USD"), Money.Of(0m, "USD"), Money.Of(0.80m, "USD"), Money.Of(1.50m, "USD")),
];
var kpiQuery = new KpiQuery(keys, Currency.USD, new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)),
    id => DateTimeZoneProviders.Tzdb[Markets.Default.GetMarketplace(id, arrival).TimeZoneId]);
KpiValues kpis = KpiEngine.Aggregate(kpiQuery, new LedgerData { OrderLines = orders }).Total.Kpis;
Console.WriteLine($"KPIs:     {kpis.Orders} orders, average order value {kpis.AverageOrderValue}, gross revenue {kpis.GrossRevenue}");

// 10. Where to go next: each area has its own runnable example (dotnet run docs/examples/<name>.cs).
(string Example, string What)[] next =
[
    ("markets.cs", "VAT rates, de-minimis rules, marketplaces and the retail calendar of a country on a date"),
    ("compliance.cs", "certifications, labels and shipping restrictions a product needs, each finding sourced"),
    ("landed-cost.cs", "a multi-line shipment: freight, insurance, duty, import VAT and fees allocated to the cent"),
    ("pricing.cs", "fees, price for a target margin, break-even, promotions and what-if"),
    ("kpi-dashboard.cs", "revenue, margins, ROAS/ACoS/TACoS and store health over a generated ledger"),
    ("restock-plan.cs", "restock plan: safety stock, reorder point, stock-out date, latest factory order for Black Friday, storage fees"),
    ("product-selection.cs", "product-market fit ranking, and the start-up capital plan: dropshipping vs brand stocking"),
    ("arrow-ledger.cs", "KPIs over an Apache Arrow ledger"),
];
foreach (var (example, what) in next)
{
    Console.WriteLine($"Next:     dotnet run docs/examples/{example,-22} # {what}");
}
