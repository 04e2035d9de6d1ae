namespace CrossBorder.Domain.Selection;

/// <summary>The explainable factors of a <see cref="ProductMarketFit"/> assessment, in the order they are reported.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FitFactorKind>))]
public enum FitFactorKind
{
    /// <summary>How cheaply the product ships: chargeable vs actual weight, Amazon size tier, shipping services that refuse it.</summary>
    Logistics = 0,

    /// <summary>How much certification work stands between the product and the market: missing requirements, their cost and lead time.</summary>
    ComplianceBurden = 1,

    /// <summary>Whether a mains-powered product works on the market's supply voltage and plugs.</summary>
    ElectricalFit = 2,

    /// <summary>Whether the labelling language and the units of measure suit the market.</summary>
    CulturalFit = 3,

    /// <summary>How evenly demand spreads over the year (from a demand series).</summary>
    Seasonality = 4,

    /// <summary>Net margin at the intended price, after every fee (from the pricing engine).</summary>
    UnitEconomics = 5,

    /// <summary>The competition the seller observed: number of sellers and review counts of the incumbents.</summary>
    Competition = 6,
}
