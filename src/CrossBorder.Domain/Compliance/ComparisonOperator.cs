namespace CrossBorder.Domain.Compliance;

/// <summary>How a <see cref="NumericCondition"/> compares a product's value with its threshold.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<ComparisonOperator>))]
public enum ComparisonOperator
{
    /// <summary>Value &gt; threshold (written <c>"&gt;"</c>).</summary>
    GreaterThan = 0,

    /// <summary>Value ≥ threshold (written <c>"&gt;="</c>).</summary>
    GreaterThanOrEqual = 1,

    /// <summary>Value &lt; threshold (written <c>"&lt;"</c>).</summary>
    LessThan = 2,

    /// <summary>Value ≤ threshold (written <c>"&lt;="</c>).</summary>
    LessThanOrEqual = 3,

    /// <summary>Value = threshold (written <c>"="</c>).</summary>
    Equal = 4,
}
