namespace CrossBorder.Domain.Measures;

/// <summary>A unit of length.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<LengthUnit>))]
public enum LengthUnit
{
    /// <summary>Millimetre.</summary>
    Millimetre = 0,

    /// <summary>Centimetre (10 mm).</summary>
    Centimetre = 1,

    /// <summary>Metre (1000 mm).</summary>
    Metre = 2,

    /// <summary>International inch (exactly 25.4 mm).</summary>
    Inch = 3,

    /// <summary>International foot (exactly 304.8 mm).</summary>
    Foot = 4,
}
