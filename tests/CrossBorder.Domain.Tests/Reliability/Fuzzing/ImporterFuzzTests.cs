using System.Text;
using System.Text.Json.Nodes;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Pricing;
using static CrossBorder.Domain.Tests.Reliability.Fuzzing.FuzzInput;

namespace CrossBorder.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Issue 12, fuzzing: the CSV importers (Csv package) and the reference-data loaders get 10,000 random and mutated files each.
/// The only documented failure of an importer is <see cref="CsvImportException"/> (every problem with its line); of a
/// reference-data loader, <see cref="DataValidationException"/> (every problem with its location).
/// </summary>
public class ImporterFuzzTests
{
    private static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrossBorder.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(new[] { dir!.FullName }.Concat(parts).ToArray()));
    }

    private static string[] CsvSeeds(string sample) => new[] { RepoFile("docs", "samples", sample) };

    private static FsCheck.Gen<string> CsvInputs(string[] seeds) => FsCheck.Fluent.Gen.Frequency((1, Text), (6, Mutated(seeds)));

    private static void FuzzCsv(string sample, Action<TextReader> read) =>
        Run(CsvInputs(CsvSeeds(sample)), text => OnlyDocumented(text, () => read(new StringReader(text)), typeof(CsvImportException)));

    [Fact]
    public void Products_csv() => FuzzCsv("products.csv", r => ProductsCsv.Read(r));

    [Fact]
    public void Shipment_lines_csv() => FuzzCsv("shipment-lines.csv", r => ShipmentLinesCsv.Read(r));

    [Fact]
    public void Order_lines_csv() => FuzzCsv("order-lines.csv", r => LedgerCsv.ReadOrderLines(r, new LedgerKeys()));

    [Fact]
    public void Refunds_csv() => FuzzCsv("refunds.csv", r => LedgerCsv.ReadRefunds(r, new LedgerKeys()));

    [Fact]
    public void Fees_csv() => FuzzCsv("fees.csv", r => LedgerCsv.ReadFees(r, new LedgerKeys()));

    [Fact]
    public void Advertising_csv() => FuzzCsv("advertising.csv", r => LedgerCsv.ReadAdvertising(r, new LedgerKeys()));

    [Fact]
    public void Sku_costs_csv() => FuzzCsv("sku-costs.csv", r => LedgerCsv.ReadSkuCosts(r, new LedgerKeys()));

    [Fact]
    public void Ecb_reference_rates_csv()
    {
        string[] seeds =
        {
            "Date, USD, JPY, BGN, CZK, GBP, \n22 November 2024, 1.0412, 161.43, 1.9558, 25.316, 0.83188, \n",
            "Date,USD,JPY,CYP,GBP,\n2024-11-22,1.0412,161.43,N/A,0.83188,\n2024-11-21,1.0493,162.45,N/A,0.83220,\n",
        };
        Run(CsvInputs(seeds), text => OnlyDocumented(text, () => EcbReferenceRatesCsv.Read(new StringReader(text)), typeof(CsvImportException)));
    }

    /// <summary>The first records of an embedded table (with the sources they use), small enough to parse 10,000 times quickly.</summary>
    private static string Trimmed(string table, int records = 3)
    {
        using Stream stream = typeof(Domain.Monetary.Money).Assembly.GetManifestResourceStream("CrossBorder.Domain.Data." + table + ".json")!;
        JsonObject doc = JsonNode.Parse(stream)!.AsObject();
        var kept = new JsonArray(doc["records"]!.AsArray().Take(records).Select(r => r!.DeepClone()).ToArray());
        var used = kept.Select(r => (string?)r!["source"]).ToHashSet();
        var sources = new JsonObject(doc["sources"]!.AsObject().Where(p => used.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone())));
        doc["records"] = kept;
        doc["sources"] = sources;
        return doc.ToJsonString();
    }

    private static void FuzzData(string[] seeds, Action<string> load) =>
        Run(FsCheck.Fluent.Gen.Frequency((1, Text), (6, MutatedJson(seeds))), json => OnlyDocumented(json, () => load(json), typeof(DataValidationException)));

    [Fact]
    public void Markets_with_user_data() =>
        FuzzData(new[] { Trimmed("vat-rates"), Trimmed("low-value-imports"), Trimmed("marketplaces"), Trimmed("countries"), Trimmed("retail-events") }, json => Markets.Default.WithData(json));

    [Fact]
    public void Compliance_rules() => FuzzData(new[] { Trimmed("compliance-rules") }, json => ComplianceRuleSet.Default.WithRules(json));

    [Fact]
    public void Marketplace_fee_schedules() => FuzzData(new[] { Trimmed("marketplace-fees") }, json => MarketplaceFeeSchedules.Parse(json));

    [Fact]
    public void Health_targets() => FuzzData(new[] { Trimmed("store-health-targets") }, json => HealthTargets.Parse(json));

    [Fact]
    public void Tariff_schedule() => FuzzData(new[] { Trimmed("customs-tariff-sample", 4) }, json => TariffSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void Import_rules() => FuzzData(new[] { Trimmed("customs-import-rules-sample", 8) }, json => ImportRulesTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void A_lone_surrogate_escape_is_a_DataValidationException_with_its_location()
    {
        // Found by Compliance_rules under ar-SA: JsonElement.GetString threw InvalidOperationException for "\uDE20".
        const string json = """{ "table": "compliance-rules", "version": "1", "sources": {}, "records": [ { "id": "x\uDE20" } ] }""";
        var ex = Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Default.WithRules(json));
        Assert.Contains(ex.Problems, p => p.Location == "$.records[0].id");
    }

    [Fact]
    public void A_source_defined_twice_is_a_DataValidationException()
    {
        // Found by Tariff_schedule: a duplicated source id threw Dictionary's "same key has already been added".
        const string json = """{ "table": "t", "version": "1", "sources": { "s": { "title": "a", "address": "https://a", "retrieved": "2026-01-01" }, "s": { "title": "b", "address": "https://b", "retrieved": "2026-01-01" } }, "records": [] }""";
        var ex = Assert.Throws<DataValidationException>(() => TariffSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(ex.Problems, p => p.Message.Contains("defined twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dimension_beyond_what_millimetres_can_hold_is_a_csv_problem()
    {
        // Found by Shipment_lines_csv under ar-SA: the Length constructor's ArgumentOutOfRangeException escaped the importer.
        const string csv = "sku,hs_code,origin,quantity,unit_price,currency,unit_mass_kg,length_cm,width_cm,height_cm\nMUG-01,6912.00,CN,240,2.35,USD,0.41,12,10792262514264337593543950335,9\n";
        var ex = Assert.Throws<CsvImportException>(() => ShipmentLinesCsv.Read(new StringReader(csv)));
        Assert.Contains(ex.Problems, p => p.Line == 2);
    }

    [Fact]
    public void Reference_documents_nested_beyond_the_maximum_depth_are_a_DataValidationException()
    {
        string deep = "{\"table\":\"vat-rates\",\"version\":\"1\",\"sources\":{},\"records\":[" + new string('[', 40) + new string(']', 40) + "]}";
        var ex = Assert.Throws<DataValidationException>(() => Markets.Default.WithData(deep));
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
