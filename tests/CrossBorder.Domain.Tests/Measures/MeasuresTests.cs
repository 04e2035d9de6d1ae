using CrossBorder.Domain.Measures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Measures;

/// <summary>Conversion constants from the international yard and pound agreement (1959): 1 in = 25.4 mm, 1 lb = 0.45359237 kg.</summary>
public class MeasuresTests
{
    [Fact]
    public void Mass_conversions_are_exact()
    {
        Assert.Equal(0.45359237m, Mass.FromPounds(1m).Kilograms);
        Assert.Equal(453.59237m, Mass.FromPounds(1m).Grams);
        Assert.Equal(Mass.FromPounds(1m), Mass.FromOunces(16m));
        Assert.Equal(1m, Mass.FromOunces(16m).Pounds);
        Assert.Equal(Mass.FromKilograms(1.5m), Mass.FromGrams(1500m));
        Assert.Equal(1.5m, Mass.FromPounds(1.5m).Value);
        Assert.Equal(MassUnit.Pound, Mass.FromPounds(1.5m).Unit);
        Assert.Equal(0.680388555m, Mass.FromPounds(1.5m).Kilograms);
    }

    [Fact]
    public void Length_conversions_are_exact()
    {
        Assert.Equal(2.54m, Length.FromInches(1m).Centimetres);
        Assert.Equal(Length.FromFeet(1m), Length.FromInches(12m));
        Assert.Equal(Length.FromMetres(1.2m), Length.FromCentimetres(120m));
        Assert.Equal(18m, Length.FromCentimetres(45.72m).Inches);
        Assert.Equal(450m, Length.FromMillimetres(450m).Millimetres);
    }

    [Fact]
    public void Volume_conversions_are_exact()
    {
        Assert.Equal(16.387064m, Volume.FromCubicInches(1m).CubicCentimetres);
        Assert.Equal(28316.846592m, Volume.FromCubicFeet(1m).CubicCentimetres);
        Assert.Equal(Volume.FromCubicFeet(1m), Volume.FromCubicInches(1728m));
        Assert.Equal(Volume.FromLitres(1m), Volume.FromMillilitres(1000m));
        Assert.Equal(1m, Volume.FromCubicCentimetres(1_000_000m).CubicMetres);
    }

    [Fact]
    public void Arithmetic_is_exact_in_a_shared_unit_or_else_in_the_base_unit()
    {
        Mass sum = Mass.FromKilograms(1m) + Mass.FromGrams(500m);
        Assert.Equal(MassUnit.Gram, sum.Unit);
        Assert.Equal(1500m, sum.Value);
        Assert.Equal(MassUnit.Pound, (Mass.FromPounds(1m) + Mass.FromPounds(2m)).Unit);
        Assert.Equal(Mass.FromGrams(453.59237m + 1000m), Mass.FromPounds(1m) + Mass.FromKilograms(1m));
        Assert.Equal(Mass.FromKilograms(0.5m), Mass.FromKilograms(1m) - Mass.FromGrams(500m));
        Assert.Equal(Mass.FromKilograms(3m), Mass.FromKilograms(1m) * 3m);
        Assert.Equal(Mass.FromKilograms(3m), 3m * Mass.FromKilograms(1m));
        Assert.Equal(Mass.FromKilograms(0.25m), Mass.FromKilograms(1m) / 4m);
        Assert.Equal(2m, Mass.FromKilograms(1m) / Mass.FromGrams(500m));
        Assert.Equal(Mass.FromKilograms(2m), Mass.Max(Mass.FromKilograms(2m), Mass.FromPounds(2m)));
        Assert.Equal(Length.FromCentimetres(30m), Length.FromCentimetres(20m) + Length.FromMillimetres(100m));
    }

    [Fact]
    public void Named_twins_match_operators()
    {
        Mass a = Mass.FromKilograms(2m);
        Mass b = Mass.FromPounds(1m);
        Assert.Equal(a + b, Mass.Add(a, b));
        Assert.Equal(a - b, Mass.Subtract(a, b));
        Assert.Equal(a * 2m, Mass.Multiply(a, 2m));
        Assert.Equal(a / 2m, Mass.Divide(a, 2m));
    }

