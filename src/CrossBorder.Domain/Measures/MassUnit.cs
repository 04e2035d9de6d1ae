namespace CrossBorder.Domain.Measures;

/// <summary>A unit of mass.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<MassUnit>))]
public enum MassUnit
{
    /// <summary>Gram.</summary>
    Gram = 0,

    /// <summary>Kilogram (1000 g).</summary>
    Kilogram = 1,

    /// <summary>Avoirdupois ounce (exactly 28.349523125 g).</summary>
    Ounce = 2,

    /// <summary>Avoirdupois pound (exactly 0.45359237 kg).</summary>
    Pound = 3,
}
