namespace CrossBorder.Domain.Inventory;

/// <summary>Where a SKU's stock waits for orders.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<StockingChannel>))]
public enum StockingChannel
{
    /// <summary>Pre-stocked in the destination (FBA or an overseas warehouse), replenished in bulk by sea or air.</summary>
    Overseas = 0,

    /// <summary>Shipped to each buyer from the origin (cross-border parcel), no stock abroad.</summary>
    DirectFromOrigin = 1,
}
