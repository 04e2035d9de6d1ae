using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using NodaTime;
using static CrossBorder.Domain.Tests.Compliance.SampleProducts;

namespace CrossBorder.Domain.Tests.Compliance;

public class RuleFormatTests
{
    private const string Header = """
        { "table": "compliance-rules", "version": "2026.11.25",
          "sources": { "policy": { "title": "Our 2026 listing policy", "address": "https://example.com/policy", "retrieved": "2026-11-01", "kind": "user" } },
          "records": [
        """;

    private static string File(params string[] records) => Header + string.Join(",", records) + "]}";

    [Fact]
    public void A_user_rule_in_the_same_format_is_added_and_explains_itself()
    {
        ComplianceRuleSet rules = ComplianceRuleSet.Default.WithRules(File("""
            { "id": "policy-no-magnets-jp", "kind": "restriction", "title": "We do not sell products with magnets in Japan",
              "authority": "Internal policy", "markets": ["JP"], "when": { "all": ["magnets"] },
              "explanation": "Returns of magnetic products were too costly.", "validFrom": "2026-01-01", "source": "policy" }
            """));
        Product magnetic = Speaker() with { Magnets = new MagnetContent(0.001m) };
        ComplianceReport report = rules.Evaluate(magnetic, CountryCode.Parse("JP"), Today);
        ComplianceFinding finding = Assert.Single(report.SaleRestrictions);
        Assert.Equal("policy-no-magnets-jp", finding.RuleId);
        Assert.Contains("0.001 G at 2.1 m", finding.Reason, StringComparison.Ordinal);
        Assert.Equal(SourceKind.UserSupplied, finding.Source.Kind);
        Assert.False(report.CanSell);
        Assert.Empty(ComplianceRuleSet.Default.Evaluate(magnetic, CountryCode.Parse("JP"), Today).SaleRestrictions);
    }

    [Fact]
    public void A_user_rule_with_an_existing_id_overrides_the_embedded_rule()
    {
        ComplianceRuleSet rules = ComplianceRuleSet.Default.WithRules(File("""
            { "id": "us-fcc-sdoc", "kind": "advisory", "title": "SDoC handled by our lab partner", "authority": "Internal policy",
              "markets": ["US"], "when": { "all": ["digital-electronics"] }, "explanation": "Checked at the factory audit.", "source": "policy" }
            """));
        ComplianceReport report = rules.Evaluate(Speaker(), CountryCode.Parse("US"), Today);
        Assert.DoesNotContain(report.Requirements, c => c.Finding.RuleId == "us-fcc-sdoc");
        Assert.Contains(report.Advisories, f => f.RuleId == "us-fcc-sdoc");
        Assert.Equal(ComplianceRuleSet.Default.Rules.Count, rules.Rules.Count);
    }

