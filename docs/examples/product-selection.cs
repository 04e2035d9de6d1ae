#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Product selection: five products ranked across three markets (US, DE, GB), with the facts behind the best and worst pairs.
// Run with `dotnet run docs/examples/product-selection.cs` from the repository root.
using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Selection;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var day = new LocalDate(2025, 6, 1);   // a date every table covers (the FBA card is encoded for 2025)
var cn = CountryCode.Parse("CN");

Product Make(string sku, string title, string hs, ProductCategory category, decimal kg, decimal l, decimal w, decimal h) =>
    new(Sku.Parse(sku), title, HsCode.Parse(hs), category, cn, Money.Of(1m, "USD"))
    { PackedWeight = Mass.FromKilograms(kg), PackedDimensions = Dimensions.Of(l, w, h, LengthUnit.Centimetre) };

var products = new (Product Product, string Category, decimal Landed, decimal Ship, decimal Price, decimal[] Demand)[]
{
    (Make("STAND-01", "Aluminium phone stand", "7616.99", ProductCategory.General, 0.2m, 15, 10, 3), "home-and-kitchen", 4m, 3.5m, 19.99m,
        [100, 90, 95, 100, 105, 110, 100, 100, 100, 100, 100, 100]),
    (Make("POOL-300", "Inflatable family pool 3 m", "9506.99", ProductCategory.Sports, 8m, 60, 40, 30), "home-and-kitchen", 30m, 25m, 89.99m,
        [2, 2, 4, 8, 14, 20, 22, 18, 8, 4, 2, 2]),
    (Make("SPK-BT20", "Bluetooth speaker 30 W", "8518.22", ProductCategory.Electronics, 1.2m, 25, 15, 15) with
        {
            Electrical = new ElectricalRating(true, 100m, 240m, CurrentType.Alternating, 30m),
            Radio = new RadioEquipment(["Bluetooth 5.3"], ["2.4 GHz"]),
            Batteries = [new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2)],
        }, "consumer-electronics", 22m, 6m, 59.99m, [80, 70, 75, 80, 85, 90, 90, 85, 90, 100, 140, 180]),
    (Make("PB-10K", "Power bank 10000 mAh", "8507.60", ProductCategory.PowerBank, 0.3m, 15, 8, 3) with
        {
            Electrical = new ElectricalRating(false, 5m, 9m, CurrentType.Direct, 18m),
            Batteries = [new Battery(BatteryChemistry.LithiumIon, 37m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 3)],
        }, "consumer-electronics", 9m, 4m, 24.99m, [100, 95, 95, 100, 100, 110, 120, 115, 100, 100, 110, 130]),
    (Make("MUG-ENG", "Engraved enamel camping mug", "7323.94", ProductCategory.Kitchenware, 0.35m, 12, 12, 10), "home-and-kitchen", 5m, 4m, 14.99m,
        [60, 60, 70, 90, 110, 130, 140, 130, 100, 80, 70, 60]),
};

var markets = new (CountryCode Country, string Marketplace, Currency Currency, decimal Vat, bool VatIncluded, string[] Plugs, MeasurementSystem Units, string Lang)[]
{
    (CountryCode.Parse("US"), "amazon-us", Currency.USD, 0m, false, ["A"], MeasurementSystem.UsCustomary, "eng"),
    (CountryCode.Parse("DE"), "amazon-de", Currency.EUR, 19m, true, ["C", "F"], MeasurementSystem.Metric, "deu"),
    (CountryCode.Parse("GB"), "amazon-uk", Currency.GBP, 20m, true, ["G"], MeasurementSystem.Metric, "eng"),
};

var cases = new List<FitCase>();
foreach (var p in products)
{
    foreach (var m in markets)
    {
        var sale = new SaleContext(MarketplaceId.Parse(m.Marketplace), day, m.Currency, Percentage.FromPercent(m.Vat), m.VatIncluded);
        // Same figures in each local currency: an illustration, not an FX conversion. VAT-inclusive markets get a price with VAT on top.
        decimal price = m.VatIncluded ? Math.Round(p.Price * (1 + (m.Vat / 100m)), 2) : p.Price;
        var listing = new ListingInput(p.Category, new UnitCost(Money.Of(p.Landed, m.Currency), "landed-cost quote (illustrative)"))
        {
            Fulfilment = Fulfilment.Fixed(Money.Of(p.Ship, m.Currency), "3PL pick, pack and postage"),
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(8)),
        };
        cases.Add(new FitCase(p.Product, m.Country, day)
        {
            Listing = new IntendedListing(sale, listing, Money.Of(price, m.Currency)),
            Demand = DemandSeries.Monthly(new LocalDate(2024, 1, 1), p.Demand),
            Competition = new CompetitionInputs(sellerCount: 8 + (p.Product.Title.Length % 30), medianReviewCount: 40 * p.Product.Title.Length),
            Localisation = new ListingLocalisation([m.Lang, "eng"]) { PlugTypes = m.Plugs, Units = m.Units },
            CertificationEstimates = [new CertificationEstimate(CertificateType.CeRed, Money.Of(4500m, "EUR"), 56, "lab quote (illustrative)")],
            LaunchBy = day.PlusDays(45),
        });
    }
}

