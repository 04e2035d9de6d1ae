namespace CrossBorder.Domain.Pricing;

/// <summary>What a price target asks for.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<PriceTargetKind>))]
public enum PriceTargetKind
{
    /// <summary>A net margin (net profit / net revenue).</summary>
    NetMargin = 0,

    /// <summary>A net profit per unit.</summary>
    ProfitPerUnit = 1,

    /// <summary>A return on landed cost (net profit / landed cost).</summary>
    ReturnOnLandedCost = 2,
}
