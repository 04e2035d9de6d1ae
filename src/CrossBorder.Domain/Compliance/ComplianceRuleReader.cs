using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;

namespace CrossBorder.Domain.Compliance;

/// <summary>Reads the <c>compliance-rules</c> and <c>compliance-market-groups</c> tables; every problem names the rule id.</summary>
internal static class ComplianceRuleReader
{
    internal const string RulesTable = "compliance-rules";
    internal const string GroupsTable = "compliance-market-groups";

    internal static List<ComplianceRule> ReadRules(ReferenceDocument document, string paramName)
    {
        try
        {
            return document.Map(ReadRule, paramName);
        }
        catch (DataValidationException ex)
        {
            throw WithRuleIds(document, ex, paramName);
        }
    }

    internal static Dictionary<string, CountryCode[]> ReadGroups(ReferenceDocument document, string paramName)
    {
        List<GroupRecord> groups = document.Map(
            r =>
            {
                string? name = r.String("group");
                IReadOnlyList<string>? members = r.StringArray("members");
                if (name is null || members is null)
                {
                    return null;
                }

                var codes = new List<CountryCode>();
                foreach (string m in members)
                {
                    if (CountryCode.TryParse(m, out CountryCode code))
                    {
                        codes.Add(code);
                    }
                    else
                    {
                        r.Problem("members", $"'{m}' is not a two-letter country code.");
                    }
                }

                return new GroupRecord(name, codes.ToArray());
            },
            paramName);
        var result = new Dictionary<string, CountryCode[]>(StringComparer.Ordinal);
        foreach (GroupRecord g in groups)
        {
            result[g.Name] = g.Members;
        }

        return result;
    }

    private sealed record GroupRecord(string Name, CountryCode[] Members);

    private static ComplianceRule? ReadRule(RecordReader r)
    {
        string? id = r.String("id");
        string label = "rule '" + (id ?? "?") + "': ";
        string? kindText = r.String("kind");
        FindingKind kind = default;
        bool kindOk = kindText switch
        {
            "requirement" => Set(out kind, FindingKind.Requirement),
            "restriction" => Set(out kind, FindingKind.Restriction),
            "advisory" => Set(out kind, FindingKind.Advisory),
            "obligation" => Set(out kind, FindingKind.Obligation),
            _ => false,
        };
        if (kindText is not null && !kindOk)
        {
            r.Problem("kind", label + $"'{kindText}' is not a finding kind; use requirement, restriction, advisory or obligation.");
        }

        string? title = r.String("title");
        string? authority = r.String("authority");
        IReadOnlyList<string>? markets = r.StringArray("markets");
        string? explanation = r.String("explanation");
        RuleCondition? condition = ReadCondition(r, label);
        var services = new List<ShippingService>();
        foreach (string s in r.StringArray("services", required: false) ?? Array.Empty<string>())
        {
            if (ShippingService.TryFromName(s, out ShippingService? service))
            {
                services.Add(service);
            }
            else
            {
                r.Problem("services", label + $"'{s}' is not a shipping service; use one of {string.Join(", ", ShippingService.List.OrderBy(x => x.Value).Select(x => x.Name))}.");
            }
        }

        var satisfiedBy = new List<CertificateType>();
        foreach (string c in r.StringArray("satisfiedBy", required: false) ?? Array.Empty<string>())
        {
            if (CertificateType.TryParse(c, out CertificateType type))
            {
                satisfiedBy.Add(type);
            }
            else
            {
                r.Problem("satisfiedBy", label + $"'{c}' is not a certificate type code (2 to 40 characters from A–Z, 0–9, '-' and '.').");
            }
        }

        IReadOnlyList<string> documents = r.StringArray("documents", required: false) ?? Array.Empty<string>();
        EffectivePeriod? period = r.Period(required: false);
        Source? source = r.Source();
        if (id is null || !kindOk || title is null || authority is null || markets is null || explanation is null || condition is null || period is null || source is null)
        {
            return null;
        }

        return new ComplianceRule(id, kind, title, authority, markets, condition, services, satisfiedBy, documents, explanation, period.Value, source);
    }

    private static RuleCondition? ReadCondition(RecordReader r, string label)
    {
        RecordReader? when = r.Object("when");
        if (when is null)
        {
            return null;
        }

        bool ok = true;
        TraitSet Attributes(string field)
        {
            TraitSet set = TraitSet.Empty;
            foreach (string name in when.StringArray(field, required: false) ?? Array.Empty<string>())
            {
                if (ProductTrait.TryFromName(name, out ProductTrait? attribute))
                {
                    set = set.With(attribute);
                }
                else
                {
                    ok = false;
                    when.Problem(field, label + $"'{name}' is not a product trait; use one of {string.Join(", ", ProductTrait.List.OrderBy(a => a.Value).Select(a => a.Name))}.");
                }
            }

            return set;
        }

        TraitSet all = Attributes("all");
        TraitSet any = Attributes("any");
        TraitSet none = Attributes("none");
        var comparisons = new List<NumericCondition>();
        foreach (RecordReader c in when.Objects("where", required: false) ?? Array.Empty<RecordReader>())
        {
            string? attributeName = c.String("measure");
            string? op = c.String("op");
            decimal? value = c.Decimal("value");
            if (attributeName is null || op is null || value is null)
            {
                ok = false;
                continue;
            }

            if (!ProductMeasure.TryFromName(attributeName, out ProductMeasure? attribute))
            {
                ok = false;
                c.Problem("measure", label + $"'{attributeName}' is not a product measure; use one of {string.Join(", ", ProductMeasure.List.OrderBy(a => a.Value).Select(a => a.Name))}.");
                continue;
            }

            if (!NumericCondition.TryParseSymbol(op, out ComparisonOperator comparison))
            {
                ok = false;
                c.Problem("op", label + $"'{op}' is not a comparison; use >, >=, <, <= or =.");
                continue;
            }

            comparisons.Add(new NumericCondition(attribute, comparison, value.Value));
        }

        if (!ok)
        {
            return null;
        }

        if (all.Overlaps(none))
        {
            when.Problem("none", label + $"the condition both requires and excludes {all.Intersect(none)}; it could never apply.");
            return null;
        }

        return new RuleCondition(all, any, none, comparisons);
    }

    private static bool Set(out FindingKind kind, FindingKind value)
    {
        kind = value;
        return true;
    }

    /// <summary>Adds the rule id to each problem's location so that a user sees which rule is malformed.</summary>
    private static DataValidationException WithRuleIds(ReferenceDocument document, DataValidationException ex, string paramName)
    {
        var problems = new List<DataProblem>();
        foreach (DataProblem p in ex.Problems)
        {
            string location = p.Location;
            int close = location.IndexOf(']');
            if (location.StartsWith("records[", StringComparison.Ordinal) && close > 8
                && int.TryParse(location.Substring(8, close - 8), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
                && document.TryGetRecordAt(index, out JsonElement record)
                && record.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String)
            {
                location = location.Substring(0, close + 1) + " (rule '" + id.GetString() + "')" + location.Substring(close + 1);
            }

            problems.Add(new DataProblem(p.Table, location, p.Message));
        }

        return new DataValidationException(paramName, problems);
    }
}
