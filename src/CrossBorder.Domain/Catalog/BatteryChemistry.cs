using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Catalog;

/// <summary>The chemistry of a battery, as transport and battery rules distinguish it.</summary>
/// <remarks>Lithium-ion includes lithium-polymer cells (UN 3480/3481); lithium metal is UN 3090/3091. Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<BatteryChemistry>))]
public sealed class BatteryChemistry : SmartEnum<BatteryChemistry>
{
    /// <summary>Rechargeable lithium-ion or lithium-polymer, rated in watt-hours (UN 3480 / UN 3481).</summary>
    public static readonly BatteryChemistry LithiumIon = new("lithium-ion", 1, isLithium: true);

    /// <summary>Primary lithium metal or lithium alloy, rated by lithium content in grams (UN 3090 / UN 3091).</summary>
    public static readonly BatteryChemistry LithiumMetal = new("lithium-metal", 2, isLithium: true);

    /// <summary>Nickel-metal hydride.</summary>
    public static readonly BatteryChemistry NickelMetalHydride = new("nickel-metal-hydride", 3, isLithium: false);

    /// <summary>Alkaline manganese.</summary>
    public static readonly BatteryChemistry Alkaline = new("alkaline", 4, isLithium: false);

    /// <summary>Lead-acid.</summary>
    public static readonly BatteryChemistry LeadAcid = new("lead-acid", 5, isLithium: false);

    private BatteryChemistry(string name, int value, bool isLithium)
        : base(name, value)
    {
        IsLithium = isLithium;
    }

    /// <summary>Whether the chemistry is lithium-based (regulated as dangerous goods in transport).</summary>
    public bool IsLithium { get; }
}
