namespace CrossBorder.Domain.Customs;

/// <summary>Which value a de-minimis or low-value threshold is tested against.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<DeMinimisBasis>))]
public enum DeMinimisBasis
{
    /// <summary>The intrinsic value of the goods: the price of the goods alone, without transport and insurance (EU €150, UK £135, US fair retail value).</summary>
    IntrinsicValue = 1,

    /// <summary>The customs value on the country's valuation basis (Australia A$1,000, Canada value for duty).</summary>
    CustomsValue = 2,
}
