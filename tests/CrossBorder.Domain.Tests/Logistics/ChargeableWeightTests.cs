using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Logistics;

public class ChargeableWeightTests
{
    private static Carton Box(decimal l, decimal w, decimal h, decimal kg, int count = 1) => new(Dimensions.Of(l, w, h, LengthUnit.Centimetre), Mass.FromKilograms(kg), count);

    [Fact]
    public void Express_divisor_5000_makes_a_light_bulky_carton_volumetric()
    {
        // 50 × 40 × 30 cm = 60 000 cm³ / 5000 = 12 kg volumetric against 10 kg actual.
        ChargeableWeight w = ChargeableWeight.Of(new[] { Box(50, 40, 30, 10) }, VolumetricDivisor.Express, WeightRounding.None);
        Assert.Equal(12m, w.Volumetric.Kilograms);
        Assert.Equal(12m, w.Chargeable.Kilograms);
        Assert.True(w.IsVolumetric);
    }

    [Fact]
    public void Air_freight_divisor_6000_and_sea_weight_measure()
    {
        Assert.Equal(10m, VolumetricDivisor.AirFreight.VolumetricWeight(Dimensions.Of(50, 40, 30, LengthUnit.Centimetre)).Kilograms);
        // 1 m³ counts as 1000 kg at sea.
        Assert.Equal(1000m, VolumetricDivisor.SeaWeightMeasure.VolumetricWeight(Dimensions.Of(1, 1, 1, LengthUnit.Metre)).Kilograms);
    }

    [Fact]
    public void Amazon_divisor_139_cubic_inches_per_pound()
    {
        // 12 × 10 × 8 in = 960 in³ / 139 = 6.906… lb.
        Mass w = VolumetricDivisor.Amazon.VolumetricWeight(Dimensions.Of(12, 10, 8, LengthUnit.Inch));
        Assert.Equal(960m / 139m, w.Pounds);
        Assert.Equal(MassUnit.Pound, w.Unit);
    }

    [Fact]
    public void Carrier_rounding_goes_up_to_the_next_half_kilogram()
    {
        WeightRounding half = WeightRounding.UpTo(Mass.FromKilograms(0.5m));
        Assert.Equal(12.5m, half.Apply(Mass.FromKilograms(12.01m)).Kilograms);
        Assert.Equal(12m, half.Apply(Mass.FromKilograms(12m)).Kilograms);
        Assert.Equal(0.5m, half.Apply(Mass.FromKilograms(0.1m)).Kilograms);
    }

    [Fact]
    public void Per_carton_rounding_charges_more_than_per_shipment_rounding()
    {
        // Three cartons of 2.1 kg: per carton 3 × 2.5 = 7.5 kg; per shipment 6.3 → 6.5 kg.
        var cartons = new[] { Box(10, 10, 10, 2.1m, 3) };
        WeightRounding half = WeightRounding.UpTo(Mass.FromKilograms(0.5m));
        Assert.Equal(7.5m, ChargeableWeight.Of(cartons, VolumetricDivisor.Express, half, ChargeableWeightBasis.PerCarton).Chargeable.Kilograms);
        Assert.Equal(6.5m, ChargeableWeight.Of(cartons, VolumetricDivisor.Express, half, ChargeableWeightBasis.PerShipment).Chargeable.Kilograms);
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_argument_name()
    {
        Assert.Equal("grossWeight", Assert.Throws<ArgumentOutOfRangeException>(() => Box(1, 1, 1, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Box(1, 1, 1, 1, 0)).ParamName);
        Assert.Equal("cartons", Assert.Throws<ArgumentException>(() => ChargeableWeight.Of(Array.Empty<Carton>(), null, WeightRounding.None)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => VolumetricDivisor.CubicCentimetresPerKilogram(0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => WeightRounding.UpTo(Mass.Zero)).ParamName);
    }

    [Property]
    public Property Chargeable_weight_is_at_least_actual_and_volumetric() =>
        Prop.ForAll(
            Gen.Choose(1, 200).Three().SelectMany(d => Gen.Choose(1, 50_000).Select(g => (d, g))).ToArbitrary(),
            t =>
            {
                Carton c = Box(t.d.Item1, t.d.Item2, t.d.Item3, t.g / 1000m);
                ChargeableWeight w = ChargeableWeight.Of(new[] { c }, VolumetricDivisor.Express, WeightRounding.UpTo(Mass.FromKilograms(0.5m)));
                return w.Chargeable >= w.Actual && w.Chargeable >= w.Volumetric && w.Chargeable.Kilograms - Math.Max(w.Actual.Kilograms, w.Volumetric.Kilograms) < 0.5m;
            });
}
