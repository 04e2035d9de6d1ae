using System.Globalization;
using System.Text.Json;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Serialization;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>The result contract: every result serializes as its model, the model reads back and writes the same bytes, and the bytes never depend on culture or threads.</summary>
public class JsonResultTests
{
    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), CrossBorderJson.Options);

    [Fact]
    public void Landed_cost_result_writes_totals_lines_and_the_explained_breakdown()
    {
        LandedCostResult result = JsonSamples.LandedCost();
        using JsonDocument doc = JsonDocument.Parse(Json(result));
        JsonElement root = doc.RootElement;
        Assert.Equal(result.Total, JsonSerializer.Deserialize<Domain.Monetary.Money>(root.GetProperty("total").GetRawText(), CrossBorderJson.Options));
        Assert.Equal(result.Lines[0].PerUnit, JsonSerializer.Deserialize<Domain.Monetary.Money>(root.GetProperty("lines")[0].GetProperty("perUnit").GetRawText(), CrossBorderJson.Options));
        Assert.Equal("EUR", root.GetProperty("total").GetProperty("currency").GetString());
        Assert.Equal(2, root.GetProperty("lines").GetArrayLength());
        Assert.Equal("TEE-BLK-M", root.GetProperty("lines")[0].GetProperty("sku").GetString());
        Assert.Equal("seaLcl", root.GetProperty("shipment").GetProperty("freight").GetProperty("mode").GetString());
        Assert.Equal("fob", root.GetProperty("shipment").GetProperty("incoterm").GetString());
        JsonElement breakdown = root.GetProperty("breakdown");
        Assert.Equal("total", breakdown.GetProperty("kind").GetString());
        Assert.Equal(result.Breakdown.Children.Count, breakdown.GetProperty("children").GetArrayLength());
        // Every explanation is kept: each node's rule text is the calculator's, word for word.
        Assert.Equal(result.Breakdown.Children[0].Rule, breakdown.GetProperty("children")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Compliance_report_writes_verdict_requirements_and_reasons()
    {
        ComplianceReport report = JsonSamples.Compliance();
        using JsonDocument doc = JsonDocument.Parse(Json(report));
        JsonElement root = doc.RootElement;
        Assert.Equal("SPK-BT20", root.GetProperty("sku").GetString());
        Assert.Equal("DE", root.GetProperty("market").GetString());
        Assert.Equal("2026-11-25", root.GetProperty("date").GetString());
        Assert.Equal(report.CanSell, root.GetProperty("canSell").GetBoolean());
        Assert.Equal(report.Requirements.Count, root.GetProperty("requirements").GetArrayLength());
        Assert.NotEmpty(report.Requirements);
        JsonElement first = root.GetProperty("requirements")[0].GetProperty("finding");
        Assert.Equal(report.Requirements[0].Finding.Reason, first.GetProperty("reason").GetString());
        Assert.StartsWith("https://", first.GetProperty("provenance").GetProperty("source").GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Equal(report.Services.Count, root.GetProperty("services").GetArrayLength());
    }

    [Fact]
    public void Unit_economics_writes_the_waterfall_with_explanations()
    {
        UnitEconomics economics = JsonSamples.UnitEconomics();
        using JsonDocument doc = JsonDocument.Parse(Json(economics));
        JsonElement root = doc.RootElement;
        Assert.Equal("29.99", root.GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal("amazon-de", root.GetProperty("sale").GetProperty("marketplace").GetString());
        Assert.Equal(economics.NetMargin.ToString(), root.GetProperty("netMargin").GetString());
        Assert.Equal(economics.Lines.Count, root.GetProperty("lines").GetArrayLength());
        Assert.Equal(economics.Lines[0].Explanation, root.GetProperty("lines")[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public void Kpi_report_writes_one_row_per_group_and_a_total()
    {
        KpiReport report = JsonSamples.Kpis();
        using JsonDocument doc = JsonDocument.Parse(Json(report));
        JsonElement root = doc.RootElement;
        Assert.Equal("USD", root.GetProperty("reportingCurrency").GetString());
        Assert.Equal(report.Groups.Count, root.GetProperty("groups").GetArrayLength());
        Assert.Equal(report.Total.Orders, root.GetProperty("total").GetProperty("orders").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").GetProperty("key").GetProperty("marketplace").ValueKind);
        Assert.Equal(report.RowsRead, root.GetProperty("rowsRead").GetInt64());
        // Non-percentage ratios are exact decimals written as strings (never binary floating point).
        JsonElement roas = root.GetProperty("total").GetProperty("roas");
        Assert.Equal(JsonValueKind.String, roas.ValueKind);
        Assert.Equal(report.Total.Kpis.Roas, decimal.Parse(roas.GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Store_health_report_writes_each_metric_with_its_explanation()
    {
        StoreHealthReport report = JsonSamples.StoreHealth();
        using JsonDocument doc = JsonDocument.Parse(Json(report));
        JsonElement root = doc.RootElement;
        Assert.Equal("amazon-us", root.GetProperty("marketplace").GetString());
        Assert.Equal(report.Metrics.Count, root.GetProperty("metrics").GetArrayLength());
        Assert.NotEmpty(report.Metrics);
        Assert.Equal(report.Metrics[0].Explanation, root.GetProperty("metrics")[0].GetProperty("explanation").GetString());
    }

    public static TheoryData<string> ResultNames() => new(JsonSamples.Results().Select(r => r.Name));

    [Theory]
    [MemberData(nameof(ResultNames))]
    public void Result_models_read_back_and_write_the_same_bytes(string name)
    {
        object result = JsonSamples.Results().Single(r => r.Name == name).Build();
        string json = Json(result);
        Type model = ModelOf(result);
        object back = JsonSerializer.Deserialize(json, model, CrossBorderJson.Options)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, model, CrossBorderJson.Options));
    }

    [Theory]
    [MemberData(nameof(ResultNames))]
    public void Results_are_not_read_back_as_computed_types(string name)
    {
        object result = JsonSamples.Results().Single(r => r.Name == name).Build();
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json(result), result.GetType(), CrossBorderJson.Options));
        Assert.Contains(ModelOf(result).Name, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ResultNames))]
    public void Results_are_byte_identical_across_runs_cultures_and_threads(string name)
    {
        Func<object> build = JsonSamples.Results().Single(r => r.Name == name).Build;
        string expected = Json(build());
        Assert.Equal(expected, Json(build()));
        foreach (string culture in new[] { "tr-TR", "de-DE", "ja-JP", "ar-SA" })
        {
            Assert.Equal(expected, Cultures.With(culture, () => Json(build())));
        }

        string[] fromThreads = new string[8];
        Thread[] threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(i % 2 == 0 ? "tr-TR" : "ar-SA");
            string last = string.Empty;
            for (int n = 0; n < 5; n++)
            {
                last = Json(build());
            }

            fromThreads[i] = last;
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.All(fromThreads, json => Assert.Equal(expected, json));
    }

    [Fact]
    public void A_shared_result_serializes_identically_from_eight_threads()
    {
        // One result instance, lazily explained (rules and children built on first access), written by 8 threads at once.
        LandedCostResult shared = JsonSamples.LandedCost();
        string expected = Json(JsonSamples.LandedCost());
        string[] outputs = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outputs[i] = Json(shared));
        Assert.All(outputs, json => Assert.Equal(expected, json));
    }

    [Fact]
    public void Import_rules_read_back_as_rules_and_through_the_landed_cost_model()
    {
        LandedCostResult result = JsonSamples.LandedCost();
        string rules = Json(result.Rules);
        Assert.Equal(result.Rules, JsonSerializer.Deserialize<Domain.Customs.ImportRules>(rules, CrossBorderJson.Options));
        LandedCostResultJson model = JsonSerializer.Deserialize<LandedCostResultJson>(Json(result), CrossBorderJson.Options)!;
        Assert.Equal(result.Rules, model.Rules.ToRules());
        Assert.Equal("EU", JsonDocument.Parse(rules).RootElement.GetProperty("customsTerritory").GetString());

        // The rules' own checks apply on reading: a VAT rate without a base is refused with the constructor's parameter name.
        string broken = rules.Replace("\"vatBase\":\"customsValue, duty, transportToDestination\"", "\"vatBase\":\"none\"", StringComparison.Ordinal);
        Assert.NotEqual(rules, broken);
        Assert.Equal("vatRate", Assert.ThrowsAny<ArgumentException>(() => JsonSerializer.Deserialize<Domain.Customs.ImportRules>(broken, CrossBorderJson.Options)).ParamName);
    }

    [Fact]
    public void Kpi_ratios_written_as_strings_are_declared_as_strings_by_the_schema()
    {
        string schema = JsonSchemas.Generate(typeof(KpiReportJson), "t");
        using JsonDocument doc = JsonDocument.Parse(schema);
        JsonElement roas = doc.RootElement.GetProperty("properties").GetProperty("total").GetProperty("properties").GetProperty("roas");
        Assert.Equal("string", roas.GetProperty("anyOf")[0].GetProperty("type").GetString());
    }

    private static Type ModelOf(object result) => result switch
    {
        LandedCostResult => typeof(LandedCostResultJson),
        ComplianceReport => typeof(ComplianceReportJson),
        UnitEconomics => typeof(UnitEconomicsJson),
        KpiReport => typeof(KpiReportJson),
        StoreHealthReport => typeof(StoreHealthReportJson),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "no model"),
    };
}
