using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="ComplianceCheck"/>: a requirement and whether the seller's certificates meet it.</summary>
/// <param name="Finding">The requirement.</param>
/// <param name="Status">Met, missing, expiring…</param>
/// <param name="Certificate">The certificate that meets it, or null.</param>
/// <param name="DaysToExpiry">Days until the certificate expires, or null.</param>
/// <param name="ValidUntil">The certificate's last valid day, or null.</param>
public sealed record ComplianceCheckJson(ComplianceFindingJson Finding, CheckStatus Status, HeldCertificate? Certificate, int? DaysToExpiry, LocalDate? ValidUntil)
{
    /// <summary>The model of <paramref name="check"/>.</summary>
    /// <param name="check">The check.</param>
    /// <returns>The model.</returns>
    public static ComplianceCheckJson From(ComplianceCheck check)
    {
        Internal.Preconditions.CheckNotNull(check, nameof(check));
        return new ComplianceCheckJson(ComplianceFindingJson.From(check.Finding), check.Status, check.Certificate, check.DaysToExpiry, check.ValidUntil);
    }
}
