namespace CrossBorder.Domain.Pricing;

/// <summary>The kinds of promotion the library prices.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<PromotionKind>))]
public enum PromotionKind
{
    /// <summary>A percentage-off coupon, with a fee per redemption.</summary>
    PercentageCoupon = 0,

    /// <summary>An amount-off coupon, with a fee per redemption.</summary>
    AmountCoupon = 1,

    /// <summary>A lightning or best deal: a discount and a fee per deal (or per day) spread over the units it sells.</summary>
    Deal = 2,

    /// <summary>A Prime-exclusive discount.</summary>
    PrimeExclusiveDiscount = 3,

    /// <summary>A volume (quantity) discount for orders of at least a minimum quantity.</summary>
    VolumeDiscount = 4,
}
