namespace CrossBorder.Domain.LandedCost;

/// <summary>How a shared cost (freight, insurance, fees) is split over the lines of a shipment — the methods ERP systems offer.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<AllocationMethod>))]
public enum AllocationMethod
{
    /// <summary>In proportion to each line's goods value.</summary>
    Value = 0,

    /// <summary>In proportion to each line's total mass (unit mass × quantity).</summary>
    Weight = 1,

    /// <summary>In proportion to each line's total volume (unit dimensions × quantity); every line needs dimensions.</summary>
    Volume = 2,

    /// <summary>In proportion to each line's chargeable weight (greater of mass and volumetric weight at the freight mode's divisor).</summary>
    ChargeableWeight = 3,

    /// <summary>In proportion to each line's quantity (units).</summary>
    Quantity = 4,
}
