using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Inventory;

public class StandardNormalTests
{
    // Reference quantiles of the standard normal distribution (for example NIST/SEMATECH e-Handbook, table of the normal
    // distribution; values to 16 digits as computed by R's qnorm, which uses Wichura's AS241).
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.8, 0.8416212335729143)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.99, 2.3263478740408408)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.01, -2.3263478740408408)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-6, -4.753424308822899)]
    public void InverseCumulative_matches_known_quantiles(double p, double z)
    {
        double actual = StandardNormal.InverseCumulative(p);
        Assert.True(Math.Abs(actual - z) <= 1.2e-9 * Math.Max(1.0, Math.Abs(z)), $"z({p}) = {actual}, expected {z}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void InverseCumulative_outside_open_unit_interval_throws(double p) =>
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.InverseCumulative(p)).ParamName);

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("-0.2")]
    [UseCulture("tr-TR")]
    public void ServiceLevel_outside_open_unit_interval_throws(string p)
    {
        decimal value = decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceLevel(value));
        Assert.Equal("probability", ex.ParamName);
        Assert.Contains(p, ex.Message, StringComparison.Ordinal);
        Assert.False(ServiceLevel.TryCreate(value, out _));
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void ServiceLevel_prints_with_invariant_culture() => Assert.Equal("95 % (z = 1.6449)", new ServiceLevel(0.95m).ToString());

    [Property]
    public Property Quantile_is_increasing_and_symmetric() =>
        Prop.ForAll(
            Gen.Choose(1, 998).SelectMany(a => Gen.Choose(a + 1, 999).Select(b => (a, b))).ToArbitrary(),
            t =>
            {
                double p1 = t.a / 1000.0, p2 = t.b / 1000.0;
                return StandardNormal.InverseCumulative(p1) < StandardNormal.InverseCumulative(p2)
                    && Math.Abs(StandardNormal.InverseCumulative(p1) + StandardNormal.InverseCumulative(1 - p1)) < 1e-8;
            });
}
