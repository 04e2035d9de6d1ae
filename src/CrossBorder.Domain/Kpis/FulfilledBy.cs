namespace CrossBorder.Domain.Kpis;

/// <summary>Who fulfils an order line: the marketplace (Amazon FBA, Shopee SLS warehouse…) or the seller.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FulfilledBy>))]
public enum FulfilledBy
{
    /// <summary>Fulfilled by the marketplace (for Amazon: FBA, "AFN").</summary>
    Marketplace = 0,

    /// <summary>Fulfilled by the seller or the seller's 3PL (for Amazon: FBM, "MFN"); the channel store-health shipping metrics apply to.</summary>
    Merchant = 1,
}
