using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Measures;

/// <summary>
/// Issue 12: no bare OverflowException escapes a public API. Measure and percentage arithmetic beyond decimal's range is an
/// ArgumentOutOfRangeException naming the operand, the values and the allowed range; results that fit are unchanged.
/// </summary>
public class QuantityOverflowTests
{
    public static TheoryData<string, Func<object>, string> Cases() => new()
    {
        { "Mass + Mass", () => Mass.FromGrams(decimal.MaxValue) + Mass.FromGrams(decimal.MaxValue), "right" },
        { "Mass × factor", () => Mass.FromGrams(decimal.MaxValue) * 2m, "factor" },
        { "Mass ÷ divisor", () => Mass.FromGrams(decimal.MaxValue) / 0.5m, "divisor" },
        { "Mass ÷ Mass", () => Mass.FromGrams(decimal.MaxValue) / Mass.FromGrams(0.5m), "right" },
        { "Length + Length", () => Length.FromMillimetres(decimal.MaxValue) + Length.FromMillimetres(1e28m), "right" },
        { "Length × factor", () => Length.FromMillimetres(decimal.MaxValue) * 1.5m, "factor" },
        { "Volume + Volume", () => Volume.FromCubicCentimetres(decimal.MaxValue) + Volume.FromCubicCentimetres(decimal.MaxValue), "right" },
        { "Volume ÷ divisor", () => Volume.FromCubicCentimetres(decimal.MaxValue) / 0.1m, "divisor" },
        { "Percentage + Percentage", () => Percentage.FromFraction(decimal.MaxValue) + Percentage.FromFraction(decimal.MaxValue), "right" },
        { "Percentage - Percentage", () => Percentage.FromFraction(decimal.MinValue) - Percentage.FromFraction(decimal.MaxValue), "right" },
        { "Percentage × factor", () => Percentage.FromFraction(decimal.MaxValue) * 3m, "factor" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Arithmetic_beyond_decimal_range_names_the_operand_and_the_range(string operation, Func<object> act, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains("79228162514264337593543950335", ex.Message, StringComparison.Ordinal);
        Assert.Contains("beyond the range", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(operation));
    }

    [Fact]
    public void Results_that_fit_are_exact()
    {
        Assert.Equal(Mass.FromGrams(1500m), Mass.FromKilograms(1m) + Mass.FromGrams(500m));
        Assert.Equal(Length.FromMillimetres(25m), Length.FromMillimetres(10m) * 2.5m);
        Assert.Equal(Percentage.FromPercent(27m), Percentage.FromPercent(20m) + Percentage.FromPercent(7m));
        Assert.Equal(Percentage.FromPercent(13m), Percentage.FromPercent(20m) - Percentage.FromPercent(7m));
        Assert.Equal(4m, Mass.FromGrams(2m) / Mass.FromGrams(0.5m));
        Assert.Throws<DivideByZeroException>(() => Mass.FromGrams(2m) / Mass.FromGrams(0m));
    }
}
