namespace CrossBorder.Domain.Geography;

/// <summary>What kind of date a retail calendar event is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<RetailEventKind>))]
public enum RetailEventKind
{
    /// <summary>A sales event created by retailers or platforms (Black Friday, Cyber Monday, Prime Day, 11.11, 12.12).</summary>
    SalesEvent = 1,

    /// <summary>A gift-giving occasion (Christmas, Valentine's Day, Mother's Day, Boxing Day).</summary>
    GiftOccasion = 2,

    /// <summary>A religious or cultural season that changes demand (Ramadan, Eid al-Fitr).</summary>
    Season = 3,

    /// <summary>A public holiday period (Golden Week).</summary>
    Holiday = 4,

    /// <summary>A supply-side closure: factories and carriers at origin stop (Chinese New Year factory closures).</summary>
    SupplyClosure = 5,

    /// <summary>
    /// A carrier's last recommended send-by date for delivery before an occasion (USPS, Royal Mail before Christmas): the last day
    /// to hand a parcel to that service, not a sales day. Published per year, so recorded per year.
    /// </summary>
    ShippingDeadline = 6,

    /// <summary>
    /// A carrier or port peak season at origin (the transpacific ocean peak season): capacity is short and cargo waits, so supply stages
    /// given peak extra days (<c>SupplyStage.WithPeakExtraDays</c>) take longer when they overlap it. Recorded for the origin country.
    /// </summary>
    CarrierPeak = 7,
}
