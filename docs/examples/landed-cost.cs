#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Landed cost: run with `dotnet run docs/examples/landed-cost.cs` from the repository root.
// 1) A sea shipment Shenzhen → Hamburg → FBA warehouse in Germany; 2) one direct parcel China → US consumer; 3) channel comparison.
// Freight prices, fees and exchange rates below are ILLUSTRATIVE user inputs, not quotes; duty rates, VAT and thresholds come from the
// library's sourced sample data (docs/data-sources.md).
using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

var inv = CultureInfo.InvariantCulture;
var today = new LocalDate(2026, 11, 25);
var rates = new ExchangeRateTable(
    [
        new ExchangeRate(Currency.EUR, Currency.USD, 1.1561m, today.PlusDays(-1), "example rate"),
        new ExchangeRate(Currency.EUR, Currency.USD, 1.1490m, new LocalDate(2026, 9, 14), "example rate"),
    ],
    maxAgeInDays: 4);
LandedCostCalculator calculator = LandedCostCalculator.WithSamples(rates);

// ---- 1. Shenzhen → DE by sea (LCL) into FBA ------------------------------------------------------------------------------
var seaCard = new RateCard(
    "Example LCL Shenzhen–Hamburg (illustrative)", FreightMode.SeaLcl,
    [new WeightBreak(Mass.FromKilograms(0), Money.Of(0.085m, "USD"))],              // USD 85 per revenue ton (1 m³ = 1000 kg)
    minimumCharge: Money.Of(150m, "USD"), perShipmentFee: Money.Of(65m, "USD"), transitTime: new TransitTime(32, 40));
Carton[] cartons =
[
    new(Dimensions.Of(60, 40, 40, LengthUnit.Centimetre), Mass.FromKilograms(12), 25),   // T-shirts, 50 per carton
    new(Dimensions.Of(50, 40, 35, LengthUnit.Centimetre), Mass.FromKilograms(14), 10),   // tableware sets
    new(Dimensions.Of(45, 35, 30, LengthUnit.Centimetre), Mass.FromKilograms(9), 6),     // headphones
];
FreightQuote sea = seaCard.Quote(cartons);

ShipmentLine[] lines =
[
    new("TEE-BLK-M", HsCode.Parse("6109.10.00"), "CN", 1_250, Money.Of(2.35m, "USD"), Mass.FromGrams(230), Dimensions.Of(30, 25, 3, LengthUnit.Centimetre)),
    new("BOWL-SET-4", HsCode.Parse("3924.10.00"), "CN", 200, Money.Of(6.80m, "USD"), Mass.FromGrams(650), Dimensions.Of(25, 25, 12, LengthUnit.Centimetre)),
    new("EARBUD-W1", HsCode.Parse("8518.30.00 90"), "CN", 300, Money.Of(7.90m, "USD"), Mass.FromGrams(150), Dimensions.Of(12, 9, 5, LengthUnit.Centimetre)),
];
var toFba = new Shipment(
    lines, "CN", "DE", Incoterm.FOB, sea, today, Currency.EUR,
    insurance: InsuranceCover.Estimated(Percentage.FromPercent(0.3m), Percentage.FromPercent(110)),
    onCarriage: Money.Of(180m, "EUR"),                                         // truck Hamburg → FBA warehouse
    fees: [new ShipmentFee("customs broker", Money.Of(95m, "EUR"))],
    sellerVatRegistered: true, allocation: AllocationMethod.ChargeableWeight);
LandedCostResult de = calculator.Calculate(toFba);

Console.WriteLine($"1) {sea.Mode.Name} quote: {sea.Total.ToString(inv)} for {sea.ChargeableWeight!.Value} ({seaCard.TransitTime})");
foreach (FreightCharge charge in sea.Charges)
{
    Console.WriteLine($"     {charge.Kind,-12} {charge.Amount.ToString(inv),14}  {charge.Description}");
}

PrintBreakdown(de);
PrintLines(de);

// ---- 2. One direct parcel China → US consumer (duties paid by the seller) -------------------------------------------------
var usDate = new LocalDate(2026, 9, 15);   // FY2026 US user fees are the latest embedded (FY2027 not yet sourced)
var parcelLine = new ShipmentLine("TEE-BLK-M", HsCode.Parse("6109.10.00 10"), "CN", 1, Money.Of(2.35m, "USD"), Mass.FromGrams(230), Dimensions.Of(30, 25, 3, LengthUnit.Centimetre));
var parcelCard = new RateCard("Example e-commerce line CN–US (illustrative)", FreightMode.EcommerceLine,
    [new WeightBreak(Mass.FromKilograms(0), Money.Of(9.50m, "USD"))], rounding: WeightRounding.UpTo(Mass.FromGrams(100)), perShipmentFee: Money.Of(2.10m, "USD"));
