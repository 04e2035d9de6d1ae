namespace CrossBorder.Domain.Customs;

/// <summary>The quantity a specific (non ad valorem) duty is charged on.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<DutyUnit>))]
public enum DutyUnit
{
    /// <summary>Per kilogram of net mass.</summary>
    Kilogram = 1,

    /// <summary>Per item (piece, pair, unit).</summary>
    Item = 2,

    /// <summary>Per litre of content.</summary>
    Litre = 3,
}
