using System.Text;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Reliability;

/// <summary>
/// Issue 12, data integrity: loading a user's malformed reference data reports every problem with its location at once — the
/// document-level ones (missing version, undefined source, a record that is not an object, a reversed period) together with the
/// problems of each record's own fields — and applies nothing. One test per loader kind.
/// </summary>
public class MalformedUserDataTests
{
    // Each file: no "version" ($.version), records[0] cites an undefined source, records[1] has a bad field of the table,
    // records[2] is not an object, records[3] ends before it starts. Before the fix only the first group was reported.
    private static string File(string table, string good, string badField, string reversed) => $$"""
        { "table": "{{table}}",
          "sources": { "s": { "title": "Our own data", "address": "https://example.com/ours", "retrieved": "2026-11-01", "kind": "user" } },
          "records": [
            {{good.Replace("\"source\": \"s\"", "\"source\": \"nowhere\"", StringComparison.Ordinal)}},
            {{badField}},
            42,
            {{reversed}}
          ] }
        """;

    private static void AssertEveryProblemAtOnce(DataValidationException ex, string badFieldLocation)
    {
        string all = string.Join("\n", ex.Problems);
        Assert.Contains(ex.Problems, p => p.Location == "$.version");
        Assert.Contains(ex.Problems, p => p.Location.StartsWith("records[0]", StringComparison.Ordinal) && p.Location.EndsWith(".source", StringComparison.Ordinal) && p.Message.Contains("nowhere", StringComparison.Ordinal));
        Assert.True(ex.Problems.Any(p => p.Location.StartsWith("records[1]", StringComparison.Ordinal) && p.Location.EndsWith(badFieldLocation, StringComparison.Ordinal)), all);
        Assert.Contains(ex.Problems, p => p.Location == "records[2]");
        Assert.Contains(ex.Problems, p => p.Location.StartsWith("records[3]", StringComparison.Ordinal) && p.Location.EndsWith(".validTo", StringComparison.Ordinal));

        // No location is reported twice (the document check and the record reader both look at source and dates).
        Assert.Equal(ex.Problems.Count, ex.Problems.Select(p => p.Location).Distinct().Count());
    }

    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void Markets_reference_document_reports_every_problem_and_applies_nothing()
    {
        string json = File(
            "vat-rates",
            """{ "country": "AT", "category": "standard", "kind": "standard", "rate": 25, "validFrom": "2024-01-01", "source": "s" }""",
            """{ "country": "AT", "category": "reduced", "kind": "reduced", "rate": "ten", "validFrom": "2024-01-01", "source": "s" }""",
            """{ "country": "FR", "category": "standard", "kind": "standard", "rate": 20, "validFrom": "2024-01-01", "validTo": "2023-01-01", "source": "s" }""");
        var ex = Assert.Throws<DataValidationException>(() => Markets.Default.WithData(json));
        AssertEveryProblemAtOnce(ex, ".rate");
        Assert.Equal("json", ex.ParamName);
        Assert.Equal(20m, Markets.Default.GetStandardVatRate("AT", new LocalDate(2026, 1, 1)).Rate.Percent);
    }

    [Fact]
    public void Marketplace_fee_schedules_report_every_problem_and_apply_nothing()
    {
        const string fees = """ "fees": [ { "name": "referral fee", "base": "price-excluding-tax", "bands": "whole-price", "rates": [ { "upTo": null, "rate": 0.15 } ] } ] """;
        string json = File(
            "marketplace-fees",
            $$"""{ "marketplace": "amazon-us", "category": "home-and-kitchen", "currency": "USD", "validFrom": "2024-01-15", "source": "s", {{fees}} }""",
            $$"""{ "marketplace": "amazon-us", "category": "toys", "currency": "ZZZ", "validFrom": "2024-01-15", "source": "s", {{fees}} }""",
            $$"""{ "marketplace": "amazon-us", "category": "books", "currency": "USD", "validFrom": "2024-01-15", "validTo": "2024-01-01", "source": "s", {{fees}} }""");
        var ex = Assert.Throws<DataValidationException>(() => MarketplaceFeeSchedules.Parse(json));
        AssertEveryProblemAtOnce(ex, ".currency");
        Assert.Throws<DataValidationException>(() => MarketplaceFeeSchedules.Parse(Utf8(json)));
    }

