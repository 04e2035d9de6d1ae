namespace CrossBorder.Domain.Kpis;

/// <summary>Where a health metric stands against its target.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    /// <summary>No orders (or shipments) in the window: the metric is undefined.</summary>
    NoData = 0,

    /// <summary>The target is met, and one more defective order in the window would still meet it.</summary>
    Healthy = 1,

    /// <summary>The target is met, but one more defective order in the window would break it.</summary>
    AtRisk = 2,

    /// <summary>The target is not met.</summary>
    Failing = 3,
}
