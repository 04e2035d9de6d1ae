// Consumer smoke test: references the packed CrossBorder.Domain package from a local folder, as a user's application does.
// Runs a landed-cost and a KPI computation through the public API and checks figures that are worked out in the comments.
using System;
using System.Text.Json;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Serialization;
using NodaTime;

Money freight = Money.Of(1_000m, "USD");
Money[] shares = freight.Allocate(4350, 2175, 1180);
Check(shares[0] + shares[1] + shares[2] == freight, "allocation conserves the total");

string json = JsonSerializer.Serialize(shares[0], CrossBorderJson.Options);
Check(json == "{\"amount\":\"564.57\",\"currency\":\"USD\"}", "money JSON contract: " + json);

// Landed cost: 2,000 T-shirts (HTS 6109.10.00) from China to the US by sea, FOB USD 5.00, freight USD 900, rules from the markets
// dataset and the sample tariff: duty 16.5 % = 1,650, Section 301 7.5 % = 750, MPF 0.3464 % = 34.64, HMF 0.125 % = 12.50.
var date = new LocalDate(2026, 9, 15);
var calculator = new LandedCostCalculator(MarketImportRules.Default, TariffSchedule.Sample, new ExchangeRateTable(Array.Empty<ExchangeRate>()), UsCustomsFees.Default);
var line = new ShipmentLine("TEE-BLK-M", HsCode.Parse("6109100010"), "CN", 2_000, Money.Of(5m, Currency.USD), Mass.FromGrams(180));
var shipment = new Shipment(new[] { line }, "CN", "US", Incoterm.FOB,
    FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(900m, Currency.USD), "LCL Yantian–Long Beach"), date, Currency.USD);
LandedCostResult landed = calculator.Calculate(shipment);
Check(landed.Total == Money.Of(13_347.14m, Currency.USD), "landed cost total: " + landed.Total);
Console.WriteLine($"landed cost: {landed.Total} for {landed.Units} units, {landed.AveragePerUnit.Round()} per unit");

// KPIs: two amazon-us orders on 2026-11-20 (3 units, USD 30.00 before tax, USD 2.40 tax) in the marketplace's time zone.
var keys = new LedgerKeys();
MarketplaceKey us = keys.Marketplace("amazon-us");
Instant at = Instant.FromUtc(2026, 11, 20, 18, 0);
var orders = new[]
{
    new OrderLine("111-0000001", 1, at, us, keys.Sku("MUG-01"), 2, Money.Of(20m, "USD"), Money.Of(0m, "USD"), Money.Of(1.60m, "USD"), Money.Of(3m, "USD")),
    new OrderLine("111-0000002", 1, at, us, keys.Sku("CUP-02"), 1, Money.Of(10m, "USD"), Money.Of(0m, "USD"), Money.Of(0.80m, "USD"), Money.Of(1.50m, "USD")),
};
var query = new KpiQuery(keys, Currency.USD, new DateInterval(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)),
    id => DateTimeZoneProviders.Tzdb[Markets.Default.GetMarketplace(id, date).TimeZoneId]);
KpiReport report = KpiEngine.Aggregate(query, new LedgerData { OrderLines = orders });
Check(report.Total.Kpis.Orders == 2 && report.Total.Kpis.Units == 3, $"orders {report.Total.Kpis.Orders}, units {report.Total.Kpis.Units}");
Check(report.Total.Kpis.GrossRevenue == Money.Of(32.40m, "USD"), "gross revenue: " + report.Total.Kpis.GrossRevenue);
Console.WriteLine($"KPIs: {report.Total.Kpis.Orders} orders, {report.Total.Kpis.Units} units, gross revenue {report.Total.Kpis.GrossRevenue}");

Console.WriteLine("net10.0 consumer: OK");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        Environment.Exit(1);
    }
}
