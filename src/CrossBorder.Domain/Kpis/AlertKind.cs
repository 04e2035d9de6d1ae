namespace CrossBorder.Domain.Kpis;

/// <summary>The checks of the morning checklist an <see cref="AlertRule"/> can run.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<AlertKind>))]
public enum AlertKind
{
    /// <summary>A store-health metric is at risk or failing.</summary>
    HealthMetricNotHealthy = 0,

    /// <summary>A group's ACoS is above its break-even ACoS: advertising loses money on every attributed sale.</summary>
    AcosAboveBreakEven = 1,

    /// <summary>A group's days of cover are below the replenishment lead time (<see cref="AlertRule.Threshold"/> days).</summary>
    DaysOfCoverBelowLeadTime = 2,

    /// <summary>A group's return rate is above the category norm (<see cref="AlertRule.Threshold"/> as a fraction).</summary>
    ReturnRateAboveNorm = 3,
}
