namespace CrossBorder.Domain.Customs;

/// <summary>
/// What the customs value of imported goods includes, under the WTO Valuation Agreement (Article 8.2 leaves it to each member).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ValuationBasis>))]
public enum ValuationBasis
{
    /// <summary>
    /// Cost, insurance and freight: the transaction value plus transport and insurance to the place of entry into the customs
    /// territory (EU, UK, Japan, China, Korea and most countries).
    /// </summary>
    Cif = 1,

    /// <summary>
    /// Free on board: the transaction value at the place of export, without international transport and insurance
    /// (United States, Canada, Australia, New Zealand).
    /// </summary>
    Fob = 2,
}
