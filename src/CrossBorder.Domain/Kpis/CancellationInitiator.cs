namespace CrossBorder.Domain.Kpis;

/// <summary>Who cancelled an order.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CancellationInitiator>))]
public enum CancellationInitiator
{
    /// <summary>The buyer (does not count against the seller's cancel rate).</summary>
    Buyer = 0,

    /// <summary>The seller (counts against the pre-fulfilment cancel rate when before shipment).</summary>
    Seller = 1,
}
