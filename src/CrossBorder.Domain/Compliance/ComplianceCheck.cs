using CrossBorder.Domain.Catalog;
using NodaTime;

namespace CrossBorder.Domain.Compliance;

/// <summary>A requirement or obligation finding with its status: which held certificate satisfies it, and until when.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ComplianceCheckJsonConverter))]
public sealed class ComplianceCheck
{
    internal ComplianceCheck(ComplianceFinding finding, CheckStatus status, HeldCertificate? certificate, int? daysToExpiry)
    {
        Finding = finding;
        Status = status;
        Certificate = certificate;
        DaysToExpiry = daysToExpiry;
    }

    /// <summary>The finding.</summary>
    public ComplianceFinding Finding { get; }

    /// <summary>Where it stands.</summary>
    public CheckStatus Status { get; }

    /// <summary>The certificate that satisfies it, when <see cref="Status"/> is Satisfied or Expiring.</summary>
    public HeldCertificate? Certificate { get; }

    /// <summary>Days from the evaluation date to the certificate's last valid day, when it expires.</summary>
    public int? DaysToExpiry { get; }

    /// <summary>The last day the satisfying certificate is valid, when it expires.</summary>
    public LocalDate? ValidUntil => Certificate?.ValidUntil;

    /// <summary>"Missing  eu-ce-red: …".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Status + " " + Finding;
}