IReadOnlyList<ProductMarketFit> ranking = ProductMarketFitAssessor.Default.Rank(cases);
Console.WriteLine("Rank  SKU        Mkt  Score  Logist Compl  Elec  Cult  Season Econ  Compet  Verdict");
int rank = 1;
foreach (ProductMarketFit fit in ranking)
{
    string S(FitFactorKind k) => fit.Factor(k).Score is decimal s ? s.ToString("0", CultureInfo.InvariantCulture).PadLeft(5) : "  n/a";
    Console.WriteLine($"{rank++,4}  {fit.Product.Sku,-10} {fit.Market}  {fit.Score,5:0.0}  {S(FitFactorKind.Logistics)}  {S(FitFactorKind.ComplianceBurden)} {S(FitFactorKind.ElectricalFit)} {S(FitFactorKind.CulturalFit)}  {S(FitFactorKind.Seasonality)} {S(FitFactorKind.UnitEconomics)}  {S(FitFactorKind.Competition)}   "
        + (fit.IsViable ? "viable" : "blocked: " + string.Join(", ", fit.Blockers.Select(b => b.Kind))));
}

Console.WriteLine();
Console.WriteLine(ranking[0].Explain());
Console.WriteLine(ranking[^1].Explain());

// ---------- Start-up capital: dropshipping vs brand stocking (two SKUs on amazon-us, twelve months) ----------
// Every figure below is an illustrative input (your supplier quotes, landed-cost lines, traffic and conversion guesses).
Money Usd(decimal amount) => Money.Of(amount, Currency.USD);
var launch = new LaunchCase(new LocalDate(2026, 1, 1), 12,
    [
        new LaunchSku(Sku.Parse("STAND-01"), Usd(19.99m), Usd(3.00m), sessionsPerDay: 60m)
            { DropshipCostPerUnit = Usd(9.50m), PurchaseCostPerUnit = Usd(2.40m), FreightPerUnit = Usd(0.60m), DutiesPerUnit = Usd(0.15m), FulfilmentPerUnit = Usd(3.22m) },
        new LaunchSku(Sku.Parse("MUG-ENG"), Usd(14.99m), Usd(2.25m), sessionsPerDay: 40m)
            { DropshipCostPerUnit = Usd(7.80m), PurchaseCostPerUnit = Usd(2.10m), FreightPerUnit = Usd(0.90m), DutiesPerUnit = Usd(0.07m), FulfilmentPerUnit = Usd(3.40m) },
    ],
    new PayoutSchedule(intervalDays: 14, reserveDays: 7, "fortnightly settlement, delivery date + 7 days reserve"))
{
    AdvertisingCostPerSale = Usd(2.00m),
    FixedCostsPerMonth = Usd(39.99m),
};
var plans = new[]
{
    StartupCapitalPlanner.Plan(launch, new DropshippingModel(Percentage.FromPercent(5), deliveryDays: 12)),
    StartupCapitalPlanner.Plan(launch, new BrandStockingModel(Percentage.FromPercent(10), deliveryDays: 2, productionDays: 25, transitDays: 35, orderCoverDays: 60)
    {
        DepositShare = Percentage.FromPercent(30),
        Certifications = [new CertificationEstimate(CertificateType.Parse("FOOD-CONTACT-TEST"), Usd(600m), 21, "enamel mug food-contact lab test, quote (illustrative)")],
        LaunchAdvertisingPerMonth = Usd(500m),
        LaunchAdvertisingMonths = 2,
    }),
};

Console.WriteLine();
Console.WriteLine("Start-up capital, 2 SKUs on amazon-us from 2026-01-01 (USD)   dropshipping   brand stocking");
string Row(string label, Func<CapitalPlan, string> value) => $"  {label,-58}{value(plans[0]),14}   {value(plans[1]),14}";
Console.WriteLine(Row("launch date (first sale)", p => p.LaunchDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
Console.WriteLine(Row("peak cash requirement", p => p.PeakCashRequirement.Amount.ToString("N2", CultureInfo.InvariantCulture)));
Console.WriteLine(Row("  reached on", p => p.PeakDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"));
Console.WriteLine(Row("break-even month (cash paid back)", p => p.BreakEvenMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "not in 12 months"));
Console.WriteLine(Row("cash conversion cycle, days", p => p.CashConversionCycle is { } c ? c.Days.ToString("0.0", CultureInfo.InvariantCulture) : "n/a"));
Console.WriteLine(Row("units sold in 12 months", p => p.UnitsSold.ToString("N0", CultureInfo.InvariantCulture)));
Console.WriteLine(Row("balance after 12 months (stock on hand not counted)", p => p.Months[^1].Closing.Amount.ToString("N2", CultureInfo.InvariantCulture)));
Console.WriteLine("  month-end balance by month:");
for (int i = 0; i < launch.Months; i++)
{
    Console.WriteLine(Row("    " + plans[0].Months[i].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), p => p.Months[i].Closing.Amount.ToString("N2", CultureInfo.InvariantCulture)));
}

Console.WriteLine();
Console.WriteLine(plans[1].Explain());
