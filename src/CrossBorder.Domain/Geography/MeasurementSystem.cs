namespace CrossBorder.Domain.Geography;

/// <summary>The measurement system in everyday use in a country (Unicode CLDR supplemental <c>measurementData</c>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<MeasurementSystem>))]
public enum MeasurementSystem
{
    /// <summary>The metric system (SI): kilograms, centimetres, litres.</summary>
    Metric = 1,

    /// <summary>United States customary units: pounds, inches, US gallons (United States, Liberia, Myanmar).</summary>
    UsCustomary = 2,

    /// <summary>The United Kingdom's mixed usage: metric in trade, imperial miles and pints in daily life.</summary>
    Imperial = 3,
}
