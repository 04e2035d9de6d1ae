using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Serialization;
using NodaTime;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>
/// Generates the JSON Schemas under docs/schemas from the types with <see cref="JsonSchemaExporter"/> and
/// <see cref="CrossBorderJson.Options"/>. Types written by the library's own converters (money, codes, quantities, smart enums)
/// get their schema here, since the exporter cannot see inside a converter.
/// </summary>
internal static class JsonSchemas
{
    internal const string RegenerateCommand = "UPDATE_SCHEMAS=1 dotnet test -c Release --filter FullyQualifiedName~JsonSchemaTests";

    private const string Decimal = "^-?[0-9]+(\\.[0-9]+)?$";

    /// <summary>The schema files: name (docs/schemas/&lt;name&gt;.schema.json), type, title.</summary>
    internal static readonly (string Name, Type Type, string Title)[] Documents =
    [
        ("shipment", typeof(Shipment), "CrossBorder.Domain shipment (landed-cost input)"),
        ("product", typeof(Product), "CrossBorder.Domain product (compliance input)"),
        ("sale-context", typeof(SaleContext), "CrossBorder.Domain sale context (pricing input)"),
        ("listing-input", typeof(ListingInput), "CrossBorder.Domain listing input (pricing input)"),
        ("landed-cost-result", typeof(LandedCostResultJson), "CrossBorder.Domain landed-cost result"),
        ("compliance-report", typeof(ComplianceReportJson), "CrossBorder.Domain compliance report"),
        ("unit-economics", typeof(UnitEconomicsJson), "CrossBorder.Domain unit economics"),
        ("kpi-report", typeof(KpiReportJson), "CrossBorder.Domain KPI report"),
        ("store-health-report", typeof(StoreHealthReportJson), "CrossBorder.Domain store-health report"),
        ("restock-plan", typeof(CrossBorder.Domain.Serialization.RestockPlanJson), "CrossBorder.Domain restock plan"),
    ];

