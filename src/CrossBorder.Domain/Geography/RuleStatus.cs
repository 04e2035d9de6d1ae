namespace CrossBorder.Domain.Geography;

/// <summary>Whether a recorded rule is law in force, suspended, or announced but not yet in force.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<RuleStatus>))]
public enum RuleStatus
{
    /// <summary>In force on the record's dates.</summary>
    InForce = 1,

    /// <summary>The rule exists in law but is suspended on the record's dates (United States de minimis from 2025-08-29).</summary>
    Suspended = 2,

    /// <summary>Announced or adopted, not yet in force; its dates and values may change.</summary>
    Announced = 3,
}
