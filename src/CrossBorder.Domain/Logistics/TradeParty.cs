namespace CrossBorder.Domain.Logistics;

/// <summary>The two parties of a sale contract under an Incoterms rule.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<TradeParty>))]
public enum TradeParty
{
    /// <summary>The seller (exporter, supplier).</summary>
    Seller = 1,

    /// <summary>The buyer (importer).</summary>
    Buyer = 2,
}
