namespace CrossBorder.Domain.Customs;

/// <summary>The kind of US customs entry, which decides the Merchandise Processing Fee.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<UsEntryType>))]
public enum UsEntryType
{
    /// <summary>Formal entry: MPF ad valorem with the fiscal year's minimum and maximum (19 CFR 24.23(b)(1)).</summary>
    Formal = 1,

    /// <summary>Informal entry (value up to the informal-entry limit, 19 CFR 143.21): flat MPF for an automated entry not prepared by CBP (19 CFR 24.23(b)(2)).</summary>
    Informal = 2,
}