    [Fact]
    public void A_malformed_rule_is_rejected_at_load_time_with_its_id_and_the_reason()
    {
        var ex = Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Parse(File(
            """
            { "id": "bad-trait", "kind": "requirement", "title": "t", "authority": "a", "markets": ["DE"],
              "when": { "all": ["radioactive"] }, "satisfiedBy": ["X-1"], "explanation": "e", "source": "policy" }
            """,
            """
            { "id": "bad-measure", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"],
              "when": { "where": [ { "measure": "battery-kwh", "op": ">", "value": 1 } ] }, "explanation": "e", "source": "policy" }
            """,
            """
            { "id": "unsatisfiable", "kind": "requirement", "title": "t", "authority": "a", "markets": ["DE"],
              "when": { "all": ["toy"] }, "explanation": "e", "source": "policy" }
            """,
            """
            { "id": "bad-kind", "kind": "prohibition", "title": "t", "authority": "a", "markets": ["DE"],
              "when": {}, "explanation": "e", "source": "policy", "servces": ["postal"] }
            """)));
        Assert.Contains(ex.Problems, p => p.Location.Contains("(rule 'bad-trait')", StringComparison.Ordinal) && p.Message.Contains("'radioactive' is not a product trait", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Location.Contains("(rule 'bad-measure')", StringComparison.Ordinal) && p.Message.Contains("battery-kwh", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Message.Contains("Rule 'unsatisfiable'", StringComparison.Ordinal) && p.Message.Contains("satisfiedBy", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Location.Contains("(rule 'bad-kind')", StringComparison.Ordinal) && p.Message.Contains("prohibition", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Location.Contains("(rule 'bad-kind').servces", StringComparison.Ordinal));
        Assert.Equal("json", ex.ParamName);
    }

    [Fact]
    public void A_rule_naming_an_unknown_market_group_or_overlapping_itself_is_rejected()
    {
        var group = Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Parse(File("""
            { "id": "mercosur", "kind": "advisory", "title": "t", "authority": "a", "markets": ["@MERCOSUR"], "when": {}, "explanation": "e", "source": "policy" }
            """)));
        Assert.Contains(group.Problems, p => p.Location == "rule 'mercosur'" && p.Message.Contains("@MERCOSUR", StringComparison.Ordinal));
        var overlap = Assert.Throws<DataValidationException>(() => ComplianceRuleSet.Parse(File(
            """{ "id": "twice", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"], "when": {}, "explanation": "e", "validFrom": "2025-01-01", "source": "policy" }""",
            """{ "id": "twice", "kind": "advisory", "title": "t", "authority": "a", "markets": ["DE"], "when": {}, "explanation": "e", "validFrom": "2026-01-01", "source": "policy" }""")));
        Assert.Contains(overlap.Problems, p => p.Message.Contains("overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_built_in_code_is_validated_too()
    {
        Source source = Source.UserSupplied("policy", Today);
        var ex = Assert.Throws<ArgumentException>(() => new ComplianceRule("no-markets", FindingKind.Advisory, "t", "a", Array.Empty<string>(), RuleCondition.Always, null, null, null, "e", EffectivePeriod.Always, source));
        Assert.Contains("Rule 'no-markets'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ComplianceRule("blanket-ban", FindingKind.Restriction, "t", "a", new[] { "DE" }, RuleCondition.Always, null, null, null, "e", EffectivePeriod.Always, source));
        Assert.Throws<ArgumentException>(() => new ComplianceRule("Bad Id", FindingKind.Advisory, "t", "a", new[] { "DE" }, RuleCondition.Always, null, null, null, "e", EffectivePeriod.Always, source));
        Assert.Throws<ArgumentException>(() => new RuleCondition(TraitSet.Of(ProductTrait.Toy), TraitSet.Empty, TraitSet.Of(ProductTrait.Toy)));
    }

    [Fact]
    public void An_unknown_market_is_rejected_with_a_specific_exception()
    {
        var ex = Assert.Throws<UnknownCountryException>(() => ComplianceRuleSet.Default.Evaluate(Speaker(), CountryCode.Parse("ZZ"), Today));
        Assert.Equal("market", ex.ParamName);
        Assert.Equal("ZZ", ex.Code);
        Assert.Throws<UnknownCountryException>(() => ComplianceRuleSet.Default.Evaluate(Speaker(), default, Today));
        Assert.False(ComplianceRuleSet.Default.Covers(CountryCode.Parse("ZZ")));
        Assert.True(ComplianceRuleSet.Default.Covers(CountryCode.Parse("SE")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplianceRuleSet.Default.Evaluate(Speaker(), CountryCode.Parse("DE"), Today, expiryWarningDays: -1));
    }

    [Fact]
    public void The_fast_path_matches_the_rules_the_report_shows()
    {
        ComplianceRuleSet rules = ComplianceRuleSet.Default;
        ProductProfile profile = ProductProfile.Of(Speaker());
        Span<int> buffer = stackalloc int[rules.MaxRulesPerMarket];
        int n = rules.Match(profile, CountryCode.Parse("DE"), Today, buffer);
        string[] matched = buffer.Slice(0, n).ToArray().Select(i => rules.Rules[i].Id).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        string[] reported = rules.Evaluate(Speaker(), CountryCode.Parse("DE"), Today).Findings.Select(f => f.RuleId).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(reported, matched);
        Assert.Throws<ArgumentException>(() => rules.Match(profile, CountryCode.Parse("DE"), Today, new int[2]));
    }

    [Fact]
    public void Profiles_derive_traits_and_measures_from_the_product()
    {
        ProductProfile speaker = ProductProfile.Of(Speaker());
        Assert.True(speaker.Traits.ContainsAll(TraitSet.Of(ProductTrait.MainsPowered, ProductTrait.LowVoltageRange, ProductTrait.RadioTransmitter, ProductTrait.LithiumIon, ProductTrait.Un3481, ProductTrait.BatteryContainedInEquipment)));
        Assert.False(speaker.Traits.Contains(ProductTrait.Un3480));
        Assert.True(speaker.TryGetValue(ProductMeasure.BatteryWattHours, out decimal wh) && wh == 20m);
        Assert.True(speaker.TryGetValue(ProductMeasure.CellWattHours, out decimal cell) && cell == 10m);
        ProductProfile bank = ProductProfile.Of(PowerBank());
        Assert.True(bank.Traits.Contains(ProductTrait.Un3480));
        Assert.False(bank.Traits.Contains(ProductTrait.Un3481));
        ProductProfile usb = ProductProfile.Of(new Product(Sku.Parse("USB-1"), "USB gadget", HsCode.Parse("8543.70"), ProductCategory.Electronics, CountryCode.Parse("CN"), CrossBorder.Domain.Monetary.Money.Of(1m, "USD")) { Electrical = PowerBank().Electrical });
        Assert.False(usb.Traits.Contains(ProductTrait.LowVoltageRange)); // 5–9 V DC is below the LVD band
        Assert.False(ProductProfile.Of(TShirt()).TryGetValue(ProductMeasure.BatteryWattHours, out _));
    }
}