    [Fact]
    public void Compliance_rules_report_every_problem_with_the_rule_id_and_apply_nothing()
    {
        string json = File(
            "compliance-rules",
            """{ "id": "ours-a", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"], "explanation": "e", "source": "s" }""",
            """{ "id": "ours-b", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"], "when": { "all": ["radioactive"] }, "explanation": "e", "source": "s" }""",
            """{ "id": "ours-c", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"], "explanation": "e", "validFrom": "2026-01-01", "validTo": "2025-01-01", "source": "s" }""");
        int before = ComplianceRuleSet.Default.Rules.Count;
        var ex = Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Default.WithRules(json));
        AssertEveryProblemAtOnce(ex, ".when.all");
        Assert.Contains(ex.Problems, p => p.Location.StartsWith("records[1] (rule 'ours-b')", StringComparison.Ordinal));
        Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Parse(json));
        Assert.Equal(before, ComplianceRuleSet.Default.Rules.Count);
    }

    [Fact]
    public void Tariff_schedule_reports_every_problem_and_applies_nothing()
    {
        string json = File(
            "my-tariff",
            """{ "territory": "US", "kind": "mfn", "hs": "61091000", "description": "T-shirts", "adValoremPercent": 16.5, "validFrom": "2026-01-01", "source": "s" }""",
            """{ "territory": "US", "kind": "mfn", "hs": "6109.10", "description": "T-shirts", "adValoremPercent": 16.5, "validFrom": "2026-01-01", "source": "s" }""",
            """{ "territory": "US", "kind": "mfn", "hs": "61102020", "description": "Jerseys", "adValoremPercent": 16.5, "validFrom": "2026-01-01", "validTo": "2025-12-31", "source": "s" }""");
        var ex = Assert.Throws<DataValidationException>(() => TariffSchedule.Load(Utf8(json)));
        // The HS prefix is checked by TariffLine's constructor: the problem is reported at the record, naming hsPrefix.
        AssertEveryProblemAtOnce(ex, string.Empty);
        Assert.Contains(ex.Problems, p => p.Location == "records[1]" && p.Message.Contains("6109.10", StringComparison.Ordinal));
        Assert.Equal("utf8Json", ex.ParamName);
    }

    [Fact]
    public void Import_rules_and_health_targets_report_every_problem()
    {
        string rules = File(
            "my-import-rules",
            """{ "country": "DE", "fact": "valuation", "basis": "CIF", "currency": "EUR", "territory": "EU", "validFrom": "2021-07-01", "source": "s" }""",
            """{ "country": "GB", "fact": "valuation", "basis": "EXW", "currency": "GBP", "territory": "GB", "validFrom": "2021-07-01", "source": "s" }""",
            """{ "country": "US", "fact": "valuation", "basis": "FOB", "currency": "USD", "territory": "US", "validFrom": "2021-07-01", "validTo": "2020-01-01", "source": "s" }""");
        AssertEveryProblemAtOnce(Assert.Throws<DataValidationException>(() => ImportRulesTable.Load(Utf8(rules))), ".basis");

        string targets = File(
            "store-health-targets",
            """{ "platform": "amazon", "metric": "orderDefectRate", "windowDays": 60, "limit": 0.01, "mustStay": "below", "validFrom": "2019-01-01", "source": "s" }""",
            """{ "platform": "amazon", "metric": "lateShipmentRate", "windowDays": 30, "limit": 0.04, "mustStay": "sideways", "validFrom": "2019-01-01", "source": "s" }""",
            """{ "platform": "amazon", "metric": "cancellationRate", "windowDays": 7, "limit": 0.025, "mustStay": "below", "validFrom": "2019-01-01", "validTo": "2018-01-01", "source": "s" }""");
        AssertEveryProblemAtOnce(Assert.Throws<DataValidationException>(() => HealthTargets.Parse(targets)), ".mustStay");
    }

    [Fact]
    public void A_document_for_a_table_Markets_does_not_read_also_lists_the_document_problems()
    {
        var ex = Assert.Throws<DataValidationException>(() => Markets.Default.WithData("""{ "table": "fees", "sources": {}, "records": [ 1 ] }"""));
        Assert.Contains(ex.Problems, p => p.Location == "$.version");
        Assert.Contains(ex.Problems, p => p.Location == "records[0]");
        Assert.Contains(ex.Problems, p => p.Location == "$.table");
    }
}
