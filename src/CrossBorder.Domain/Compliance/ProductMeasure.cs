using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// A measured fact about a product that rule conditions compare with a threshold (for example <c>battery-wh &gt; 100</c>),
/// derived by <see cref="ProductProfile.Of"/>. Absent when the product does not have it (no battery, no liquid…);
/// a comparison with an absent value is false.
/// </summary>
/// <remarks>Closed vocabulary; immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<ProductMeasure>))]
public sealed class ProductMeasure : SmartEnum<ProductMeasure>
{
    /// <summary>The largest watt-hour rating of any one lithium-ion battery.</summary>
    public static readonly ProductMeasure BatteryWattHours = new("battery-wh", 0, "Wh per battery");

    /// <summary>The largest watt-hour rating of any one lithium-ion cell.</summary>
    public static readonly ProductMeasure CellWattHours = new("cell-wh", 1, "Wh per cell");

    /// <summary>The number of batteries in or with one unit.</summary>
    public static readonly ProductMeasure BatteryCount = new("battery-count", 2, "batteries");

    /// <summary>The number of cells in or with one unit.</summary>
    public static readonly ProductMeasure CellCount = new("cell-count", 3, "cells");

    /// <summary>The largest lithium content of any one lithium-metal battery, in grams.</summary>
    public static readonly ProductMeasure LithiumGrams = new("lithium-grams", 4, "g lithium per battery");

    /// <summary>The liquid content in millilitres.</summary>
    public static readonly ProductMeasure LiquidMillilitres = new("liquid-ml", 5, "ml");

    /// <summary>The highest rated input voltage.</summary>
    public static readonly ProductMeasure MaximumInputVolts = new("max-input-volts", 6, "V");

    /// <summary>The rated power in watts.</summary>
    public static readonly ProductMeasure Watts = new("watts", 7, "W");

    /// <summary>The youngest intended age, in months, of a children's product.</summary>
    public static readonly ProductMeasure MinimumAgeMonths = new("min-age-months", 8, "months");

    /// <summary>The packed magnetic field strength at 2.1 m, in gauss.</summary>
    public static readonly ProductMeasure MagneticFieldAt2Point1Metres = new("magnetic-gauss-2.1m", 9, "G at 2.1 m");

    /// <summary>The packed magnetic field strength at 4.6 m, in gauss.</summary>
    public static readonly ProductMeasure MagneticFieldAt4Point6Metres = new("magnetic-gauss-4.6m", 10, "G at 4.6 m");

    private ProductMeasure(string name, int slot, string unit)
        : base(name, slot)
    {
        Unit = unit;
    }

    /// <summary>The unit shown after the value, for example "Wh per battery".</summary>
    public string Unit { get; }

    internal const int Count = 11;
}
