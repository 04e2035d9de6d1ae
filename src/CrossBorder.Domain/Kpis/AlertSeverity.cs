namespace CrossBorder.Domain.Kpis;

/// <summary>How urgent an alert is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<AlertSeverity>))]
public enum AlertSeverity
{
    /// <summary>Worth a look today.</summary>
    Warning = 0,

    /// <summary>Act today (a failing health metric, stock running out within the lead time).</summary>
    Critical = 1,
}
