namespace CrossBorder.Domain.Pricing;

/// <summary>How the rate bands of a fee apply to its base.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FeeBandMode>))]
public enum FeeBandMode
{
    /// <summary>One band's rate applies to the whole base, chosen by the band the base falls in (Amazon beauty: 8% of the whole price up to $10, else 15%).</summary>
    WholePrice = 0,

    /// <summary>Each band's rate applies to the portion of the base inside the band (Amazon electronics accessories: 15% of the first $100, 8% of the rest).</summary>
    Marginal = 1,
}
