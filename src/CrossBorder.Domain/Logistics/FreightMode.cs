using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// How goods travel on the main leg: sea (FCL, LCL), rail, air freight, express courier, postal or a dedicated e-commerce line.
/// </summary>
/// <remarks>
/// A closed vocabulary (<see cref="SmartEnum{TEnum}"/>): each mode knows its usual volumetric divisor and whether it is ocean
/// transport (which matters for fees such as the US Harbor Maintenance Fee). The divisor is a default; a carrier's rate card may use
/// its own. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<FreightMode>))]
public sealed class FreightMode : SmartEnum<FreightMode>
{
    /// <summary>Full container load by sea; priced per container, volumetric weight at 1 m³ = 1000 kg (weight/measure).</summary>
    public static readonly FreightMode SeaFcl = new(nameof(SeaFcl), 1, isOcean: true, VolumetricDivisor.SeaWeightMeasure);

    /// <summary>Less than container load by sea; priced per revenue ton, 1 m³ = 1000 kg (weight/measure).</summary>
    public static readonly FreightMode SeaLcl = new(nameof(SeaLcl), 2, isOcean: true, VolumetricDivisor.SeaWeightMeasure);

    /// <summary>Rail freight (China–Europe land bridge); the rate card states its divisor, 1 m³ = 1000 kg by default here.</summary>
    public static readonly FreightMode Rail = new(nameof(Rail), 3, isOcean: false, VolumetricDivisor.SeaWeightMeasure);

    /// <summary>Air freight (general cargo), 6000 cm³/kg.</summary>
    public static readonly FreightMode AirFreight = new(nameof(AirFreight), 4, isOcean: false, VolumetricDivisor.AirFreight);

    /// <summary>Express courier (door to door), 5000 cm³/kg.</summary>
    public static readonly FreightMode Express = new(nameof(Express), 5, isOcean: false, VolumetricDivisor.Express);

    /// <summary>Postal parcel services; most postal products charge actual weight (no volumetric divisor).</summary>
    public static readonly FreightMode Postal = new(nameof(Postal), 6, isOcean: false, null);

    /// <summary>Dedicated e-commerce line (consolidated air plus last-mile partner), 6000 cm³/kg by default.</summary>
    public static readonly FreightMode EcommerceLine = new(nameof(EcommerceLine), 7, isOcean: false, VolumetricDivisor.AirFreight);

    private FreightMode(string name, int value, bool isOcean, VolumetricDivisor? defaultDivisor)
        : base(name, value)
    {
        IsOcean = isOcean;
        DefaultDivisor = defaultDivisor;
    }

    /// <summary>Whether the main leg is by vessel (ocean fees such as the US Harbor Maintenance Fee apply).</summary>
    public bool IsOcean { get; }

    /// <summary>The usual volumetric divisor of the mode, or null when the mode charges actual weight.</summary>
    public VolumetricDivisor? DefaultDivisor { get; }
}
