namespace CrossBorder.Domain.LandedCost;

/// <summary>The kind of a node in a landed-cost breakdown.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CostKind>))]
public enum CostKind
{
    /// <summary>The whole landed cost.</summary>
    Total = 0,

    /// <summary>The goods at invoice value (less transport and insurance included in the price).</summary>
    Goods = 1,

    /// <summary>Main carriage.</summary>
    Freight = 2,

    /// <summary>Cargo insurance.</summary>
    Insurance = 3,

    /// <summary>On-carriage to the first destination.</summary>
    OnCarriage = 4,

    /// <summary>Customs duty.</summary>
    Duty = 5,

    /// <summary>Additional duties by origin (Section 301, anti-dumping…).</summary>
    AdditionalDuty = 6,

    /// <summary>Import VAT or GST.</summary>
    ImportVat = 7,

    /// <summary>Fees (MPF, HMF, broker, clearance).</summary>
    Fee = 8,

    /// <summary>Export VAT rebate (negative).</summary>
    Rebate = 9,

    /// <summary>A per-line share of a parent amount.</summary>
    Line = 10,
}
