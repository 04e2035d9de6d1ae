namespace CrossBorder.Domain.Kpis;

/// <summary>Why the KPI engine left a row out. Every row left out is counted by reason in <see cref="RowRejections"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<RejectionReason>))]
public enum RejectionReason
{
    /// <summary>The row's local date is outside the query's range, or in no custom period (an exclusion, not an error).</summary>
    OutsideRange = 0,

    /// <summary>The row is in another currency than the reporting currency and no exchange rate is available for its date.</summary>
    NoExchangeRate = 1,

    /// <summary>A key of the row (marketplace, SKU, campaign) was not issued by the query's <see cref="LedgerKeys"/>.</summary>
    UnknownKey = 2,

    /// <summary>No time zone could be obtained for the row's marketplace.</summary>
    NoTimeZone = 3,

    /// <summary>The query groups by market and no market could be obtained for the row's marketplace.</summary>
    NoMarket = 4,
}
