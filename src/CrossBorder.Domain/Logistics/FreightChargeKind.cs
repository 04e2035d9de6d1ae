namespace CrossBorder.Domain.Logistics;

/// <summary>The kind of one charge in a freight quote.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FreightChargeKind>))]
public enum FreightChargeKind
{
    /// <summary>The weight charge: chargeable weight × rate of the applicable weight break.</summary>
    Weight = 0,

    /// <summary>The minimum charge, replacing a weight charge below it.</summary>
    Minimum = 1,

    /// <summary>The fuel surcharge, a percentage of the weight (or minimum) charge.</summary>
    FuelSurcharge = 2,

    /// <summary>A fee per shipment (documentation, pickup).</summary>
    PerShipment = 3,

    /// <summary>A fee per carton (handling, labelling).</summary>
    PerCarton = 4,

    /// <summary>A surcharge for delivery to a remote area.</summary>
    RemoteArea = 5,

    /// <summary>Any other charge, such as a quote entered by hand.</summary>
    Other = 6,
}
