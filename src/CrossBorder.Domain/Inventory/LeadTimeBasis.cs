namespace CrossBorder.Domain.Inventory;

/// <summary>Which point of each stage's lead-time range a date calculation uses.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<LeadTimeBasis>))]
public enum LeadTimeBasis
{
    /// <summary>The midpoint of each range, rounded up to a whole day.</summary>
    Mean = 0,

    /// <summary>The shortest of each range (optimistic).</summary>
    Minimum = 1,

    /// <summary>The longest of each range (conservative; the default for event deadlines).</summary>
    Maximum = 2,
}
