using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Compliance;

/// <summary>A comparison of one measured product value with a threshold, for example <c>battery-wh &gt; 100</c>.</summary>
/// <remarks>False when the product has no such value. Immutable and thread-safe.</remarks>
public sealed record NumericCondition
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="measure">The measured value.</param>
    /// <param name="operator">How to compare.</param>
    /// <param name="threshold">The threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operator"/> is not a defined operator.</exception>
    public NumericCondition(ProductMeasure measure, ComparisonOperator @operator, decimal threshold)
    {
        Measure = Preconditions.CheckNotNull(measure, nameof(measure));
        if (@operator < ComparisonOperator.GreaterThan || @operator > ComparisonOperator.Equal)
        {
            throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "operator must be one of >, >=, <, <=, =.");
        }

        Operator = @operator;
        Threshold = threshold;
    }

    /// <summary>The measured value.</summary>
    public ProductMeasure Measure { get; }

    /// <summary>How to compare.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The threshold.</summary>
    public decimal Threshold { get; }

    /// <summary>The operator as written in rule files: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>=</c>.</summary>
    public string Symbol => SymbolOf(Operator);

    /// <summary>Whether <paramref name="value"/> passes the comparison.</summary>
    /// <param name="value">The product's value.</param>
    /// <returns><see langword="true"/> when it passes.</returns>
    public bool IsSatisfiedBy(decimal value) => Compare(Operator, value, Threshold);

    /// <summary>"battery-wh &gt; 100".</summary>
    /// <returns>The condition as written in rule files.</returns>
    public override string ToString() => Measure.Name + " " + Symbol + " " + Threshold.ToString(CultureInfo.InvariantCulture);

    internal static bool Compare(ComparisonOperator op, decimal value, decimal threshold) => op switch
    {
        ComparisonOperator.GreaterThan => value > threshold,
        ComparisonOperator.GreaterThanOrEqual => value >= threshold,
        ComparisonOperator.LessThan => value < threshold,
        ComparisonOperator.LessThanOrEqual => value <= threshold,
        _ => value == threshold,
    };

    internal static string SymbolOf(ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        _ => "=",
    };

    internal static bool TryParseSymbol(string? text, out ComparisonOperator op)
    {
        switch (text)
        {
            case ">": op = ComparisonOperator.GreaterThan; return true;
            case ">=": op = ComparisonOperator.GreaterThanOrEqual; return true;
            case "<": op = ComparisonOperator.LessThan; return true;
            case "<=": op = ComparisonOperator.LessThanOrEqual; return true;
            case "=": op = ComparisonOperator.Equal; return true;
            default: op = default; return false;
        }
    }
}
