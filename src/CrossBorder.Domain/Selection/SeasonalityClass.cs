namespace CrossBorder.Domain.Selection;

/// <summary>How demand spreads over the year (thresholds in <see cref="SeasonalityThresholds"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<SeasonalityClass>))]
public enum SeasonalityClass
{
    /// <summary>Demand is even: the peak month's index is at most <see cref="SeasonalityThresholds.EvergreenMaxPeakToTrough"/> times the trough's.</summary>
    Evergreen = 0,

    /// <summary>Demand rises and falls over a season (several months).</summary>
    Seasonal = 1,

    /// <summary>Demand is concentrated on an event: one or two peak months, the largest at least <see cref="SeasonalityThresholds.EventPeakIndex"/> times the average month.</summary>
    EventDriven = 2,
}
