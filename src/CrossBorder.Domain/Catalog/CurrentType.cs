namespace CrossBorder.Domain.Catalog;

/// <summary>Whether a voltage rating is alternating or direct current.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CurrentType>))]
public enum CurrentType
{
    /// <summary>Alternating current (mains).</summary>
    Alternating = 0,

    /// <summary>Direct current (batteries, USB, external adapters' output).</summary>
    Direct = 1,
}
