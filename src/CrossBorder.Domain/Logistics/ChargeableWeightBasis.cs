namespace CrossBorder.Domain.Logistics;

/// <summary>Whether a carrier compares actual and volumetric weight carton by carton or for the shipment as a whole.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ChargeableWeightBasis>))]
public enum ChargeableWeightBasis
{
    /// <summary>Per shipment: total actual weight against total volumetric weight, rounded once (air freight, sea, rail).</summary>
    PerShipment = 0,

    /// <summary>Per carton: each carton's greater weight is rounded and the results are added (express and parcel services).</summary>
    PerCarton = 1,
}
