using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>The committed schemas under docs/schemas are the ones the types generate; set UPDATE_SCHEMAS=1 to regenerate them.</summary>
public class JsonSchemaTests
{
    public static TheoryData<string> Names() => new(JsonSchemas.Documents.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_schema_matches_the_types(string name)
    {
        var (_, type, title) = JsonSchemas.Documents.Single(d => d.Name == name);
        string generated = JsonSchemas.Generate(type, title);
        string path = Path.Combine(JsonSchemas.RepositoryRoot(), "docs", "schemas", name + ".schema.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        string committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "(missing)";
        Assert.True(
            committed == generated,
            $"docs/schemas/{name}.schema.json does not match the types (the JSON contract changed). Review the change, then regenerate with: {JsonSchemas.RegenerateCommand}");
    }

    public static TheoryData<string> Samples() => new(JsonSamples.Results().Select(r => r.Name).Concat(["shipment", "product", "saleContext", "listingInput"]));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_property_a_sample_writes_is_declared_by_its_schema(string sample)
    {
        (object value, string schemaName) = sample switch
        {
            "landedCost" => ((object)JsonSamples.LandedCost(), "landed-cost-result"),
            "compliance" => (JsonSamples.Compliance(), "compliance-report"),
            "unitEconomics" => (JsonSamples.UnitEconomics(), "unit-economics"),
            "kpis" => (JsonSamples.Kpis(), "kpi-report"),
            "storeHealth" => (JsonSamples.StoreHealth(), "store-health-report"),
            "shipment" => (JsonSamples.Shipment(), "shipment"),
            "product" => (JsonSamples.Product(), "product"),
            "saleContext" => (JsonSamples.Sale(), "sale-context"),
            _ => (JsonSamples.Listing(), "listing-input"),
        };
        var (_, type, title) = JsonSchemas.Documents.Single(d => d.Name == schemaName);
        JsonNode schema = JsonNode.Parse(JsonSchemas.Generate(type, title))!;
        JsonNode instance = JsonNode.Parse(JsonSerializer.Serialize(value, value.GetType(), Domain.Serialization.CrossBorderJson.Options))!;
        var problems = new List<string>();
        Check(schema, schema, instance, "$", problems);
        Assert.Empty(problems);
    }

    /// <summary>A small structural check (types of objects and arrays, declared properties, required properties); not a full validator.</summary>
    private static void Check(JsonNode root, JsonNode schema, JsonNode? instance, string path, List<string> problems)
    {
        if (schema is not JsonObject s)
        {
            return;
        }

        if (s["$ref"] is JsonValue reference)
        {
            Check(root, Resolve(root, reference.GetValue<string>()), instance, path, problems);
            return;
        }

        if (s["anyOf"] is JsonArray anyOf)
        {
            if (instance is null && anyOf.Any(a => a?["type"]?.ToString() == "null"))
            {
                return;
            }

            var best = new List<string>();
            foreach (JsonNode? option in anyOf)
            {
                var attempt = new List<string>();
                Check(root, option!, instance, path, attempt);
                if (attempt.Count == 0)
                {
                    return;
                }

                best = attempt;
            }

            problems.AddRange(best);
            return;
        }

        string[] types = s["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToArray(),
            JsonValue v => [v.GetValue<string>()],
            _ => [],
        };
        string actual = instance switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => "string",
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "number",
        };
        if (types.Length > 0 && !types.Contains(actual) && !(actual == "number" && types.Contains("integer")))
        {
            problems.Add($"{path}: {actual} where the schema says {string.Join("|", types)}");
            return;
        }

        if (instance is JsonObject obj && s["properties"] is JsonObject properties)
        {
            foreach (KeyValuePair<string, JsonNode?> p in obj)
            {
                if (properties[p.Key] is { } propertySchema)
                {
                    Check(root, propertySchema, p.Value, path + "." + p.Key, problems);
                }
                else
                {
                    problems.Add($"{path}.{p.Key}: not declared by the schema");
                }
            }

            foreach (JsonNode? required in s["required"] as JsonArray ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    problems.Add($"{path}: required property {required} missing");
                }
            }
        }

        if (instance is JsonArray array && s["items"] is { } items)
        {
            for (int i = 0; i < array.Count; i++)
            {
                Check(root, items, array[i], $"{path}[{i}]", problems);
            }
        }
    }

    private static JsonNode Resolve(JsonNode root, string reference)
    {
        JsonNode node = root;
        foreach (string part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part]!;
        }

        return node;
    }
}
