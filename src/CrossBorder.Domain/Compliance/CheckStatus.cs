namespace CrossBorder.Domain.Compliance;

/// <summary>Where a requirement or obligation stands for the product on the evaluation date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CheckStatus>))]
public enum CheckStatus
{
    /// <summary>A held certificate of an accepted type covers the market and is valid on the date.</summary>
    Satisfied = 0,

    /// <summary>Satisfied, but the certificate expires within the warning window.</summary>
    Expiring = 1,

    /// <summary>No held certificate of an accepted type covers the market and is valid on the date.</summary>
    Missing = 2,

    /// <summary>The rule names no certificate type: the seller must check it (documents, labels, conditions) themselves.</summary>
    SelfCheck = 3,
}
