using System.Globalization;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Monetary;

public class PercentageTests
{
    [Fact]
    public void The_three_forms_describe_the_same_value()
    {
        Assert.Equal(Percentage.FromFraction(0.19m), Percentage.FromPercent(19m));
        Assert.Equal(Percentage.FromBasisPoints(1900m), Percentage.FromPercent(19m));
        Percentage p = Percentage.FromPercent(25.5m);
        Assert.Equal(0.255m, p.Fraction);
        Assert.Equal(25.5m, p.Percent);
        Assert.Equal(2550m, p.BasisPoints);
    }

    [Fact]
    public void Applying_a_percentage_to_money_is_exact()
    {
        Assert.Equal(Money.Of(19m, "EUR"), Percentage.FromPercent(19m).Of(Money.Of(100m, "EUR")));
        Assert.Equal(Money.Of(2.3598m, "EUR"), Money.Of(12.42m, "EUR") * Percentage.FromPercent(19m));
        Assert.Equal(Money.Of(2.3598m, "EUR"), Percentage.FromPercent(19m) * Money.Of(12.42m, "EUR"));
        Assert.Equal(Money.Of(2.3598m, "EUR"), Percentage.Multiply(Money.Of(12.42m, "EUR"), Percentage.FromPercent(19m)));
        Assert.Equal(1.9m, Percentage.FromPercent(19m).Of(10m));
    }

    [Fact]
    public void Percentage_points_add_and_subtract()
    {
        Assert.Equal(Percentage.FromPercent(20m), Percentage.FromPercent(19m) + Percentage.FromPercent(1m));
        Assert.Equal(Percentage.FromPercent(18m), Percentage.Subtract(Percentage.FromPercent(19m), Percentage.FromPercent(1m)));
        Assert.Equal(Percentage.FromPercent(11m), Percentage.FromPercent(10m) * 1.1m);
        Assert.Equal(Percentage.FromPercent(-5m), -Percentage.FromPercent(5m));
        Assert.True(Percentage.FromPercent(5m) < Percentage.FromPercent(19m));
        Assert.Equal(Percentage.OneHundred, Percentage.FromFraction(1m));
        Assert.Equal(0m, Percentage.Zero.Fraction);
    }

    [Theory]
    [InlineData("19%", 19)]
    [InlineData("19 %", 19)]
    [InlineData(" 25.5% ", 25.5)]
    [InlineData("-3%", -3)]
    [InlineData("%20", 20)]
    [InlineData("0.01%", 0.01)]
    public void Parses_invariant_percentages(string text, double percent) =>
        Assert.Equal(Percentage.FromPercent((decimal)percent), Percentage.Parse(text));

    [Theory]
    [InlineData("de-DE", "25,5 %", 25.5)]
    [InlineData("tr-TR", "%25,5", 25.5)]
    [InlineData("fr-FR", "25,5 %", 25.5)]
    [InlineData("ja-JP", "25.5%", 25.5)]
    public void Parses_culture_percentages(string culture, string text, double percent) =>
        Assert.Equal(Percentage.FromPercent((decimal)percent), Percentage.Parse(text, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("19")]
    [InlineData("0.19")]
    [InlineData("%")]
    [InlineData("abc%")]
    [InlineData("")]
    [InlineData("1e2%")]
    public void Rejects_numbers_without_a_percent_sign_and_garbage(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Percentage.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message, StringComparison.Ordinal);
        Assert.False(Percentage.TryParse(text, null, out _));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Formats_invariantly_unless_a_culture_is_given(string culture)
    {
        Assert.Equal("25.5%", Cultures.With(culture, () => Percentage.FromPercent(25.5m).ToString()));
        Assert.Equal("19%", Cultures.With(culture, () => Percentage.FromFraction(0.190m).ToString()));
    }

    [Fact]
    public void P_format_uses_the_culture_pattern()
    {
        Assert.Equal("%25,50", Percentage.FromPercent(25.5m).ToString("P2", CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Throws<FormatException>(() => Percentage.FromPercent(1m).ToString("X", null));
    }

    [Property]
    public Property Text_round_trips() =>
        Prop.ForAll(
            Gen.Choose(-100_000, 100_000).Select(i => Percentage.FromBasisPoints(i / 10m)).ToArbitrary(),
            p => Percentage.Parse(p.ToString()) == p && Percentage.Parse(p.ToString("G", CultureInfo.GetCultureInfo("de-DE")), CultureInfo.GetCultureInfo("de-DE")) == p);
}
