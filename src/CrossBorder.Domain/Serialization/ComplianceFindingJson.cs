using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Data;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="ComplianceFinding"/>: a rule that applies to the product, why, and where it comes from.</summary>
/// <param name="RuleId">The rule's identifier.</param>
/// <param name="Kind">What the rule asks for (a certificate, a restriction, an advisory…).</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Service">The shipping service the finding is about, or null when it is about the market.</param>
/// <param name="Reason">Why the rule applies to this product, in words.</param>
/// <param name="Provenance">The rule's table, key, period, source and the date it was evaluated for.</param>
public sealed record ComplianceFindingJson(string RuleId, FindingKind Kind, string Title, ShippingService? Service, string Reason, Provenance Provenance)
{
    /// <summary>The model of <paramref name="finding"/>.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The model.</returns>
    public static ComplianceFindingJson From(ComplianceFinding finding)
    {
        Internal.Preconditions.CheckNotNull(finding, nameof(finding));
        return new ComplianceFindingJson(finding.RuleId, finding.Kind, finding.Title, finding.Service, finding.Reason, finding.Provenance);
    }
}
