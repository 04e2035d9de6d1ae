namespace CrossBorder.Domain.Compliance;

/// <summary>What a rule's finding asks of the seller.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FindingKind>))]
public enum FindingKind
{
    /// <summary>Must hold before sale (or before shipping by a service): satisfied by a held, unexpired certificate, or a listed condition.</summary>
    Requirement = 0,

    /// <summary>Cannot be sold in the market, or cannot be shipped by the service.</summary>
    Restriction = 1,

    /// <summary>Worth knowing or checking; does not by itself stop a sale.</summary>
    Advisory = 2,

    /// <summary>A duty of the seller (registration, tax, insurance, data protection) rather than of the product.</summary>
    Obligation = 3,
}
