namespace CrossBorder.Domain.Inventory;

/// <summary>The stages goods pass between a factory order and the first sale.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<SupplyStageKind>))]
public enum SupplyStageKind
{
    /// <summary>Manufacturing after the purchase order (pauses during factory closures).</summary>
    Production = 0,

    /// <summary>Trucking from the factory to the port or airport of departure (pauses during factory closures).</summary>
    InlandToOrigin = 1,

    /// <summary>The main leg by sea, rail, air or express.</summary>
    MainLeg = 2,

    /// <summary>Import customs clearance at destination.</summary>
    CustomsClearance = 3,

    /// <summary>Delivery to the warehouse and receiving or marketplace check-in until units are sellable.</summary>
    Receiving = 4,

    /// <summary>Any other stage (inspection, labelling, a transfer between warehouses).</summary>
    Other = 5,
}
