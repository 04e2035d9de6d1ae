using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// A compiled, immutable set of <see cref="ComplianceRule"/>s with the market groups they name, indexed by market, that evaluates
/// a product against a market on a date: <see cref="Evaluate"/> gives a full <see cref="ComplianceReport"/>, and <see cref="Match"/>
/// is the allocation-free fast path that returns the indices of the rules that apply.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the embedded, sourced catalogue (tables <c>compliance-rules</c> and
/// <c>compliance-market-groups</c>). Users add or override rules with <see cref="WithRules(IEnumerable{ComplianceRule})"/> or
/// <see cref="WithRules(string)"/> (a file in the same format): a user rule replaces every embedded rule with the same id.
/// A malformed rule is rejected when loaded, with its id and the reason, and nothing is applied.</para>
/// <para>Rules are kept in a fixed order (kind, id, first day in force), so the result never depends on the order they were given in.
/// Thread-safe.</para>
/// </remarks>
public sealed class ComplianceRuleSet
{
    private const int MarketSlots = 26 * 26;
    private static readonly ShippingService[] Services = ShippingService.List.OrderBy(s => s.Value).ToArray();
    private static readonly Lazy<ComplianceRuleSet> LazyDefault = new(LoadDefault);

    private readonly ComplianceRule[] rules;
    private readonly Dictionary<string, CountryCode[]> groups;
    private readonly int[]?[] byMarket = new int[]?[MarketSlots];
    private readonly CompiledRule[] compiled;
    private readonly int[] whereSlot;
    private readonly ComparisonOperator[] whereOp;
    private readonly double[] whereValue;

    private ComplianceRuleSet(IEnumerable<ComplianceRule> ruleList, Dictionary<string, CountryCode[]> groups, string paramName)
    {
        this.groups = groups;
        rules = ruleList.OrderBy(r => r.Kind).ThenBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Period.ValidFrom).ToArray();
        Check(rules, groups, paramName);
        int n = rules.Length;
        compiled = new CompiledRule[n];
        var slots = new List<int>();
        var ops = new List<ComparisonOperator>();
        var values = new List<double>();
        var perMarket = new List<int>[MarketSlots];
        var wildcard = new List<int>();
        var covered = new SortedSet<CountryCode>();
        for (int i = 0; i < n; i++)
        {
            ComplianceRule rule = rules[i];
            compiled[i] = new CompiledRule(
                rule.Condition.All.Bits,
                rule.Condition.Any.Bits,
                rule.Condition.None.Bits,
                DayNumber(rule.Period.ValidFrom),
                rule.Period.ValidTo is { } end ? DayNumber(end) : long.MaxValue,
                slots.Count,
                rule.Condition.Where.Count);
            foreach (NumericCondition c in rule.Condition.Where)
            {
                slots.Add(c.Measure.Value);
                ops.Add(c.Operator);
                values.Add((double)c.Threshold);
            }

            var targets = new HashSet<CountryCode>();
            foreach (string selector in rule.Markets)
            {
                if (selector == "*")
                {
                    wildcard.Add(i);
                }
                else if (selector[0] == '@')
                {
                    targets.UnionWith(groups[selector.Substring(1)]);
                }
                else
                {
                    targets.Add(CountryCode.Parse(selector));
                }
            }

            foreach (CountryCode market in targets)
            {
                covered.Add(market);
                (perMarket[market.Index] ??= new List<int>()).Add(i);
            }
        }

        whereSlot = slots.ToArray();
        whereOp = ops.ToArray();
        whereValue = values.ToArray();
        foreach (CountryCode market in covered)
        {
            byMarket[market.Index] = perMarket[market.Index]!.Concat(wildcard).Distinct().OrderBy(i => i).ToArray();
        }

