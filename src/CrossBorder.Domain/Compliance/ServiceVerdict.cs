using System.Collections.Generic;

namespace CrossBorder.Domain.Compliance;

/// <summary>Whether a shipping service accepts the product, and on what conditions.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ServiceVerdictJsonConverter))]
public sealed class ServiceVerdict
{
    internal ServiceVerdict(ShippingService service, IReadOnlyList<ComplianceFinding> restrictions, IReadOnlyList<ComplianceCheck> conditions, IReadOnlyList<ComplianceFinding> advisories)
    {
        Service = service;
        Restrictions = restrictions;
        Conditions = conditions;
        Advisories = advisories;
    }

    /// <summary>The service.</summary>
    public ShippingService Service { get; }

    /// <summary>Whether the service accepts the product (no restriction applies).</summary>
    public bool IsAccepted => Restrictions.Count == 0;

    /// <summary>The restrictions that refuse the product.</summary>
    public IReadOnlyList<ComplianceFinding> Restrictions { get; }

    /// <summary>The documents and conditions the service requires.</summary>
    public IReadOnlyList<ComplianceCheck> Conditions { get; }

    /// <summary>Advisories for the service.</summary>
    public IReadOnlyList<ComplianceFinding> Advisories { get; }

    /// <summary>"postal: refused (2 restrictions)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Service.Name + ": " + (IsAccepted ? "accepted" : "refused") + " (" + Restrictions.Count + " restrictions, " + Conditions.Count + " conditions)";
}
