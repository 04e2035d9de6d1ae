namespace CrossBorder.Domain.Kpis;

/// <summary>Where a claim stands. Denied claims and claims withdrawn before a decision do not count as defects.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ClaimStatus>))]
public enum ClaimStatus
{
    /// <summary>Open, awaiting a decision (counts as a defect).</summary>
    Open = 0,

    /// <summary>Granted to the buyer, or refunded after the claim (counts as a defect).</summary>
    Granted = 1,

    /// <summary>Denied (does not count).</summary>
    Denied = 2,

    /// <summary>Withdrawn by the buyer before a decision (does not count).</summary>
    Withdrawn = 3,
}
