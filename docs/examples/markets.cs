#:project ../../src/CrossBorder.Domain/CrossBorder.Domain.csproj
// Markets: compare Germany, the United Kingdom, the United States and Australia on one date.
// Run with `dotnet run docs/examples/markets.cs` from the repository root.
using System.Globalization;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;

var arrival = new LocalDate(2026, 11, 25);   // the day the goods arrive: "today" is always a parameter
string[] codes = ["DE", "GB", "US", "AU"];

Console.WriteLine($"Markets on {arrival:yyyy-MM-dd} (dataset {CrossBorder.Domain.Data.ReferenceData.Version})");
Console.WriteLine();
Console.WriteLine($"{"",-26}{string.Join("", codes.Select(c => c.PadRight(24)))}");

var views = codes.Select(c => Markets.Default.For(c).On(arrival)).ToArray();
Row("Currency", v => v.Currency.Code);
Row("Tax", v => v.TaxRegime is { } t ? (t.ChargedOnImport ? t.Name : "sales tax only") : "-");
Row("Standard rate", v => v.StandardVatRate is { } r ? r.Percent.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "state sales tax");
Row("Customs value", v => v.ValuationBasis?.ToString().ToUpperInvariant() ?? "-");
Row("Import VAT base", v => v.ImportVatBase?.ToString().Replace("CustomsValue", "CV").Replace("InternationalTransportAndInsurance", "Frt+Ins").Replace("TransportToDestination", "Onward").Replace("OtherTaxes", "Taxes").Replace(", ", "+") ?? "not recorded");
Row("Duty-free up to", v => Threshold(v.LowValueImport?.DutyFreeUpTo, v.LowValueImport?.Status) + (v.LowValueImport?.FlatDutyPerItemCategory is { } f ? $" ({f.Currency.Code} {f.Amount:0}/item type)" : ""));
Row("Tax-free at border", v => Threshold(v.LowValueImport?.TaxFreeUpTo, v.LowValueImport?.Status));
Row("Collected at sale", v => v.LowValueImport?.Scheme is { } s ? $"{s} <= {v.LowValueImport.PointOfSaleCollectionUpTo?.Amount:0}" : "-");
Row("Amazon site", v => v.Marketplaces.FirstOrDefault(m => m.Platform == Platform.Amazon)?.Domain ?? "-");
Row("Prices incl. VAT", v => v.Marketplaces.FirstOrDefault(m => m.Platform == Platform.Amazon)?.PricesIncludeVat switch { true => "yes", false => "no", null => "not recorded" });
Row("Black Friday", v => Markets.Default.Calendar.TryGetOccurrence("black-friday", v.Country.Code, arrival.Year, out var o) ? o.Start.ToString("yyyy-MM-dd", null) : "-");
Row("Mother's Day", v => Markets.Default.Calendar.TryGetOccurrence("mothers-day", v.Country.Code, arrival.Year, out var o) ? o.Start.ToString("yyyy-MM-dd", null) : "-");

Console.WriteLine();
Console.WriteLine("Why (first three sources for DE):");
foreach (var p in views[0].Provenance.Take(3))
{
    Console.WriteLine($"  {p.Table}[{p.Key}] in force {p.Period}: {p.Source.Address}");
}

// Your own data: an announced threshold you want to plan with, without forking the library.
var planned = new LowValueImportRule("AU", LowValueImportRule.DefaultVariant, Money.Of(500m, "AUD"), Money.Of(500m, "AUD"), null, null,
    TaxCollector.Importer, ThresholdBasis.CustomsValuePerConsignment, RuleStatus.Announced, null, "what-if scenario",
    CrossBorder.Domain.Data.EffectivePeriod.From(new LocalDate(2027, 7, 1)), CrossBorder.Domain.Data.Source.UserSupplied("Scenario", arrival));
var scenario = Markets.Default.WithLowValueImportRules([planned]);
Console.WriteLine();
Console.WriteLine($"AU duty-free limit on 2027-07-01: embedded {Markets.Default.GetLowValueImport("AU", new LocalDate(2027, 7, 1)).DutyFreeUpTo}, scenario {scenario.GetLowValueImport("AU", new LocalDate(2027, 7, 1)).DutyFreeUpTo} ({scenario.GetLowValueImport("AU", new LocalDate(2027, 7, 1)).Status})");
Console.WriteLine($"Latest ship date from China for US Black Friday {arrival.Year + 1} with a 35-day lead time: {Markets.Default.Calendar.LatestShipDate("black-friday", "US", arrival.Year + 1, 35):yyyy-MM-dd}");

void Row(string label, Func<MarketView, string> cell) =>
    Console.WriteLine($"{label,-26}{string.Join("", views.Select(v => cell(v).PadRight(24)))}");

static string Threshold(Money? limit, RuleStatus? status) =>
    status == RuleStatus.Suspended ? "none (suspended)" : limit is { } m ? $"{m.Currency.Code} {m.Amount:0}" : "none";
