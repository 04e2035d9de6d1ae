#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Pricing: one SKU in five markets, then a US FBA breakdown and a what-if table.
// Run with `dotnet run docs/examples/pricing.cs` from the repository root.
using System.Globalization;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var engine = PricingEngine.Default;
var today = new LocalDate(2026, 11, 25);

// VAT rates and "prices include VAT" come from the markets data in the full library; here they are typed in.
SaleContext Market(string id, Currency c, decimal vatPercent, bool inclusive) =>
    new(MarketplaceId.Parse(id), today, c, Percentage.FromPercent(vatPercent), inclusive);

// The same SKU (a small electronics gadget), landed in each market at a cost from a landed-cost quote, shipped by a 3PL.
ListingInput Sku(string category, decimal landed, decimal shipping, string currency) =>
    new(category, new UnitCost(Money.Of(landed, currency), "landed-cost quote LC-2026-114"))
    {
        Fulfilment = Fulfilment.Fixed(Money.Of(shipping, currency), "3PL pick, pack and postage (assumed)"),
        Returns = new ReturnAssumptions(Percentage.FromPercent(4), Percentage.FromPercent(40), Money.Of(shipping, currency)),
        Advertising = AdvertisingAssumptions.FromAcos(Percentage.FromPercent(25), Percentage.FromPercent(40)),
        PaymentCosts = [new PaymentCost("currency conversion (assumed)", Percentage.FromPercent(1.5m))],
    };

var target = PriceTarget.NetMargin(Percentage.FromPercent(20));
var offers = new[]
{
    MarketOffer.ForTarget(Market("amazon-us", Currency.USD, 0, false), Sku("consumer-electronics", 9.00m, 4.50m, "USD"), target, PriceEnding.NinetyNine),
    MarketOffer.ForTarget(Market("amazon-de", Currency.EUR, 19, true), Sku("consumer-electronics", 8.40m, 3.90m, "EUR"), target, PriceEnding.NinetyNine),
    MarketOffer.ForTarget(Market("amazon-uk", Currency.GBP, 20, true), Sku("consumer-electronics", 7.30m, 3.40m, "GBP"), target, PriceEnding.NinetyNine),
    MarketOffer.ForTarget(Market("amazon-jp", Currency.JPY, 10, true), Sku("consumer-electronics", 1400m, 650m, "JPY"), target, PriceEnding.WholeUnit),
    MarketOffer.ForTarget(Market("tiktok-shop-uk", Currency.GBP, 20, true), Sku("most-categories", 7.30m, 3.40m, "GBP"), target, PriceEnding.NinetyFive),
};

// Example rates for the reporting currency (not official fixings).
var rates = new ExchangeRateTable(
    [
        new ExchangeRate(Currency.EUR, Currency.USD, 1.16m, today, "example rate"),
        new ExchangeRate(Currency.GBP, Currency.USD, 1.32m, today, "example rate"),
        new ExchangeRate(Currency.JPY, Currency.USD, 0.0064m, today, "example rate"),
    ]);

Console.WriteLine($"One SKU, five markets, lowest price for a {target} ({today:yyyy-MM-dd})");
Console.WriteLine($"{"market",-16}{"price",14}{"fees",12}{"net profit",13}{"margin",9}{"profit USD",12}");
foreach (var row in engine.Compare(offers, Currency.USD, rates))
{
    if (row.Economics is not { } e)
    {
        Console.WriteLine($"{row.Marketplace,-16} no price: {row.Reason}");
        continue;
    }

    Console.WriteLine($"{row.Marketplace,-16}{e.Price,14}{e.MarketplaceFees.Round().Amount,12}{e.NetProfit.Round().Amount,13}{e.NetMargin,9}{row.NetProfitInReportingCurrency!.Value.Round().Amount,12}");
}

// A US FBA listing on the last day the encoded FBA rate card is in force, line by line.
var us = new SaleContext(MarketplaceId.Parse("amazon-us"), new LocalDate(2025, 10, 14), Currency.USD, Percentage.Zero, false);
var fbaSku = new ListingInput("home-and-kitchen", new UnitCost(Money.Of(6.00m, "USD"), "landed-cost quote LC-2025-031"))
{
    Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6)),
    DaysInStock = 60,
    Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(30), Money.Of(1.00m, "USD"), Percentage.FromPercent(20)),
    Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(10)),
};
var model = engine.Model(us, fbaSku);
var price = Money.Of(24.99m, "USD");
Console.WriteLine();
Console.WriteLine(model.At(price).Explain());
Console.WriteLine($"break-even {model.BreakEven().Price}; 25% margin at {model.Solve(PriceTarget.NetMargin(Percentage.FromPercent(25)), PriceEnding.NinetyNine).Price}");

var coupon = model.Promote(price, Promotion.PercentageCoupon(Percentage.FromPercent(15), Money.Of(0.60m, "USD")));
Console.WriteLine($"15% coupon: profit {coupon.Regular.NetProfit.Round()} -> {coupon.Promotional.NetProfit.Round()} per unit; sales must rise {coupon.UpliftNeeded} to keep total profit");

// What-if: each driver ±10%, 400 units a month, largest swing first.
var parts = new LandedCostParts(duty: Money.Of(0.45m, "USD"), freight: Money.Of(1.10m, "USD"), foreignCurrencyShare: Percentage.FromPercent(70));
var tornado = model.Sensitivity(price, parts, Percentage.FromPercent(10), unitsPerMonth: 400);
Console.WriteLine();
Console.WriteLine($"What-if at {price}: each input ±{tornado.Change}, {tornado.UnitsPerMonth} units/month (largest swing first)");
Console.WriteLine($"{"input",-14}{"+10%/unit",11}{"-10%/unit",11}{"+10%/month",12}{"-10%/month",12}");
foreach (var r in tornado.Ranking)
{
    Console.WriteLine($"{r.Driver,-14}{r.ProfitDeltaUp.Round().Amount,11}{r.ProfitDeltaDown.Round().Amount,11}{r.MonthlyDeltaUp.Round().Amount,12}{r.MonthlyDeltaDown.Round().Amount,12}");
}
