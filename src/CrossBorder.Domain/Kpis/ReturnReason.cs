namespace CrossBorder.Domain.Kpis;

/// <summary>Why a buyer returned items or was refunded, in the broad groups marketplace return reports use.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ReturnReason>))]
public enum ReturnReason
{
    /// <summary>No reason given.</summary>
    Unspecified = 0,

    /// <summary>Defective, damaged or not working.</summary>
    Defective = 1,

    /// <summary>Not as described on the listing.</summary>
    NotAsDescribed = 2,

    /// <summary>Wrong item sent.</summary>
    WrongItem = 3,

    /// <summary>Damaged or lost in transit, or arrived late.</summary>
    ShippingProblem = 4,

    /// <summary>The buyer changed their mind, ordered by mistake or found a better price.</summary>
    BuyerRemorse = 5,

    /// <summary>Any other reason.</summary>
    Other = 6,
}
