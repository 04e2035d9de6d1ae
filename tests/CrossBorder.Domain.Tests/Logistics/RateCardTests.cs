using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Logistics;

public class RateCardTests
{
    private static Money Usd(decimal a) => Money.Of(a, Currency.USD);

    // An illustrative air-freight card (the same as docs/landed-cost.md): not a real carrier's prices.
    private static RateCard Card() => new(
        "Example air freight SZX–FRA",
        FreightMode.AirFreight,
        new[]
        {
            new WeightBreak(Mass.FromKilograms(0), Usd(6.00m)),
            new WeightBreak(Mass.FromKilograms(45), Usd(4.50m)),
            new WeightBreak(Mass.FromKilograms(100), Usd(3.80m)),
        },
        rounding: WeightRounding.UpTo(Mass.FromKilograms(0.5m)),
        minimumCharge: Usd(75m),
        fuelSurcharge: Percentage.FromPercent(18.5m),
        perShipmentFee: Usd(35m),
        perCartonFee: Usd(1.20m),
        remoteAreaSurcharge: Usd(25m),
        transitTime: new TransitTime(4, 7));

    [Fact]
    [UseCulture("tr-TR")]
    public void Quote_applies_the_weight_break_fuel_and_fees_with_a_breakdown()
    {
        // 4 cartons 60×40×40 cm, 14 kg each: volumetric 96 000/6000 = 16 kg each → 64 kg chargeable, break +45 kg at 4.50.
        var cartons = new[] { new Carton(Dimensions.Of(60, 40, 40, LengthUnit.Centimetre), Mass.FromKilograms(14), 4) };
        FreightQuote q = Card().Quote(cartons, remoteArea: true);
        Assert.Equal(64m, q.ChargeableWeight!.Value.Chargeable.Kilograms);
        Assert.Equal(new[] { FreightChargeKind.Weight, FreightChargeKind.FuelSurcharge, FreightChargeKind.PerShipment, FreightChargeKind.PerCarton, FreightChargeKind.RemoteArea }, q.Charges.Select(c => c.Kind));
        Assert.Equal(Usd(288.00m), q.Charges[0].Amount);   // 64 × 4.50
        Assert.Equal(Usd(53.28m), q.Charges[1].Amount);    // 18.5% of 288
        Assert.Equal(Usd(4.80m), q.Charges[3].Amount);     // 4 × 1.20
        Assert.Equal(Usd(288m + 53.28m + 35m + 4.80m + 25m), q.Total);
        Assert.Contains("64 kg chargeable", q.Charges[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_charge_replaces_a_lower_weight_charge()
    {
        FreightQuote q = Card().Quote(new[] { new Carton(Dimensions.Of(20, 20, 20, LengthUnit.Centimetre), Mass.FromKilograms(3)) });
        Assert.Equal(FreightChargeKind.Minimum, q.Charges[0].Kind);
        Assert.Equal(Usd(75m), q.Charges[0].Amount);
        Assert.Equal(Usd(13.88m), q.Charges[1].Amount); // 18.5% of 75 = 13.875 → 13.88 (half away from zero)
    }

    [Fact]
    public void Card_rejects_mixed_currencies_duplicate_breaks_and_negative_fees()
    {
        Assert.Throws<CurrencyMismatchException>(() => new RateCard("x", FreightMode.Express, new[] { new WeightBreak(Mass.Zero, Usd(1)) }, minimumCharge: Money.Of(1, Currency.EUR)));
        Assert.Equal("breaks", Assert.Throws<ArgumentException>(() => new RateCard("x", FreightMode.Express, new[] { new WeightBreak(Mass.Zero, Usd(1)), new WeightBreak(Mass.Zero, Usd(2)) })).ParamName);
        Assert.Equal("perShipmentFee", Assert.Throws<ArgumentOutOfRangeException>(() => new RateCard("x", FreightMode.Express, new[] { new WeightBreak(Mass.Zero, Usd(1)) }, perShipmentFee: Usd(-1))).ParamName);
        Assert.Equal("ratePerKilogram", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightBreak(Mass.Zero, Usd(-1))).ParamName);
    }

    [Fact]
    public void Modes_know_their_default_divisor_and_ocean_flag()
    {
        Assert.Equal(VolumetricDivisor.Express, FreightMode.Express.DefaultDivisor);
        Assert.Null(FreightMode.Postal.DefaultDivisor);
        Assert.True(FreightMode.SeaLcl.IsOcean);
        Assert.False(FreightMode.AirFreight.IsOcean);
        Assert.Equal(7, FreightMode.List.Count);
    }
}
