using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// A yes/no fact about a product that compliance rules test, derived from the <see cref="Catalog.Product"/> by
/// <see cref="ProductProfile.Of"/>. Rules name traits by their name (kebab-case, for example
/// <c>radio-transmitter</c>); the value is the trait's bit in an <see cref="TraitSet"/>.
/// </summary>
/// <remarks>Closed vocabulary; immutable and thread-safe. <c>docs/compliance.md</c> explains how each trait is derived.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<ProductTrait>))]
public sealed class ProductTrait : SmartEnum<ProductTrait>
{
    /// <summary>Has an electrical input (<see cref="Catalog.Product.Electrical"/> is set).</summary>
    public static readonly ProductTrait ElectricalEquipment = new("electrical-equipment", 0, "electrical equipment");

    /// <summary>Connected to the mains.</summary>
    public static readonly ProductTrait MainsPowered = new("mains-powered", 1, "mains-powered");

    /// <summary>Input voltage reaches 50–1000 V AC or 75–1500 V DC (EU Low Voltage Directive band).</summary>
    public static readonly ProductTrait LowVoltageRange = new("low-voltage-range", 2, "input voltage in the 50–1000 V AC / 75–1500 V DC band");

    /// <summary>Contains digital logic or oscillators (an unintentional radiator).</summary>
    public static readonly ProductTrait DigitalElectronics = new("digital-electronics", 3, "digital electronics");

    /// <summary>Intentionally transmits radio waves.</summary>
    public static readonly ProductTrait RadioTransmitter = new("radio-transmitter", 4, "radio transmitter");

    /// <summary>Can communicate over the internet.</summary>
    public static readonly ProductTrait InternetConnected = new("internet-connected", 5, "internet-connected");

    /// <summary>Has at least one battery.</summary>
    public static readonly ProductTrait ContainsBattery = new("contains-battery", 6, "battery");

    /// <summary>Has a lithium-ion battery.</summary>
    public static readonly ProductTrait LithiumIon = new("lithium-ion", 7, "lithium-ion battery");

    /// <summary>Has a lithium-metal battery.</summary>
    public static readonly ProductTrait LithiumMetal = new("lithium-metal", 8, "lithium-metal battery");

    /// <summary>Has a battery shipped on its own.</summary>
    public static readonly ProductTrait BatteryStandalone = new("battery-standalone", 9, "standalone battery");

    /// <summary>Has a battery packed with (not installed in) the equipment.</summary>
    public static readonly ProductTrait BatteryPackedWithEquipment = new("battery-packed-with-equipment", 10, "battery packed with equipment");

    /// <summary>Has a battery installed in the equipment.</summary>
    public static readonly ProductTrait BatteryContainedInEquipment = new("battery-contained-in-equipment", 11, "battery contained in equipment");

    /// <summary>Is a power bank (category <c>power-bank</c>).</summary>
    public static readonly ProductTrait PowerBank = new("power-bank", 12, "power bank");

    /// <summary>Ships as UN 3480 lithium-ion batteries: a standalone lithium-ion battery, or a lithium-ion power bank.</summary>
    public static readonly ProductTrait Un3480 = new("un3480", 13, "UN 3480 lithium-ion batteries");

    /// <summary>Ships as UN 3481 lithium-ion batteries contained in or packed with equipment.</summary>
    public static readonly ProductTrait Un3481 = new("un3481", 14, "UN 3481 lithium-ion batteries in or with equipment");

    /// <summary>Ships as UN 3090 lithium-metal batteries (standalone).</summary>
    public static readonly ProductTrait Un3090 = new("un3090", 15, "UN 3090 lithium-metal batteries");

    /// <summary>Ships as UN 3091 lithium-metal batteries contained in or packed with equipment.</summary>
    public static readonly ProductTrait Un3091 = new("un3091", 16, "UN 3091 lithium-metal batteries in or with equipment");

    /// <summary>Holds liquid.</summary>
    public static readonly ProductTrait Liquid = new("liquid", 17, "liquid");

    /// <summary>Is or contains an aerosol.</summary>
    public static readonly ProductTrait Aerosol = new("aerosol", 18, "aerosol");

    /// <summary>Is or contains a flammable substance.</summary>
    public static readonly ProductTrait Flammable = new("flammable", 19, "flammable");

    /// <summary>Contains magnets.</summary>
    public static readonly ProductTrait Magnets = new("magnets", 20, "magnets");

    /// <summary>Contains magnets whose packed field strength has not been measured.</summary>
    public static readonly ProductTrait MagneticFieldUnmeasured = new("magnetic-field-unmeasured", 21, "magnetic field not measured");

    /// <summary>Designed or intended primarily for children aged 12 or younger.</summary>
    public static readonly ProductTrait ChildrensProduct = new("childrens-product", 22, "children's product (12 or younger)");

    /// <summary>Is a toy (category <c>toy</c>).</summary>
    public static readonly ProductTrait Toy = new("toy", 23, "toy");

    /// <summary>Intended to come into contact with food.</summary>
    public static readonly ProductTrait FoodContact = new("food-contact", 24, "food contact");

    /// <summary>Is a cosmetic.</summary>
    public static readonly ProductTrait Cosmetic = new("cosmetic", 25, "cosmetic");

    /// <summary>Is a textile product (has a fibre composition).</summary>
    public static readonly ProductTrait Textile = new("textile", 26, "textile");

    /// <summary>Contains wood or plant material.</summary>
    public static readonly ProductTrait WoodOrPlant = new("wood-or-plant", 27, "wood or plant material");

    /// <summary>The seller declares chemicals of concern.</summary>
    public static readonly ProductTrait DeclaredSubstances = new("declared-substances", 28, "declared substances");

    /// <summary>Meant for consumers.</summary>
    public static readonly ProductTrait ConsumerProduct = new("consumer-product", 29, "consumer product");

    /// <summary>Is a power supply or AC adapter (category <c>power-supply</c>).</summary>
    public static readonly ProductTrait PowerSupply = new("power-supply", 30, "power supply or AC adapter");

    /// <summary>Has a brand or trademark owner.</summary>
    public static readonly ProductTrait Branded = new("branded", 31, "branded");

    private ProductTrait(string name, int bit, string description)
        : base(name, bit)
    {
        Description = description;
    }

    /// <summary>A short description for people, for example "radio transmitter".</summary>
    public string Description { get; }

    internal ulong Mask => 1UL << Value;
}
