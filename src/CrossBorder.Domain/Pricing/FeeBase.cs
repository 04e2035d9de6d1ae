namespace CrossBorder.Domain.Pricing;

/// <summary>The amount a marketplace applies a fee rate to.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FeeBase>))]
public enum FeeBase
{
    /// <summary>The item price without VAT or sales tax (Amazon US referral fees: taxes collected by Amazon are excluded).</summary>
    PriceExcludingTax = 0,

    /// <summary>
    /// What the buyer pays: the price including VAT (Amazon EU/UK and JP referral fees, TikTok Shop UK) and any sales tax
    /// collected on top (eBay's final value fee is charged on the total including sales tax).
    /// </summary>
    PriceIncludingTax = 1,
}
