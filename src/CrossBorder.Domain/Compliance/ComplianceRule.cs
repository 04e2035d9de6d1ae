using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// One compliance rule as data: when it applies (markets, period, product condition, and for shipping rules the services) and
/// what it finds — a <see cref="FindingKind.Requirement"/> with the certificate types that satisfy it, a
/// <see cref="FindingKind.Restriction"/>, an <see cref="FindingKind.Advisory"/> or a seller <see cref="FindingKind.Obligation"/> —
/// with the authority, the documents expected, an explanation and the source it rests on.
/// </summary>
/// <remarks>
/// <para>Markets are ISO country codes (<c>DE</c>), market groups (<c>@EU</c>, defined in the rule set) or <c>*</c> (every market,
/// used by shipping rules). A rule with services is a shipping rule: its finding applies to those services only.</para>
/// <para>The constructor rejects a rule that could not be applied correctly (no markets, a product requirement nothing can satisfy,
/// a restriction that names no product attribute…). Immutable and thread-safe.</para>
/// </remarks>
public sealed record ComplianceRule : IEffectiveDated<ComplianceRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable id: lower-case letters, digits, '-' and '.', 2 to 80 characters, for example <c>eu-ce-red</c>.</param>
    /// <param name="kind">What the finding asks of the seller.</param>
    /// <param name="title">A short title, for example "CE marking — Radio Equipment Directive 2014/53/EU".</param>
    /// <param name="authority">Who enforces it.</param>
    /// <param name="markets">Country codes, <c>@GROUP</c> names or <c>*</c>; at least one.</param>
    /// <param name="condition">When it applies to a product.</param>
    /// <param name="services">For shipping rules, the services it applies to; empty for market rules.</param>
    /// <param name="satisfiedBy">The certificate types that satisfy a requirement or obligation; required for product requirements.</param>
    /// <param name="documents">The documents or conditions expected, in words.</param>
    /// <param name="explanation">What the rule means for the seller.</param>
    /// <param name="period">When the rule is in force.</param>
    /// <param name="source">The document it rests on.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The rule is malformed; the message names the rule id and the reason.</exception>
    public ComplianceRule(
        string id,
        FindingKind kind,
        string title,
        string authority,
        IEnumerable<string> markets,
        RuleCondition condition,
        IEnumerable<ShippingService>? services,
        IEnumerable<CertificateType>? satisfiedBy,
        IEnumerable<string>? documents,
        string explanation,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(IsValidId(id), nameof(id), $"Rule id {Preconditions.Quote(id)} is not valid: use 2 to 80 characters from a–z, 0–9, '-' and '.', such as eu-ce-red.");
        string prefix = "Rule '" + id + "': ";
        if (kind < FindingKind.Requirement || kind > FindingKind.Obligation)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, prefix + "kind must be requirement, restriction, advisory or obligation.");
        }

        Preconditions.CheckNotNull(markets, nameof(markets));
        string[] marketList = markets.ToArray();
        Preconditions.CheckArgument(marketList.Length > 0, nameof(markets), prefix + "'markets' is empty; name at least one country code, @GROUP or *.");
        foreach (string m in marketList)
        {
            Preconditions.CheckArgument(IsValidMarketSelector(m), nameof(markets), prefix + $"market {Preconditions.Quote(m)} is not a two-letter country code (DE), a group (@EU) or * (every market).");
        }

        ShippingService[] serviceList = services?.Distinct().OrderBy(s => s.Value).ToArray() ?? Array.Empty<ShippingService>();
        CertificateType[] satisfied = satisfiedBy?.Distinct().ToArray() ?? Array.Empty<CertificateType>();
        Preconditions.CheckArgument(Array.TrueForAll(satisfied, c => c.Code.Length > 0), nameof(satisfiedBy), prefix + "satisfiedBy contains the default CertificateType.");
        Condition = Preconditions.CheckNotNull(condition, nameof(condition));
        if (kind == FindingKind.Requirement && serviceList.Length == 0)
        {
            Preconditions.CheckArgument(satisfied.Length > 0, nameof(satisfiedBy), prefix + "a product requirement must list in 'satisfiedBy' the certificate types that satisfy it; otherwise it could never be met.");
        }

        if (kind == FindingKind.Restriction)
        {
            Preconditions.CheckArgument(!condition.All.IsEmpty || !condition.Any.IsEmpty, nameof(condition), prefix + "a restriction must name at least one product attribute in 'all' or 'any'; a restriction on every product is not a rule.");
        }

        if (kind == FindingKind.Obligation)
        {
            Preconditions.CheckArgument(serviceList.Length == 0, nameof(services), prefix + "a seller obligation cannot be limited to shipping services; make it a requirement for those services instead.");
        }

        Id = id;
        Kind = kind;
        Title = Preconditions.CheckNotNullOrWhiteSpace(title, nameof(title));
        Authority = Preconditions.CheckNotNullOrWhiteSpace(authority, nameof(authority));
        Markets = marketList;
        Services = serviceList;
        SatisfiedBy = satisfied;
        Documents = documents?.ToArray() ?? Array.Empty<string>();
        Preconditions.CheckArgument(Documents.All(d => !string.IsNullOrWhiteSpace(d)), nameof(documents), prefix + "documents must not contain empty entries.");
        Explanation = Preconditions.CheckNotNullOrWhiteSpace(explanation, nameof(explanation));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>What the finding asks of the seller.</summary>
    public FindingKind Kind { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>Who enforces it.</summary>
    public string Authority { get; }

    /// <summary>The market selectors: country codes, <c>@GROUP</c> names or <c>*</c>.</summary>
    public IReadOnlyList<string> Markets { get; }

    /// <summary>When it applies to a product.</summary>
    public RuleCondition Condition { get; }

    /// <summary>For shipping rules, the services it applies to (in service order); empty for market rules.</summary>
    public IReadOnlyList<ShippingService> Services { get; }

    /// <summary>Whether this is a shipping rule (it names services).</summary>
    public bool IsShippingRule => Services.Count > 0;

    /// <summary>The certificate types that satisfy the rule; empty when nothing held can prove it (a self-check).</summary>
    public IReadOnlyList<CertificateType> SatisfiedBy { get; }

    /// <summary>The documents or conditions expected, in words.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>What the rule means for the seller.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public ComplianceRule WithPeriod(EffectivePeriod period) => this with { Period = period };

    /// <summary>"eu-ce-red (requirement): title".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " (" + Kind.ToString().ToLowerInvariant() + "): " + Title;

    internal static bool IsValidId(string id)
    {
        if (id.Length < 2 || id.Length > 80)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsValidMarketSelector(string? selector)
    {
        if (selector is null)
        {
            return false;
        }

        if (selector == "*")
        {
            return true;
        }

        if (selector.Length >= 3 && selector[0] == '@')
        {
            for (int i = 1; i < selector.Length; i++)
            {
                char c = selector[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        return selector.Length == 2 && selector[0] >= 'A' && selector[0] <= 'Z' && selector[1] >= 'A' && selector[1] <= 'Z';
    }
}
