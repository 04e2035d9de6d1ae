using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Monetary;

public class MoneyRoundingTests
{
    [Theory]
    [InlineData("2.345", "2.34")]   // midpoint to the even neighbour
    [InlineData("2.355", "2.36")]
    [InlineData("2.3451", "2.35")]
    [InlineData("-2.345", "-2.34")]
    [InlineData("2.34", "2.34")]
    public void Round_defaults_to_half_even_for_accounting(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "USD").Round().Amount);

    [Theory]
    [InlineData(RoundingMode.HalfToEven, "2.345", "2.34")]
    [InlineData(RoundingMode.HalfAwayFromZero, "2.345", "2.35")]
    [InlineData(RoundingMode.HalfAwayFromZero, "-2.345", "-2.35")]
    [InlineData(RoundingMode.HalfTowardZero, "2.345", "2.34")]
    [InlineData(RoundingMode.HalfTowardZero, "2.3451", "2.35")]
    [InlineData(RoundingMode.Up, "2.341", "2.35")]
    [InlineData(RoundingMode.Up, "-2.341", "-2.35")]
    [InlineData(RoundingMode.Down, "2.349", "2.34")]
    [InlineData(RoundingMode.Down, "-2.349", "-2.34")]
    [InlineData(RoundingMode.Ceiling, "2.341", "2.35")]
    [InlineData(RoundingMode.Ceiling, "-2.349", "-2.34")]
    [InlineData(RoundingMode.Floor, "2.349", "2.34")]
    [InlineData(RoundingMode.Floor, "-2.341", "-2.35")]
    [InlineData(RoundingMode.Up, "2.34", "2.34")]
    public void Every_named_mode_rounds_as_documented(RoundingMode mode, string amount, string expected)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, c), Money.Of(decimal.Parse(amount, c), "EUR").Round(mode).Amount);
    }

    [Fact]
    public void Rounding_follows_the_currencys_minor_unit()
    {
        Assert.Equal(1235m, Money.Of(1234.5m, "JPY").Round(RoundingMode.HalfAwayFromZero).Amount);
        Assert.Equal(1234m, Money.Of(1234.5m, "JPY").Round().Amount);
        Assert.Equal(1.235m, Money.Of(1.2345m, "KWD").Round(RoundingMode.HalfAwayFromZero).Amount);
        Assert.Equal(1.234m, Money.Of(1.2345m, "BHD").Round().Amount);
        Assert.Equal(1.2345678m, Money.Of(1.2345678m, "XAU").Round().Amount);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "0.125", "0.12")]
    [InlineData(MidpointRounding.AwayFromZero, "0.125", "0.13")]
    public void MidpointRounding_maps_onto_the_named_modes(MidpointRounding mode, string amount, string expected)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, c), Money.Of(decimal.Parse(amount, c), "USD").Round(mode).Amount);
    }

    [Fact]
    public void Directed_MidpointRounding_values_map_to_ceiling_floor_and_down()
    {
        Assert.Equal(0.13m, Money.Of(0.121m, "USD").Round((MidpointRounding)4).Amount);   // ToPositiveInfinity
        Assert.Equal(-0.13m, Money.Of(-0.121m, "USD").Round((MidpointRounding)3).Amount); // ToNegativeInfinity
        Assert.Equal(-0.12m, Money.Of(-0.129m, "USD").Round((MidpointRounding)2).Amount); // ToZero
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "USD").Round((MidpointRounding)9));
    }

    [Theory]
    [InlineData("1.02", "1.00")]   // Swiss cash rounding to 5 Rappen
    [InlineData("1.03", "1.05")]
    [InlineData("1.025", "1.05")]
    [InlineData("1.075", "1.10")]
    [InlineData("-1.03", "-1.05")]
    public void Cash_rounding_to_five_rappen(string amount, string expected)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, c), Money.Of(decimal.Parse(amount, c), "CHF").RoundToIncrement(0.05m).Amount);
    }

    [Fact]
    public void Rounding_to_whole_units_and_to_explicit_decimals()
    {
        Assert.Equal(13m, Money.Of(12.5m, "SEK").RoundToIncrement(1m, RoundingMode.HalfAwayFromZero).Amount);
        Assert.Equal(12m, Money.Of(12.5m, "SEK").RoundToIncrement(1m, RoundingMode.HalfToEven).Amount);
        Assert.Equal(4.1235m, Money.Of(4.12345m, "USD").Round(4, RoundingMode.HalfAwayFromZero).Amount);
        Assert.Equal("increment", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "CHF").RoundToIncrement(0m)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "CHF").Round(29, RoundingMode.Up)).ParamName);
    }

    [Fact]
    public void IsRounded_tells_whether_rounding_would_change_the_amount()
    {
        Assert.True(Money.Of(1.20m, "USD").IsRounded());
        Assert.True(Money.Of(1.2000m, "USD").IsRounded());
        Assert.False(Money.Of(1.201m, "USD").IsRounded());
        Assert.True(Money.Of(5m, "JPY").IsRounded());
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Rounding_is_idempotent_and_within_half_a_minor_unit(Money a, int extra)
    {
        Money fine = a + Money.Of((extra % 1000) / 100_000m, a.Currency);
        Money rounded = fine.Round();
        decimal half = 0.5m / (decimal)Math.Pow(10, a.Currency.MinorUnits!.Value);
        return rounded.Round() == rounded && Math.Abs(rounded.Amount - fine.Amount) <= half && rounded.IsRounded();
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Directed_modes_bracket_the_amount(Money a, int extra)
    {
        Money fine = a + Money.Of((extra % 1000) / 100_000m, a.Currency);
        return fine.Round(RoundingMode.Floor) <= fine && fine <= fine.Round(RoundingMode.Ceiling)
            && Math.Abs(fine.Round(RoundingMode.Down).Amount) <= Math.Abs(fine.Amount)
            && Math.Abs(fine.Round(RoundingMode.Up).Amount) >= Math.Abs(fine.Amount);
    }
}