    [Fact]
    public void Negative_quantities_cannot_exist()
    {
        // The factories name their own argument (issue 12: the caller never wrote "value").
        Assert.Equal("kilograms", Assert.Throws<ArgumentOutOfRangeException>(() => Mass.FromKilograms(-1m)).ParamName);
        Assert.Equal("centimetres", Assert.Throws<ArgumentOutOfRangeException>(() => Length.FromCentimetres(-0.1m)).ParamName);
        Assert.Equal("litres", Assert.Throws<ArgumentOutOfRangeException>(() => Volume.FromLitres(-2m)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Mass(-1m, MassUnit.Gram)).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Mass.FromGrams(1m) - Mass.FromGrams(2m));
        Assert.Equal("right", ex.ParamName);
        Assert.Contains("negative", ex.Message, StringComparison.Ordinal);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Mass.FromGrams(1m) * -1m).ParamName);
        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => Mass.FromGrams(1m) / 0m).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => new Mass(1m, (MassUnit)42)).ParamName);
    }

    [Fact]
    public void Dimensions_sort_the_sides_and_compute_girth()
    {
        var box = Dimensions.Of(10m, 30m, 20m, LengthUnit.Centimetre);
        Assert.Equal(Length.FromCentimetres(30m), box.Longest);
        Assert.Equal(Length.FromCentimetres(20m), box.Median);
        Assert.Equal(Length.FromCentimetres(10m), box.Shortest);
        Assert.Equal(Length.FromCentimetres(60m), box.Girth);                   // 2 × (20 + 10)
        Assert.Equal(Length.FromCentimetres(90m), box.LengthPlusGirth);         // 30 + 60
        Assert.Equal(Volume.FromCubicCentimetres(6000m), box.Volume);
        Assert.Equal(6000m, box.VolumeIn(LengthUnit.Centimetre));
        Assert.Equal(box, Dimensions.Of(30m, 20m, 10m, LengthUnit.Centimetre));
        Assert.Equal(box, Dimensions.Of(300m, 100m, 200m, LengthUnit.Millimetre));
        Assert.Equal("30 cm × 20 cm × 10 cm", box.ToString());
    }

    [Fact]
    public void Dimensions_in_inches_give_cubic_inches_for_dimensional_weight()
    {
        var box = Dimensions.Of(18m, 14m, 8m, LengthUnit.Inch);
        Assert.Equal(2016m, box.VolumeIn(LengthUnit.Inch));
        Assert.Equal(Length.FromInches(44m), box.Girth);
    }

    [Fact]
    public void Dimensions_reject_zero_or_negative_sides()
    {
        Assert.Equal("second", Assert.Throws<ArgumentOutOfRangeException>(() => Dimensions.Of(10m, 0m, 5m, LengthUnit.Centimetre)).ParamName);
        Assert.Equal("third", Assert.Throws<ArgumentOutOfRangeException>(() => Dimensions.Of(10m, 1m, -5m, LengthUnit.Centimetre)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentOutOfRangeException>(() => new Dimensions(Length.Zero, Length.FromCentimetres(1m), Length.FromCentimetres(1m))).ParamName);
    }

    [Theory]
    [InlineData("1.5 kg", 1500)]
    [InlineData("250g", 250)]
    [InlineData("2 LB", 907.18474)]
    [InlineData("16 oz", 453.59237)]
    public void Mass_parses_value_and_unit(string text, double grams) => Assert.Equal((decimal)grams, Mass.Parse(text).Grams);

    [Theory]
    [InlineData("30 cm", 300)]
    [InlineData("12 in", 304.8)]
    [InlineData("1.2 m", 1200)]
    public void Length_parses_value_and_unit(string text, double mm) => Assert.Equal((decimal)mm, Length.Parse(text).Millimetres);

    [Theory]
    [InlineData("500 ml", 500)]
    [InlineData("2 ft3", 56633.693184)]
    [InlineData("0.2 m³", 200000)]
    public void Volume_parses_value_and_unit(string text, double cm3) => Assert.Equal((decimal)cm3, Volume.Parse(text).CubicCentimetres);

    [Theory]
    [InlineData("kg")]
    [InlineData("1.5")]
    [InlineData("1.5 stone")]
    [InlineData("abc kg")]
    public void Malformed_quantities_are_rejected(string text) => Assert.Throws<FormatException>(() => Mass.Parse(text));

    [Fact]
    public void Text_is_invariant_and_round_trips()
    {
        Assert.Equal("1.5 kg", Mass.FromKilograms(1.50m).ToString());
        Assert.Equal(Mass.FromPounds(3.25m), Mass.Parse(Mass.FromPounds(3.25m).ToString()));
        Assert.Equal("1,5 kg", Mass.FromKilograms(1.5m).ToString(null, System.Globalization.CultureInfo.GetCultureInfo("de-DE")));
    }

    private static Gen<decimal> Positive => Gen.Choose(1, 10_000_000).Select(i => i / 1000m);

    [Property]
    public Property Mass_addition_is_commutative_across_units() =>
        Prop.ForAll(
            Gen.Zip(Positive, Positive).ToArbitrary(),
            t => (Mass.FromPounds(t.Item1) + Mass.FromKilograms(t.Item2)).Grams == (Mass.FromKilograms(t.Item2) + Mass.FromPounds(t.Item1)).Grams);

    [Property]
    public Property Imperial_to_metric_and_back_is_exact() =>
        Prop.ForAll(Positive.ToArbitrary(), v => Mass.FromPounds(v).ConvertTo(MassUnit.Gram).ConvertTo(MassUnit.Pound).Value == v
            && Length.FromInches(v).ConvertTo(LengthUnit.Millimetre).ConvertTo(LengthUnit.Inch).Value == v);

    [Property]
    public Property Dimensions_do_not_depend_on_the_order_of_the_sides() =>
        Prop.ForAll(
            Gen.Three(Positive).ToArbitrary(),
            t =>
            {
                var a = Dimensions.Of(t.Item1, t.Item2, t.Item3, LengthUnit.Centimetre);
                var b = Dimensions.Of(t.Item3, t.Item1, t.Item2, LengthUnit.Centimetre);
                return a == b && a.Girth == b.Girth && a.Longest >= a.Median && a.Median >= a.Shortest
                    && a.Volume.CubicCentimetres == t.Item1 * t.Item2 * t.Item3;
            });
}
