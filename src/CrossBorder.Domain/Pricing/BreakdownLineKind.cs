namespace CrossBorder.Domain.Pricing;

/// <summary>What a line of a unit-economics breakdown is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<BreakdownLineKind>))]
public enum BreakdownLineKind
{
    /// <summary>VAT contained in a VAT-inclusive price.</summary>
    Vat = 0,

    /// <summary>A marketplace fee per sale (referral, final value, per-order, commission, transaction, payment processing).</summary>
    MarketplaceFee = 1,

    /// <summary>The fulfilment fee or cost per unit.</summary>
    Fulfilment = 2,

    /// <summary>Storage per unit from the expected days in stock.</summary>
    Storage = 3,

    /// <summary>The landed cost per unit.</summary>
    LandedCost = 4,

    /// <summary>The expected cost of returns per unit sold.</summary>
    Returns = 5,

    /// <summary>A payment or currency-conversion cost.</summary>
    Payment = 6,

    /// <summary>Advertising per unit.</summary>
    Advertising = 7,

    /// <summary>What remains: the net profit per unit (negative for a loss).</summary>
    NetProfit = 8,

    /// <summary>Promotion fees per unit (coupon redemption fees, deal fees spread over the units sold in the deal).</summary>
    Promotion = 9,
}
