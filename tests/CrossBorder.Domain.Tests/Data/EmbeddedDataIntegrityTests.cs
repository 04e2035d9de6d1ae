using System.Text.Json;
using CrossBorder.Domain.Data;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Domain.Tests.Data;

/// <summary>
/// Walks every embedded table (every later capability adds its own) and checks what all reference data must satisfy.
/// Loading already rejects unsourced records, unparseable periods and overlaps per declared key; this test adds the rest.
/// </summary>
public class EmbeddedDataIntegrityTests
{
    public static IEnumerable<object[]> Tables => EmbeddedData.Names().Select(n => new object[] { n });

    /// <summary>The dataset version (<c>yyyy.MM.dd</c>) as a date: no source may have been read after it.</summary>
    private static LocalDate DatasetDate => LocalDatePattern.CreateWithInvariantCulture("uuuu'.'MM'.'dd").Parse(ReferenceData.Version).Value;

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_embedded_table_loads_and_is_sourced(string name)
    {
        ReferenceDocument doc = EmbeddedData.Load(name);
        Assert.Equal(name, doc.Table);
        Assert.Equal(ReferenceData.Version, doc.Version);
        Assert.False(string.IsNullOrWhiteSpace(doc.Description));
        Assert.NotEmpty(doc.Records);
        Assert.NotEmpty(doc.Sources);
        foreach (JsonElement record in doc.Records)
        {
            string sourceId = record.GetProperty("source").GetString()!;
            Source source = Assert.IsType<Source>(doc.ResolveSource(sourceId));
            Assert.True(source.Address.StartsWith("https://", StringComparison.Ordinal) || source.Address.StartsWith("http://", StringComparison.Ordinal), $"{name}: source {sourceId} has no web address");
            Assert.True(source.Retrieved <= DatasetDate, $"{name}: source {sourceId} retrieved {LocalDatePattern.Iso.Format(source.Retrieved)}, after the dataset version {ReferenceData.Version}: bump ReferenceData.Version (and every table's version) instead of backdating the source");
        }

        // Every source defined is used by some record, so that the list of sources in the docs is honest.
        var used = doc.Records.Select(r => r.GetProperty("source").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(doc.Sources.Keys, id => Assert.Contains(id, used));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Effective_dated_tables_have_no_overlaps_or_gaps_per_key(string name)
    {
        ReferenceDocument doc = EmbeddedData.Load(name);
        var byKey = doc.Records.Where(r => r.TryGetProperty("validFrom", out _)).GroupBy(doc.KeyOf);
        foreach (var group in byKey)
        {
            var periods = group
                .Select(r => new EffectivePeriod(
                    LocalDatePattern.Iso.Parse(r.GetProperty("validFrom").GetString()!).Value,
                    r.TryGetProperty("validTo", out JsonElement to) && to.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(to.GetString()!).Value : null))
                .OrderBy(p => p.ValidFrom)
                .ToArray();
            for (int i = 1; i < periods.Length; i++)
            {
                Assert.False(periods[i - 1].Overlaps(periods[i]), $"{name} key {group.Key}: {periods[i - 1]} overlaps {periods[i]}");
                if (doc.Continuous)
                {
                    Assert.True(periods[i - 1].IsFollowedBy(periods[i]), $"{name} key {group.Key}: gap between {periods[i - 1]} and {periods[i]}");
                }
            }
        }
    }

    [Fact]
    public void The_dataset_version_is_a_date_and_the_latest_source_was_read_on_it()
    {
        // The version is the day the data was last checked against its sources: some source carries that date, none a later one.
        Assert.Equal(new LocalDate(2026, 11, 26), DatasetDate);
        LocalDate latest = EmbeddedData.Names()
            .SelectMany(n => EmbeddedData.Load(n).Sources.Values)
            .Max(s => s.Retrieved);
        Assert.Equal(DatasetDate, latest);
    }

    [Fact]
    public void The_dataset_lists_every_table_with_its_version()
    {
        Assert.Contains(ReferenceData.Tables, t => t.Name == "currencies" && t.RecordCount == 179);
        Assert.All(ReferenceData.Tables, t => Assert.Equal(ReferenceData.Version, t.Version));
        Assert.All(ReferenceData.Tables, t => Assert.NotEmpty(t.Sources));
        Assert.Equal(EmbeddedData.Names().Count, ReferenceData.Tables.Count);
    }

    /// <summary>ISO 4217 codes of currencies.json, alpha-2 codes of the countries table, groups of compliance-market-groups.</summary>
    private static readonly HashSet<string> Currencies = Codes("currencies", "code");
    private static readonly HashSet<string> Countries = Codes("countries", "code");
    private static readonly HashSet<string> MarketGroups = Codes("compliance-market-groups", "group");

    private static HashSet<string> Codes(string table, string field) =>
        EmbeddedData.Load(table).Records.Select(r => r.GetProperty(field).GetString()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "EU": the exceptionally reserved ISO 3166-1 code the union-wide rules (low-value imports, customs valuation) are keyed by;
    /// the markets resolve it for each member state.
    /// </summary>
    private const string UnionWide = "EU";

    /// <summary>Fields holding a country code (a string or an array of them) wherever they occur in a record.</summary>
    private static readonly HashSet<string> CountryFields = new(StringComparer.Ordinal) { "country", "countries", "origin", "destination", "members" };

    /// <summary>Amounts, rates, fees and thresholds where zero is meaningful (0 % VAT, a zero fee, a zero de-minimis): never negative.</summary>
    private static readonly HashSet<string> NonNegativeFields = new(StringComparer.Ordinal)
    {
        "amount", "fee", "fees", "fixed", "rate", "percent", "adValoremPercent", "hmfPercent", "mpfPercent", "surchargeRate", "stepFee", "taxOnFee",
        "informalEntryFee", "mpfMinimum", "perUnitMinimum", "perVolume", "flatDutyPerItemCategory", "dutyFreeUpTo", "taxFreeUpTo",
        "pointOfSaleCollectionUpTo", "minimum", "minimumSide", "discount", "peak", "offPeak", "below", "upTo", "atMost", "priceBelow", "ceiling", "value", "minorUnits",
    };

    /// <summary>Limits, maxima, divisors, steps and durations, where zero would make no sense (or divide by zero): strictly positive.</summary>
    private static readonly HashSet<string> PositiveFields = new(StringComparer.Ordinal)
    {
        "limit", "informalEntryLimit", "mpfMaximum", "dimensionalDivisor", "maxWeight", "maxLongest", "maxMedian", "maxShortest", "maxLengthPlusGirth",
        "durationDays", "windowDays", "step",
    };

    /// <summary>
    /// Issue 12, data integrity per table: every currency code any table references exists in currencies.json, every country code
    /// exists in the countries table (compliance markets may also name a group of compliance-market-groups as <c>@GROUP</c>, or
    /// <c>*</c> for every market), and every amount, rate, fee and threshold is non-negative, limits and divisors positive.
    /// </summary>
    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_referenced_currency_and_country_exists_and_every_amount_and_threshold_has_its_sign(string name)
    {
        ReferenceDocument doc = EmbeddedData.Load(name);
        var problems = new List<string>();
        for (int i = 0; i < doc.Records.Length; i++)
        {
            Walk(doc.Records[i], $"{name}: records[{i}]", null, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_integrity_walk_catches_unknown_codes_and_wrong_signs()
    {
        var problems = new List<string>();
        using JsonDocument bad = JsonDocument.Parse("""{"currency":"ZZZ","country":"XX","markets":["@NOPE","DE","*"],"rate":-0.1,"limit":0,"fees":{"amount":-1},"offsetDays":-3}""");
        Walk(bad.RootElement, "bad", null, problems);
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("bad.currency", StringComparison.Ordinal) && p.Contains("ZZZ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bad.country", StringComparison.Ordinal) && p.Contains("XX", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bad.markets[0]", StringComparison.Ordinal) && p.Contains("@NOPE", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bad.rate", StringComparison.Ordinal) && p.Contains("-0.1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bad.limit", StringComparison.Ordinal) && p.Contains("greater than zero", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bad.fees.amount", StringComparison.Ordinal));
    }

    private static void Walk(JsonElement value, string path, string? field, List<string> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    Walk(property.Value, path + "." + property.Name, property.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", field, problems);
                }

                break;
            case JsonValueKind.String when field is not null:
                string text = value.GetString()!;
                if (field.Contains("currency", StringComparison.OrdinalIgnoreCase) && !Currencies.Contains(text))
                {
                    problems.Add($"{path}: currency '{text}' is not in currencies.json");
                }
                else if (CountryFields.Contains(field) && !Countries.Contains(text) && text != UnionWide)
                {
                    problems.Add($"{path}: country '{text}' is not in the countries table");
                }
                else if (field == "markets" && text != "*" && !(text.StartsWith('@') ? MarketGroups.Contains(text.Substring(1)) : Countries.Contains(text)))
                {
                    problems.Add($"{path}: market '{text}' is neither a country of the countries table, '*' nor '@' and a group of compliance-market-groups");
                }

                break;
            case JsonValueKind.Number when field is not null:
                decimal number = value.GetDecimal();
                if (PositiveFields.Contains(field) && number <= 0m)
                {
                    problems.Add($"{path}: {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be greater than zero");
                }
                else if (NonNegativeFields.Contains(field) && number < 0m)
                {
                    problems.Add($"{path}: {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} must not be negative");
                }

                break;
        }
    }
}