    internal static string Generate(Type type, string title)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        JsonNode schema = CrossBorderJson.Options.GetJsonSchemaAsNode(type, exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/crossborder-domain/CrossBorder.Domain/docs/schemas/" + Documents.Single(d => d.Type == type).Name + ".schema.json",
            ["title"] = title,
        };
        foreach (KeyValuePair<string, JsonNode?> property in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(property.Key);
            root[property.Key] = property.Value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrossBorder.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrossBorder.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type type = context.TypeInfo.Type;
        Type? inner = Nullable.GetUnderlyingType(type);
        if ((inner ?? type) == typeof(decimal) && context.PropertyInfo?.NumberHandling is { } handling && (handling & JsonNumberHandling.WriteAsString) != 0)
        {
            // A decimal the model writes as a string (KPI ratios): the exporter does not see the property's number handling.
            JsonObject text = Str("Exact decimal, written as a string (never a binary float).", Decimal);
            return inner is null ? text : OrNull(text);
        }

        JsonObject? known = ValueSchema(inner ?? type);
        if (known is null)
        {
            return schema;
        }

        bool nullable = inner is not null || (schema is JsonObject o && o["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"));
        if (context.PropertyInfo is { } property && !type.IsValueType && property.IsGetNullable)
        {
            nullable = true;
        }

        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(known, new JsonObject { ["type"] = "null" }) } : known;
    }

    private static JsonObject Str(string description, string? pattern = null, string? format = null)
    {
        var node = new JsonObject { ["type"] = "string", ["description"] = description };
        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        if (format is not null)
        {
            node["format"] = format;
        }

        return node;
    }

    private static JsonObject Obj(string description, string[] required, params (string Name, JsonNode Schema)[] properties)
    {
        var props = new JsonObject();
        foreach ((string name, JsonNode s) in properties)
        {
            props[name] = s;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = description,
            ["properties"] = props,
            ["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray()),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject OrNull(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static JsonObject? ValueSchema(Type type)
    {
        if (type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>))
        {
            var members = (System.Collections.IEnumerable)b.BaseType!.GetProperty("List")!.GetValue(null)!;
            var names = new JsonArray();
            foreach (object member in members)
            {
                names.Add(JsonNamingPolicy.CamelCase.ConvertName((string)type.GetProperty("Name")!.GetValue(member)!));
            }

            return new JsonObject { ["type"] = "string", ["description"] = type.Name + " (camelCase name)", ["enum"] = names };
        }

        JsonObject MassSchema() => Str("A mass: value and unit, such as \"1.25 kg\".");
        JsonObject DateSchema() => Str("An ISO-8601 date.", format: "date");
        return type switch
        {
            _ when type == typeof(Money) => Obj(
                "Money: the amount as a decimal string (never a binary float) and the ISO 4217 currency code.",
                ["amount", "currency"],
                ("amount", Str("Exact decimal amount.", Decimal)),
                ("currency", Str("ISO 4217 code.", "^[A-Z]{3}$"))),
            _ when type == typeof(Currency) => Str("ISO 4217 currency code.", "^[A-Z]{3}$"),
            _ when type == typeof(Percentage) => Str("A percentage, exact, such as \"19%\".", "^-?[0-9]+(\\.[0-9]+)?%$"),
            _ when type == typeof(CountryCode) => Str("ISO 3166-1 alpha-2 country code.", "^[A-Z]{2}$"),
            _ when type == typeof(MarketplaceId) => Str("Marketplace identifier, such as \"amazon-de\".", "^[a-z0-9]+(-[a-z0-9]+)*$"),
            _ when type == typeof(HsCode) => Str("Harmonized System code, dotted, such as \"8518.22.00\"."),
            _ when type == typeof(Sku) => Str("Stock-keeping unit."),
            _ when type == typeof(CertificateType) => Str("Certificate type code, such as \"CE-RED\"."),
            _ when type == typeof(Mass) => MassSchema(),
            _ when type == typeof(ExchangeRate) => Obj(
                "A dated exchange rate: 1 base = rate quote.",
                ["baseCurrency", "quoteCurrency", "rate", "date"],
                ("baseCurrency", Str("ISO 4217 code.", "^[A-Z]{3}$")),
                ("quoteCurrency", Str("ISO 4217 code.", "^[A-Z]{3}$")),
                ("rate", Str("Exact decimal rate.", Decimal)),
                ("date", DateSchema()),
                ("source", OrNull(Str("Where the rate comes from.")))),
            _ when type == typeof(Length) => Str("A length: value and unit, such as \"30 cm\"."),
            _ when type == typeof(Volume) => Str("A volume: value and unit, such as \"0.5 m3\"."),
            _ when type == typeof(LocalDate) => DateSchema(),
            _ when type == typeof(Instant) => Str("An ISO-8601 instant in UTC.", format: "date-time"),
            _ when type == typeof(DateInterval) => Obj("An inclusive date interval.", ["start", "end"], ("start", DateSchema()), ("end", DateSchema())),
            _ when type == typeof(Dimensions) => Obj(
                "Dimensions, longest side first.",
                ["longest", "median", "shortest"],
                ("longest", Str("Length.")),
                ("median", Str("Length.")),
                ("shortest", Str("Length."))),
            _ when type == typeof(EffectivePeriod) => Obj("The period a record is in force, both ends inclusive; validFrom null = no first day (EffectivePeriod.Always), validTo null = open-ended.", ["validFrom", "validTo"], ("validFrom", OrNull(DateSchema())), ("validTo", OrNull(DateSchema()))),
            _ when type == typeof(ChargeableWeight) => Obj("The weight a carrier charges and the figures behind it.", ["actual", "volumetric", "chargeable"], ("actual", MassSchema()), ("volumetric", MassSchema()), ("chargeable", MassSchema())),
            _ when type == typeof(ProductCategory) => new JsonObject
            {
                ["description"] = "A product category: {code, name}, or the bare code of a built-in category.",
                ["anyOf"] = new JsonArray(
                    Str("Built-in category code.", "^[a-z0-9-]{2,40}$"),
                    Obj("Category.", ["code"], ("code", Str("Category code.", "^[a-z0-9-]{2,40}$")), ("name", Str("Display name.")))),
            },
            _ when type == typeof(InsuranceCover) => Obj(
                "Cargo insurance: a premium given, or a rate and cover ratio to estimate it, or none (all empty).",
                [],
                ("premium", OrNull(ValueSchema(typeof(Money))!)),
                ("rate", ValueSchema(typeof(Percentage))!),
                ("coverRatio", ValueSchema(typeof(Percentage))!)),
            _ when type == typeof(Fulfilment) => Obj(
                "Fulfilment cost: by Amazon (dimensions and unit weight), a fixed cost per unit, or none.",
                [],
                ("byAmazon", new JsonObject { ["type"] = "boolean" }),
                ("dimensions", OrNull(ValueSchema(typeof(Dimensions))!)),
                ("unitWeight", OrNull(MassSchema())),
                ("fixedCost", OrNull(ValueSchema(typeof(Money))!)),
                ("label", OrNull(Str("Label.")))),
            _ when type == typeof(AdvertisingAssumptions) => Obj(
                "Advertising assumptions.",
                [],
                ("acos", ValueSchema(typeof(Percentage))!),
                ("attributedShare", ValueSchema(typeof(Percentage))!)),
            _ => null,
        };
    }
}
