namespace CrossBorder.Domain.Selection;

/// <summary>The period of each value in a <see cref="DemandSeries"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<DemandGranularity>))]
public enum DemandGranularity
{
    /// <summary>Each value is one calendar month's demand.</summary>
    Monthly = 0,

    /// <summary>Each value is seven consecutive days' demand.</summary>
    Weekly = 1,
}
