namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The kind of a marketplace fee. Variable kinds (referral, fulfilment, other per-order) enter contribution margin;
/// fixed kinds (storage, subscription, other) are subtracted only for net profit.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<FeeKind>))]
public enum FeeKind
{
    /// <summary>Referral fee / commission charged per sale (variable).</summary>
    Referral = 0,

    /// <summary>Fulfilment fee per unit (for example FBA fulfilment fee) (variable).</summary>
    Fulfilment = 1,

    /// <summary>Other fee charged per order or unit: refund administration, closing fee, payment fee (variable).</summary>
    OtherVariable = 2,

    /// <summary>Storage fees (monthly, aged inventory, utilisation surcharge) (fixed for the period).</summary>
    Storage = 3,

    /// <summary>Selling-plan subscription (fixed).</summary>
    Subscription = 4,

    /// <summary>Any other fixed cost booked against the marketplace.</summary>
    OtherFixed = 5,
}
