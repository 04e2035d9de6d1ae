#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// CrossBorder.Domain quickstart: run with `dotnet run docs/examples/quickstart.cs` from the repository root.
using System.Globalization;
using CrossBorder.Domain.Monetary;
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
