namespace CrossBorder.Domain.Catalog;

/// <summary>How a battery travels with the product — the distinction transport rules are built on.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<BatteryConfiguration>))]
public enum BatteryConfiguration
{
    /// <summary>Installed in the equipment (UN 3481/3091 "contained in equipment", IATA PI 967/970).</summary>
    ContainedInEquipment = 0,

    /// <summary>Packed in the same package as the equipment but not installed (UN 3481/3091 "packed with equipment", PI 966/969).</summary>
    PackedWithEquipment = 1,

    /// <summary>Shipped on its own, including spare batteries (UN 3480/3090, PI 965/968).</summary>
    Standalone = 2,
}
