using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Serialization;
using CrossBorder.Domain.Tests.BadInput;
using CrossBorder.Domain.Tests.Serialization;
using static CrossBorder.Domain.Tests.Reliability.Fuzzing.FuzzInput;

namespace CrossBorder.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Issue 12, fuzzing: CrossBorderJson reads 10,000 random and mutated documents into every type of its contract (each type the
/// source-generated context declares). Documented outcomes only (docs/json.md): a value, a JsonException naming the path, or the
/// domain constructor's ArgumentException for a value the domain refuses.
/// </summary>
public class JsonFuzzTests
{
    /// <summary>
    /// ImportRules and the landed-cost result model used to escape with InvalidOperationException (a constructor parameter
    /// System.Text.Json could not bind); both now read through ImportRulesJson, so this regression test keeps them readable.
    /// </summary>
    [Fact]
    public void Import_rules_read_back_from_their_own_json()
    {
        var rules = Domain.Customs.ImportRulesTable.Sample.GetRules(Domain.Geography.CountryCode.Parse("DE"), new NodaTime.LocalDate(2026, 9, 15));
        string json = JsonSerializer.Serialize(rules, CrossBorderJson.Options);
        var back = JsonSerializer.Deserialize<Domain.Customs.ImportRules>(json, CrossBorderJson.Options);
        Assert.Equal(json, JsonSerializer.Serialize(back, CrossBorderJson.Options));
    }

    public static TheoryData<string> ContractTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type t in Declared())
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    private static IEnumerable<Type> Declared() =>
        typeof(CrossBorderJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Distinct();

    private static readonly Lazy<Dictionary<Type, string[]>> Seeds = new(BuildSeeds);

    private static Dictionary<Type, string[]> BuildSeeds()
    {
        var seeds = new Dictionary<Type, string[]>();
        foreach ((string _, Func<object> build) in JsonSamples.Results())
        {
            object result = build();
            Type model = result switch
            {
                LandedCostResult => typeof(LandedCostResultJson),
                ComplianceReport => typeof(ComplianceReportJson),
                UnitEconomics => typeof(UnitEconomicsJson),
                KpiReport => typeof(KpiReportJson),
                StoreHealthReport => typeof(StoreHealthReportJson),
                _ => result.GetType(),
            };
            string json = JsonSerializer.Serialize(result, result.GetType(), CrossBorderJson.Options);
            // The computed result types are never read (docs/json.md: read the model); they get the small generic seeds, which
            // keeps the cost of fuzzing them low.
            seeds[model] = new[] { json };
        }

        foreach (Type t in Declared())
        {
            if (!seeds.ContainsKey(t) && Samples.TryGet(t, out object? sample) && sample is not null)
            {
                seeds[t] = new[] { JsonSerializer.Serialize(sample, t, CrossBorderJson.Options) };
            }
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void Random_and_mutated_json_gives_a_value_or_a_documented_exception(string typeName)
    {
        Type type = Declared().Single(t => t.FullName == typeName);
        string[] seeds = Seeds.Value.TryGetValue(type, out string[]? s) ? s : new[] { "{}", "[]", "\"x\"", "0" };
        FsCheck.Gen<string> inputs = FsCheck.Fluent.Gen.Frequency((1, Text), (4, MutatedJson(seeds)));
        Run(inputs, json => OnlyDocumented(
            json,
            () => JsonSerializer.Deserialize(json, type, CrossBorderJson.Options),
            typeof(JsonException),
            typeof(ArgumentException)));
    }

    [Fact]
    public void A_lone_surrogate_escape_is_a_JsonException()
    {
        Exception? ex = Record.Exception(() => JsonSerializer.Deserialize<Domain.Catalog.Sku>("\"A\\uDE20\"", CrossBorderJson.Options));
        Assert.True(ex is JsonException or ArgumentException, ex?.ToString());
    }

    [Fact]
    public void Nesting_beyond_the_maximum_depth_is_a_JsonException()
    {
        string deep = new string('[', 65) + new string(']', 65);
        Assert.Equal(64, CrossBorderJson.Options.MaxDepth);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<object>>(deep, CrossBorderJson.Options));
        string deepModel = "{\"lines\":" + new string('[', 70) + new string(']', 70) + "}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UnitEconomicsJson>(deepModel, CrossBorderJson.Options));
    }
}
