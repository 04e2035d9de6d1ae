using CrossBorder.Domain.Data;
using NodaTime;

namespace CrossBorder.Domain.Tests.Data;

/// <summary>The loader every table uses, for embedded and user-supplied files alike.</summary>
public class ReferenceDocumentTests
{
    private const string Valid = """
        {
          "table": "demo", "version": "2026.11.25", "description": "Demo", "key": ["country"], "continuous": true,
          "sources": { "s": { "title": "Demo source", "address": "https://example.org", "retrieved": "2026-11-25" },
                       "t": { "title": "Other", "address": "https://example.org/2", "retrieved": "2026-11-25", "kind": "secondary" } },
          "records": [
            { "country": "FI", "rate": 24, "validFrom": "2013-01-01", "validTo": "2024-08-31", "source": "s" },
            { "country": "FI", "rate": "25.5", "validFrom": "2024-09-01", "source": "t", "note": "Government proposal 2024" }
          ]
        }
        """;

    private sealed record Row(string Country, decimal Rate, EffectivePeriod Period, Source Source);

    private static Row? Map(RecordReader r)
    {
        string? country = r.String("country");
        decimal? rate = r.Decimal("rate");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        return country is null || rate is null || period is null || source is null ? null : new Row(country, rate.Value, period.Value, source);
    }

    [Fact]
    public void A_valid_document_maps_every_record_with_its_source()
    {
        ReferenceDocument doc = ReferenceDocument.Parse(Valid, "json");
        Assert.Equal("demo", doc.Table);
        Assert.Equal(new[] { "country" }, doc.KeyFields);
        Assert.True(doc.Continuous);
        List<Row> rows = doc.Map(Map, "json");
        Assert.Equal(2, rows.Count);
        Assert.Equal(25.5m, rows[1].Rate);
        Assert.Equal(SourceKind.Secondary, rows[1].Source.Kind);
        Assert.Equal(new LocalDate(2024, 8, 31), rows[0].Period.ValidTo);
    }

    [Fact]
    public void Malformed_json_reports_its_position()
    {
        var ex = Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse("{ \"table\": ", "json"));
        Assert.Equal("json", ex.ParamName);
        Assert.Contains("line 1", Assert.Single(ex.Problems).Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_nothing_is_applied()
    {
        const string bad = """
            {
              "table": "demo", "version": "1", "key": ["country"], "continuous": true,
              "sources": { "s": { "title": "Demo", "address": "https://example.org", "retrieved": "2026-11-25" } },
              "records": [
                { "country": "FI", "rate": 24, "validFrom": "2013-01-01", "validTo": "2024-09-01", "source": "s" },
                { "country": "FI", "rate": 25.5, "validFrom": "2024-09-01", "source": "nope" },
                { "country": "SE", "rate": 25, "validFrom": "2013-13-01", "source": "s" },
                { "country": "NO", "rate": 25, "validFrom": "2013-01-01", "validTo": "2012-01-01", "source": "s" },
                { "country": "DK", "rate": 25, "validFrom": "2013-01-01" },
                42
              ]
            }
            """;
        var ex = Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse(bad, "json"));
        string all = string.Join("\n", ex.Problems.Select(p => p.ToString()));
        Assert.Contains("records[1].source: source 'nope' is not defined", all, StringComparison.Ordinal);
        Assert.Contains("records[2].validFrom", all, StringComparison.Ordinal);
        Assert.Contains("records[3].validTo", all, StringComparison.Ordinal);
        Assert.Contains("records[4].source: every record must name its source", all, StringComparison.Ordinal);
        Assert.Contains("records[5]: each record must be a JSON object", all, StringComparison.Ordinal);
        Assert.Contains("overlaps records[0]", all, StringComparison.Ordinal);
        Assert.Equal(6, ex.Problems.Count);
    }

    [Fact]
    public void Missing_envelope_fields_are_reported()
    {
        var ex = Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse("{ \"records\": {} }", "json"));
        string all = string.Join("\n", ex.Problems.Select(p => p.ToString()));
        Assert.Contains("'table' is required", all, StringComparison.Ordinal);
        Assert.Contains("'version' is required", all, StringComparison.Ordinal);
        Assert.Contains("'sources' must be an object", all, StringComparison.Ordinal);
        Assert.Contains("'records' must be an array", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_for_another_table_is_rejected() =>
        Assert.Contains(
            "table 'vat-rates' was expected",
            Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse(Valid, "json", "vat-rates")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Bad_sources_are_reported()
    {
        string json = Valid.Replace("\"retrieved\": \"2026-11-25\" },", "\"retrieved\": \"yesterday\" },", StringComparison.Ordinal)
                           .Replace("\"kind\": \"secondary\"", "\"kind\": \"blog\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse(json, "json"));
        string all = string.Join("\n", ex.Problems.Select(p => p.ToString()));
        Assert.Contains("$.sources.s.retrieved", all, StringComparison.Ordinal);
        Assert.Contains("\"blog\" is not a source kind", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_reports_wrong_types_missing_and_unknown_fields_together()
    {
        const string json = """
            {
              "table": "demo", "version": "1", "key": ["country"],
              "sources": { "s": { "title": "Demo", "address": "https://example.org", "retrieved": "2026-11-25" } },
              "records": [
                { "country": 7, "rate": "abc", "validFrom": "2013-01-01", "source": "s", "vaildTo": "2014-01-01" },
                { "rate": 1, "validFrom": "2013-01-01", "source": "s" }
              ]
            }
            """;
        ReferenceDocument doc = ReferenceDocument.Parse(json, "json");
        var ex = Assert.Throws<DataValidationException>(() => doc.Map(Map, "json"));
        string all = string.Join("\n", ex.Problems.Select(p => p.ToString()));
        Assert.Contains("records[0].country: 7 is not a string", all, StringComparison.Ordinal);
        Assert.Contains("records[0].rate: \"abc\" is not a decimal number", all, StringComparison.Ordinal);
        Assert.Contains("records[0].vaildTo: 'vaildTo' is not a field of table 'demo'", all, StringComparison.Ordinal);
        Assert.Contains("records[1].country: 'country' is required", all, StringComparison.Ordinal);
        Assert.Equal(4, ex.Problems.Count);
    }

    [Fact]
    public void Gaps_are_reported_when_the_document_declares_continuity()
    {
        string json = Valid.Replace("\"validFrom\": \"2024-09-01\"", "\"validFrom\": \"2024-09-02\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse(json, "json"));
        Assert.Contains("gap", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_but_deep_nesting_is_not()
    {
        string withComments = Valid.Replace("\"records\": [", "// the records\n \"records\": [", StringComparison.Ordinal);
        Assert.Equal(2, ReferenceDocument.Parse(withComments, "json").Records.Length);
        string deep = "{ \"table\": \"x\", \"a\": " + new string('[', 100) + new string(']', 100) + "}";
        Assert.Throws<DataValidationException>(() => ReferenceDocument.Parse(deep, "json"));
    }
}
