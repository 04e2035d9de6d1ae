namespace CrossBorder.Domain.Catalog;

/// <summary>What kind of document backs a held certificate.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    /// <summary>A declaration of conformity signed by the manufacturer or importer.</summary>
    DeclarationOfConformity = 0,

    /// <summary>A test report from a laboratory.</summary>
    TestReport = 1,

    /// <summary>A certificate issued by a certification body.</summary>
    Certificate = 2,

    /// <summary>A registration number or confirmation from a register (EPR, product notification, facility registration).</summary>
    Registration = 3,

    /// <summary>Artwork or a photo of a label or marking on the product or packaging.</summary>
    Label = 4,

    /// <summary>A contract or appointment (for example of a responsible person) or any other document.</summary>
    Other = 5,
}
