namespace CrossBorder.Domain.Pricing;

/// <summary>Which weight counts for a size tier's weight limit and its fulfilment fee.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FbaWeightBasis>))]
public enum FbaWeightBasis
{
    /// <summary>The unit weight (Amazon US small standard and extra-large 150+ lb).</summary>
    UnitWeight = 0,

    /// <summary>The greater of the unit weight and the dimensional weight (Amazon US large standard, large bulky, extra-large under 150 lb).</summary>
    GreaterOfUnitAndDimensional = 1,
}
