namespace CrossBorder.Domain.Pricing;

/// <summary>An input a what-if changes by a relative amount (±x%).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CostDriver>))]
public enum CostDriver
{
    /// <summary>The price of the purchase currency in the listing currency: the foreign-currency share of the landed cost moves by x%.</summary>
    ExchangeRate = 0,

    /// <summary>The duty rate: the duty contained in the landed cost moves by x%.</summary>
    DutyRate = 1,

    /// <summary>Freight per kg: the freight contained in the landed cost moves by x%.</summary>
    FreightPerKg = 2,

    /// <summary>Ad spend: the TACoS moves by x%.</summary>
    AdSpend = 3,

    /// <summary>The return rate moves by x% (capped at 100%).</summary>
    ReturnRate = 4,
}
