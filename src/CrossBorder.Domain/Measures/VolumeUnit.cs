namespace CrossBorder.Domain.Measures;

/// <summary>A unit of volume.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<VolumeUnit>))]
public enum VolumeUnit
{
    /// <summary>Millilitre, the same as a cubic centimetre.</summary>
    Millilitre = 0,

    /// <summary>Litre (1000 ml).</summary>
    Litre = 1,

    /// <summary>Cubic centimetre (1 ml).</summary>
    CubicCentimetre = 2,

    /// <summary>Cubic metre (1,000,000 cm³).</summary>
    CubicMetre = 3,

    /// <summary>Cubic inch (exactly 16.387064 cm³).</summary>
    CubicInch = 4,

    /// <summary>Cubic foot (exactly 28,316.846592 cm³).</summary>
    CubicFoot = 5,
}