FreightQuote parcelFreight = parcelCard.Quote([new Carton(Dimensions.Of(30, 25, 3, LengthUnit.Centimetre), Mass.FromGrams(260))]);
var parcel = new Shipment([parcelLine], "CN", "US", Incoterm.FCA, parcelFreight, usDate, Currency.USD);
LandedCostResult us = calculator.Calculate(parcel);
Console.WriteLine();
Console.WriteLine($"2) Direct parcel CN → US on {usDate:yyyy-MM-dd}: freight {parcelFreight.Total.ToString(inv)} ({parcelFreight.ChargeableWeight!.Value.Chargeable.ToString(null, inv)} chargeable)");
PrintBreakdown(us);

// ---- 3. Channel comparison for the T-shirt in Germany ------------------------------------------------------------------
LineLandedCost tee = de.Lines[0];
var request = new ChannelComparisonRequest(
    "TEE-BLK-M", "amazon-de", Dimensions.Of(30, 25, 3, LengthUnit.Centimetre), Mass.FromGrams(230), today,
    expectedMonthlyUnits: 180, steadySellerThreshold: 30, monthsOfCover: 2,
    fba: new FbaOption(tee.PerUnit.Round(), Money.Of(0.27m, "EUR"), Money.Of(0.04m, "EUR"), new FixedFulfilmentFee(Money.Of(3.05m, "EUR"))),
    warehouse: new WarehouseOption(tee.PerUnit.Round(), Money.Of(0.20m, "EUR"), Money.Of(16m, "EUR"), Money.Of(1.05m, "EUR"), Money.Of(3.60m, "EUR")),
    direct: new DirectParcelOption(Money.Of(9.95m, "EUR"), DeliveredDutyPaid: true));
ChannelRecommendation advice = ChannelComparison.Compare(request);
Console.WriteLine();
Console.WriteLine("3) Channel comparison, TEE-BLK-M into amazon-de (fees illustrative):");
foreach (ChannelCost c in advice.Costs)
{
    Console.WriteLine($"     {c.Channel.Name,-18} {c.PerUnit.Round().ToString(inv),12}  " + string.Join("; ", c.Parts.Select(p => $"{p.Key} {p.Value.Round().ToString(inv)}")));
}

Console.WriteLine($"   → {advice.Recommended.Name}: {advice.Reason}");

void PrintBreakdown(LandedCostResult r)
{
    Console.WriteLine($"   Customs value {r.CustomsValue.ToString(inv)} ({r.Rules.Valuation} basis); landed cost {r.Total.ToString(inv)} for {r.Units} units, {r.AveragePerUnit.Round(4, RoundingMode.HalfAwayFromZero).ToString(inv)} per unit on average");
    Console.WriteLine($"   {"Component",-20} {"Amount",14}  Rule / rate / source");
    foreach (CostNode node in r.Breakdown.Children)
    {
        string source = node.Source is null ? string.Empty : $"  [{node.Source.Title.Split(':')[0]}]";
        Console.WriteLine($"   {node.Label,-20} {node.Amount.ToString(inv),14}{(node.Counted ? "  " : "* ")}{node.Rule}{source}");
        foreach (CostNode child in node.Children.Where(c => c.Rate is not null || c.Kind == CostKind.Fee))
        {
            Console.WriteLine($"     {child.Label,-18} {child.Amount.ToString(inv),14}  {child.Rate} {(child.AppliedTo is { } on ? "of " + on.ToString(inv) : string.Empty)}");
        }
    }

    if (!r.RecoverableVat.IsZero)
    {
        Console.WriteLine($"   (* not counted: recoverable import VAT {r.RecoverableVat.ToString(inv)})");
    }
}

void PrintLines(LandedCostResult r)
{
    Console.WriteLine($"   {"SKU",-12} {"Units",6} {"Goods",10} {"Freight",9} {"Ins.",7} {"On-carr.",9} {"Duty",9} {"Fees",8} {"Total",11} {"Per unit",9}");
    foreach (LineLandedCost l in r.Lines)
    {
        Console.WriteLine($"   {l.Line.Sku,-12} {l.Line.Quantity,6} {l.Goods.Amount,10:0.00} {l.Freight.Amount,9:0.00} {l.Insurance.Amount,7:0.00} {l.OnCarriage.Amount,9:0.00} {(l.Duty + l.AdditionalDuty).Amount,9:0.00} {l.Fees.Amount,8:0.00} {l.Total.Amount,11:0.00} {l.PerUnit.Amount,9:0.0000}");
    }
}
