using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Compliance;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="ServiceVerdict"/>: whether a shipping service accepts the product, and on what terms.</summary>
/// <param name="Service">The shipping service.</param>
/// <param name="IsAccepted">Whether the service accepts the product (no restriction applies).</param>
/// <param name="Restrictions">The rules that refuse it.</param>
/// <param name="Conditions">The requirements attached to shipping it.</param>
/// <param name="Advisories">Advice that does not block.</param>
public sealed record ServiceVerdictJson(ShippingService Service, bool IsAccepted, IReadOnlyList<ComplianceFindingJson> Restrictions, IReadOnlyList<ComplianceCheckJson> Conditions, IReadOnlyList<ComplianceFindingJson> Advisories)
{
    /// <summary>The model of <paramref name="verdict"/>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The model.</returns>
    public static ServiceVerdictJson From(ServiceVerdict verdict)
    {
        Internal.Preconditions.CheckNotNull(verdict, nameof(verdict));
        return new ServiceVerdictJson(
            verdict.Service,
            verdict.IsAccepted,
            verdict.Restrictions.Select(ComplianceFindingJson.From).ToArray(),
            verdict.Conditions.Select(ComplianceCheckJson.From).ToArray(),
            verdict.Advisories.Select(ComplianceFindingJson.From).ToArray());
    }
}