        Markets = covered.ToArray();
        MaxRulesPerMarket = covered.Count == 0 ? 0 : covered.Max(m => byMarket[m.Index]!.Length);
    }

    /// <summary>The embedded, sourced rule catalogue (loaded on first use).</summary>
    /// <exception cref="DataValidationException">The embedded data is damaged (never expected in a released package).</exception>
    public static ComplianceRuleSet Default => LazyDefault.Value;

    /// <summary>Every rule, in evaluation order (kind, id, first day in force).</summary>
    public IReadOnlyList<ComplianceRule> Rules => rules;

    /// <summary>The markets the rules cover, sorted; evaluating another market throws <see cref="UnknownCountryException"/>.</summary>
    public IReadOnlyList<CountryCode> Markets { get; }

    /// <summary>The market groups rules may name as <c>@GROUP</c>, with their member countries.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CountryCode>> MarketGroups =>
        groups.ToDictionary(g => g.Key, g => (IReadOnlyList<CountryCode>)g.Value, StringComparer.Ordinal);

    /// <summary>The largest number of rules that can match one product in one market: a safe buffer size for <see cref="Match"/>.</summary>
    public int MaxRulesPerMarket { get; }

    /// <summary>Creates a rule set from rules given in code, with the embedded market groups unless others are given.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="marketGroups">The groups rules may name as <c>@GROUP</c>; the embedded groups when null.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null or holds null.</exception>
    /// <exception cref="DataValidationException">A rule names an unknown group, or two rules with the same id are in force on the same day.</exception>
    public static ComplianceRuleSet Create(IEnumerable<ComplianceRule> rules, IReadOnlyDictionary<string, IReadOnlyList<CountryCode>>? marketGroups = null)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        ComplianceRule[] list = rules.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(list, r => r is not null), nameof(rules), "rules must not contain null.");
        Dictionary<string, CountryCode[]> groups = marketGroups is null
            ? Default.groups
            : marketGroups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        return new ComplianceRuleSet(list, groups, nameof(rules));
    }

    /// <summary>Reads a rule file in the library's format (table <c>compliance-rules</c>), with the embedded market groups.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The compiled rule set holding only the file's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The file is malformed; every problem is listed with the rule id and the reason.</exception>
    public static ComplianceRuleSet Parse(string json)
    {
        ReferenceDocument document = ReferenceDocument.Parse(json, nameof(json), ComplianceRuleReader.RulesTable, deferProblems: true);
        return new ComplianceRuleSet(ComplianceRuleReader.ReadRules(document, nameof(json)), Default.groups, nameof(json));
    }

    /// <summary>Reads a rule file in the library's format from a UTF-8 stream, with the embedded market groups.</summary>
    /// <param name="utf8Json">The file's content.</param>
    /// <returns>The compiled rule set holding only the file's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DataValidationException">The file is malformed; every problem is listed with the rule id and the reason.</exception>
    public static ComplianceRuleSet Parse(Stream utf8Json)
    {
        ReferenceDocument document = ReferenceDocument.Parse(utf8Json, nameof(utf8Json), ComplianceRuleReader.RulesTable, deferProblems: true);
        return new ComplianceRuleSet(ComplianceRuleReader.ReadRules(document, nameof(utf8Json)), Default.groups, nameof(utf8Json));
    }

    /// <summary>This set with <paramref name="rules"/> added; each replaces every rule of this set with the same id.</summary>
    /// <param name="rules">The user's rules.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null or holds null.</exception>
    /// <exception cref="DataValidationException">A rule names an unknown group, or two of the given rules with the same id overlap.</exception>
    public ComplianceRuleSet WithRules(IEnumerable<ComplianceRule> rules)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        ComplianceRule[] added = rules.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(added, r => r is not null), nameof(rules), "rules must not contain null.");
        var replaced = new HashSet<string>(added.Select(r => r.Id), StringComparer.Ordinal);
        return new ComplianceRuleSet(this.rules.Where(r => !replaced.Contains(r.Id)).Concat(added), groups, nameof(rules));
    }

    /// <summary>This set with the rules of a file in the library's format added; each replaces the rules of this set with the same id.</summary>
    /// <param name="json">The file's text (table <c>compliance-rules</c>).</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DataValidationException">The file is malformed; every problem is listed with the rule id and the reason.</exception>
    public ComplianceRuleSet WithRules(string json)
    {
        ReferenceDocument document = ReferenceDocument.Parse(json, nameof(json), ComplianceRuleReader.RulesTable, deferProblems: true);
        return WithRules(ComplianceRuleReader.ReadRules(document, nameof(json)));
    }

    /// <summary>This set without the rules whose id is in <paramref name="ruleIds"/> (a policy decision to ignore them).</summary>
    /// <param name="ruleIds">The ids to remove.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id names no rule of this set.</exception>
    public ComplianceRuleSet WithoutRules(IEnumerable<string> ruleIds)
    {
        Preconditions.CheckNotNull(ruleIds, nameof(ruleIds));
        var removed = new HashSet<string>(ruleIds, StringComparer.Ordinal);
        foreach (string id in removed)
        {
            Preconditions.CheckArgument(Array.Exists(rules, r => r.Id == id), nameof(ruleIds), $"No rule has id {Preconditions.Quote(id)}; nothing was removed.");
        }

        return new ComplianceRuleSet(rules.Where(r => !removed.Contains(r.Id)), groups, nameof(ruleIds));
    }

    /// <summary>Whether the rules cover <paramref name="market"/>.</summary>
    /// <param name="market">The market.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(CountryCode market) => !market.IsDefault && byMarket[market.Index] is not null;

    /// <summary>
    /// The fast path: writes to <paramref name="matches"/> the indices (into <see cref="Rules"/>) of the rules that apply to the
    /// product in the market on the date, in rule order, and returns how many. Does not allocate.
    /// </summary>
    /// <param name="profile">The product's profile (build it once with <see cref="ProductProfile.Of"/>).</param>
    /// <param name="market">The market.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="matches">Where to write the indices; <see cref="MaxRulesPerMarket"/> long is always enough.</param>
    /// <returns>The number of indices written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="UnknownCountryException">The rules do not cover <paramref name="market"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="matches"/> is too short.</exception>
    public int Match(ProductProfile profile, CountryCode market, LocalDate date, Span<int> matches)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        int[] candidates = MarketRules(market);
        long day = DayNumber(date);
        ulong bits = profile.Traits.Bits;
        int count = 0;
        CompiledRule[] table = compiled;
        foreach (int i in candidates)
        {
            ref readonly CompiledRule r = ref table[i];
            if ((bits & r.All) != r.All || (bits & r.None) != 0UL || (r.Any != 0UL && (bits & r.Any) == 0UL) || day < r.From || day > r.To)
            {
                continue;
            }

            if (r.WhereCount != 0 && !PassesWhere(profile, r.WhereStart, r.WhereCount))
            {
                continue;
            }

            if (count == matches.Length)
            {
                throw new ArgumentException($"matches has room for {matches.Length} indices, but more rules apply; make it MaxRulesPerMarket ({MaxRulesPerMarket}) long.", nameof(matches));
            }

            matches[count++] = i;
        }

        return count;
    }

    /// <summary>Evaluates a product in a market on a date: what it needs, what is missing or expiring, how it may ship, what the seller must do.</summary>
    /// <param name="product">The product, with the certificates held for it.</param>
    /// <param name="market">The market to sell in.</param>
    /// <param name="date">The evaluation date ("today" is the caller's choice).</param>
    /// <param name="expiryWarningDays">A certificate whose last valid day is at most this many days after <paramref name="date"/> is reported as expiring; 0 or more (default 90).</param>
    /// <param name="sellerCredentials">Registrations and certificates the seller holds for all products (EPR, VAT, responsible person…), or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null, or <paramref name="sellerCredentials"/> holds null.</exception>
    /// <exception cref="UnknownCountryException">The rules do not cover <paramref name="market"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expiryWarningDays"/> is negative.</exception>
    public ComplianceReport Evaluate(Product product, CountryCode market, LocalDate date, int expiryWarningDays = 90, IEnumerable<HeldCertificate>? sellerCredentials = null)
    {
        Preconditions.CheckNotNull(product, nameof(product));
        Preconditions.CheckNonNegative(expiryWarningDays, nameof(expiryWarningDays));
        HeldCertificate[] credentials = product.Certificates.Concat(sellerCredentials ?? Array.Empty<HeldCertificate>()).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(credentials, c => c is not null), nameof(sellerCredentials), "sellerCredentials must not contain null.");
        ProductProfile profile = ProductProfile.Of(product);
        int[] buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, MarketRules(market).Length));
        try
        {
            int count = Match(profile, market, date, buffer);
            var requirements = new List<ComplianceCheck>();
            var saleRestrictions = new List<ComplianceFinding>();
            var advisories = new List<ComplianceFinding>();
            var obligations = new List<ComplianceCheck>();
            ShippingService[] services = Services;
            var restrictionsBy = new List<ComplianceFinding>?[services.Length];
            var conditionsBy = new List<ComplianceCheck>?[services.Length];
            var advisoriesBy = new List<ComplianceFinding>?[services.Length];
            for (int k = 0; k < count; k++)
            {
                ComplianceRule rule = rules[buffer[k]];
                Func<string> reason = () => Reason(rule, profile, market);
                if (rule.IsShippingRule)
                {
                    foreach (ShippingService service in rule.Services)
                    {
                        var finding = new ComplianceFinding(rule, market, date, service, reason);
                        switch (rule.Kind)
                        {
                            case FindingKind.Restriction: (restrictionsBy[service.Value] ??= new List<ComplianceFinding>()).Add(finding); break;
                            case FindingKind.Advisory: (advisoriesBy[service.Value] ??= new List<ComplianceFinding>()).Add(finding); break;
                            default: (conditionsBy[service.Value] ??= new List<ComplianceCheck>()).Add(Check(finding, credentials, market, date, expiryWarningDays)); break;
                        }
                    }

                    continue;
                }

                var marketFinding = new ComplianceFinding(rule, market, date, null, reason);
                switch (rule.Kind)
                {
                    case FindingKind.Requirement: requirements.Add(Check(marketFinding, credentials, market, date, expiryWarningDays)); break;
                    case FindingKind.Restriction: saleRestrictions.Add(marketFinding); break;
                    case FindingKind.Advisory: advisories.Add(marketFinding); break;
                    default: obligations.Add(Check(marketFinding, credentials, market, date, expiryWarningDays)); break;
                }
            }

            var verdicts = new ServiceVerdict[services.Length];
            for (int s = 0; s < services.Length; s++)
            {
                verdicts[s] = new ServiceVerdict(
                    services[s],
                    restrictionsBy[s]?.ToArray() ?? Array.Empty<ComplianceFinding>(),
                    conditionsBy[s]?.ToArray() ?? Array.Empty<ComplianceCheck>(),
                    advisoriesBy[s]?.ToArray() ?? Array.Empty<ComplianceFinding>());
            }

            return new ComplianceReport(product, market, date, requirements.ToArray(), saleRestrictions.ToArray(), advisories.ToArray(), obligations.ToArray(), verdicts);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>Evaluates like <see cref="Evaluate"/>, but returns <see langword="false"/> instead of throwing when the rules do not cover the market.</summary>
    /// <param name="product">The product.</param>
    /// <param name="market">The market.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="report">The report, when the market is covered.</param>
    /// <returns><see langword="true"/> when the market is covered and the report was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public bool TryEvaluate(Product product, CountryCode market, LocalDate date, [NotNullWhen(true)] out ComplianceReport? report)
    {
        Preconditions.CheckNotNull(product, nameof(product));
        report = Covers(market) ? Evaluate(product, market, date) : null;
        return report is not null;
    }

    internal static ComplianceRuleSet LoadDefault()
    {
        Dictionary<string, CountryCode[]> groups = ComplianceRuleReader.ReadGroups(EmbeddedData.Load(ComplianceRuleReader.GroupsTable), ComplianceRuleReader.GroupsTable);
        List<ComplianceRule> rules = ComplianceRuleReader.ReadRules(EmbeddedData.Load(ComplianceRuleReader.RulesTable), ComplianceRuleReader.RulesTable);
        return new ComplianceRuleSet(rules, groups, ComplianceRuleReader.RulesTable);
    }

    private static long DayNumber(LocalDate date) =>
        ((long)date.Year * 372L) + ((long)date.Month * 31L) + date.Day; // monotonic in the date; only order matters

    private static void Check(ComplianceRule[] rules, Dictionary<string, CountryCode[]> groups, string paramName)
    {
        var problems = new List<DataProblem>();
        foreach (ComplianceRule rule in rules)
        {
            foreach (string selector in rule.Markets)
            {
                if (selector[0] == '@' && !groups.ContainsKey(selector.Substring(1)))
                {
                    problems.Add(new DataProblem(ComplianceRuleReader.RulesTable, "rule '" + rule.Id + "'", $"market group '{selector}' is not defined; known groups: {string.Join(", ", groups.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => "@" + k))}."));
                }
            }
        }

        foreach (IGrouping<string, ComplianceRule> sameId in rules.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            ComplianceRule[] periods = sameId.OrderBy(r => r.Period.ValidFrom).ToArray();
            for (int i = 1; i < periods.Length; i++)
            {
                if (periods[i - 1].Period.Overlaps(periods[i].Period))
                {
                    problems.Add(new DataProblem(ComplianceRuleReader.RulesTable, "rule '" + sameId.Key + "'", $"two versions are in force on the same days ({periods[i - 1].Period} and {periods[i].Period}); give each version its own period."));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(paramName, problems);
        }
    }

    private static ComplianceCheck Check(ComplianceFinding finding, HeldCertificate[] credentials, CountryCode market, LocalDate date, int warningDays)
    {
        if (finding.Rule.SatisfiedBy.Count == 0)
        {
            return new ComplianceCheck(finding, CheckStatus.SelfCheck, null, null);
        }

        HeldCertificate? best = null;
        foreach (HeldCertificate c in credentials)
        {
            if (!Accepts(finding.Rule.SatisfiedBy, c.Type) || !c.Covers(market) || !c.IsValidOn(date))
            {
                continue;
            }

            if (best is null || Later(c.ValidUntil, best.ValidUntil))
            {
                best = c;
            }
        }

        if (best is null)
        {
            return new ComplianceCheck(finding, CheckStatus.Missing, null, null);
        }

        if (best.ValidUntil is not { } until)
        {
            return new ComplianceCheck(finding, CheckStatus.Satisfied, best, null);
        }

        int days = Period.Between(date, until, PeriodUnits.Days).Days;
        return new ComplianceCheck(finding, days <= warningDays ? CheckStatus.Expiring : CheckStatus.Satisfied, best, days);
    }

    private static bool Accepts(IReadOnlyList<CertificateType> types, CertificateType type)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (types[i] == type)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Later(LocalDate? candidate, LocalDate? current) =>
        current is { } c && (candidate is not { } n || n > c);

    private static string Reason(ComplianceRule rule, ProductProfile profile, CountryCode market)
    {
        RuleCondition condition = rule.Condition;
        var parts = new List<string>();
        foreach (ProductTrait a in condition.All.Union(condition.Any.Intersect(profile.Traits)).Traits)
        {
            parts.Add(profile.Describe(a));
        }

        foreach (NumericCondition c in condition.Where)
        {
            parts.Add(profile.Describe(c));
        }

        return parts.Count == 0
            ? "applies to every seller in " + market
            : "because " + string.Join("; ", parts);
    }

    private int[] MarketRules(CountryCode market)
    {
        if (market.IsDefault || byMarket[market.Index] is not { } list)
        {
            throw new UnknownCountryException(market.Value, nameof(market), "market covered by the compliance rules (covered: " + string.Join(" ", Markets) + ")");
        }

        return list;
    }

    private bool PassesWhere(ProductProfile profile, int start, int count)
    {
        int end = start + count;
        for (int k = start; k < end; k++)
        {
            if (!profile.TryGetApproximation(whereSlot[k], out double value))
            {
                return false;
            }

            double threshold = whereValue[k];
            bool pass = whereOp[k] switch
            {
                ComparisonOperator.GreaterThan => value > threshold,
                ComparisonOperator.GreaterThanOrEqual => value >= threshold,
                ComparisonOperator.LessThan => value < threshold,
                ComparisonOperator.LessThanOrEqual => value <= threshold,
                _ => value == threshold,
            };
            if (!pass)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One rule flattened for the fast path: masks, period as day numbers, and its slice of the comparison arrays.</summary>
    private readonly struct CompiledRule
    {
        internal CompiledRule(ulong all, ulong any, ulong none, long from, long to, int whereStart, int whereCount)
        {
            All = all;
            Any = any;
            None = none;
            From = from;
            To = to;
            WhereStart = whereStart;
            WhereCount = whereCount;
        }

        internal ulong All { get; }

        internal ulong Any { get; }

        internal ulong None { get; }

        internal long From { get; }

        internal long To { get; }

        internal int WhereStart { get; }

        internal int WhereCount { get; }
    }
}
