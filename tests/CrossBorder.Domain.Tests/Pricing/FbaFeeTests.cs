using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

public class FbaFeeTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly LocalDate Day2025 = new(2025, 6, 1);
    private static readonly FbaFeeTables Fba = FbaFeeTables.Default;

    private static string Tier(decimal l, decimal m, decimal s, decimal pounds) =>
        Fba.Classify(Us, Dimensions.Of(l, m, s, LengthUnit.Inch), Mass.FromPounds(pounds), Day2025).Tier.Name;

    [Theory]
    [InlineData(15, 12, 0.75, 1.0, "small-standard")]       // every small-standard limit exactly
    [InlineData(15.01, 12, 0.75, 1.0, "large-standard")]    // longest over 15 in
    [InlineData(15, 12.01, 0.75, 1.0, "large-standard")]    // median over 12 in
    [InlineData(15, 12, 0.76, 1.0, "large-standard")]       // shortest over 0.75 in
    [InlineData(15, 12, 0.75, 1.001, "large-standard")]     // over 16 oz
    [InlineData(18, 14, 8, 20, "large-standard")]           // every large-standard limit exactly
    [InlineData(18.01, 14, 8, 20, "large-bulky")]
    [InlineData(18, 14.01, 8, 20, "large-bulky")]
    [InlineData(18, 14, 8.01, 20, "large-bulky")]
    [InlineData(18, 14, 8, 20.01, "large-bulky")]
    [InlineData(59, 10, 5, 30, "large-bulky")]              // longest at 59 in
    [InlineData(59.01, 10, 5, 30, "extra-large-0-50")]
    [InlineData(59, 10, 5, 50, "large-bulky")]              // 50 lb
    [InlineData(60, 10, 5, 50, "extra-large-0-50")]
    [InlineData(60, 10, 5, 50.01, "extra-large-50-70")]
    [InlineData(60, 10, 5, 70, "extra-large-50-70")]
    [InlineData(60, 10, 5, 70.01, "extra-large-70-150")]
    [InlineData(60, 10, 5, 150, "extra-large-70-150")]
    [InlineData(60, 10, 5, 150.01, "extra-large-150-plus")]
    public void Size_tier_at_every_boundary(double l, double m, double s, double lb, string tier) =>
        Assert.Equal(tier, Tier((decimal)l, (decimal)m, (decimal)s, (decimal)lb));

    [Fact]
    public void Length_plus_girth_over_130_inches_is_extra_large()
    {
        // 40 + 2 × (23 + 22) = 130 fits large bulky by dimensions but weighs 40×23×22/139 = 145.6 lb dimensionally.
        Assert.Equal("extra-large-70-150", Tier(40, 23, 22, 10));
        FbaSizeTier bulky = Fba.SizeTiers.Single(t => t.Name == "large-bulky");
        Assert.True(bulky.MaxLengthPlusGirth == Length.FromInches(130));
        Assert.False(bulky.Fits(Dimensions.Of(40, 23, 22.01m, LengthUnit.Inch), Mass.FromPounds(1))); // 130.02 in
    }

    [Fact]
    public void Dimensional_weight_is_volume_over_139_with_bulky_sides_raised_to_2_inches()
    {
        FbaSizeClassification c = Fba.Classify(Us, Dimensions.Of(18, 14, 8, LengthUnit.Inch), Mass.FromPounds(2), Day2025);
        Assert.Equal(2016m / 139m, c.DimensionalWeight.Pounds, 10);
        Assert.Equal(c.DimensionalWeight, c.ShippingWeight);
        FbaSizeClassification bulky = Fba.Classify(Us, Dimensions.Of(60, 1, 1, LengthUnit.Inch), Mass.FromPounds(3), Day2025);
        Assert.Equal(240m / 139m, bulky.DimensionalWeight.Pounds, 10);
    }

    [Theory]
    // Seller Labs, "Amazon FBA peak fees 2025", quoting Amazon's 2025 non-peak US rates: small standard up to 2 oz $3.06,
    // 4-6 oz $3.24, 12-14 oz $3.60; large standard 1.75-2 lb $5.77, 2.75-3 lb $6.62; large bulky $9.61 + $0.38/lb.
    [InlineData("small-standard", 2.0, 3.06)]
    [InlineData("small-standard", 2.01, 3.15)]
    [InlineData("small-standard", 6.0, 3.24)]
    [InlineData("small-standard", 13.0, 3.60)]
    [InlineData("large-standard", 30.4, 5.77)]   // 1.9 lb
    [InlineData("large-standard", 48.0, 6.62)]   // 3 lb exactly
    [InlineData("large-standard", 52.0, 7.00)]   // 3.25 lb: $6.92 + one 4-oz step of $0.08
    [InlineData("large-bulky", 160.0, 13.03)]    // 10 lb: 9.61 + 9 × 0.38
    public void Fulfilment_fee_from_the_2025_card(string tier, double ounces, double fee)
    {
        FbaFulfilmentFee f = Fba.GetFulfilmentFee(Us, tier, Mass.FromOunces((decimal)ounces), Day2025, Money.Of(20m, "USD"));
        Assert.Equal(Money.Of((decimal)fee, "USD"), f.Amount);
        Assert.Equal("amazon-fba-fulfilment-fees", f.Provenance.Table);
    }

    [Fact]
    public void Low_price_fba_discount_applies_below_10_dollars()
    {
        // Low-price FBA: $0.77 off per unit for items priced below $10 (2024-04-15); small standard 2 oz → $2.29.
        Assert.Equal(Money.Of(2.29m, "USD"), Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Day2025, Money.Of(9.99m, "USD")).Amount);
        Assert.Equal(Money.Of(3.06m, "USD"), Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Day2025, Money.Of(10.00m, "USD")).Amount);
    }

    [Fact]
    public void Two_fee_years_are_both_in_force_and_peak_season_is_not_guessed()
    {
        Mass w = Mass.FromOunces(5);
        FbaFulfilmentFee y2024 = Fba.GetFulfilmentFee(Us, "small-standard", w, new LocalDate(2024, 6, 1));
        FbaFulfilmentFee y2025 = Fba.GetFulfilmentFee(Us, "small-standard", w, new LocalDate(2025, 6, 1));
        Assert.Equal(Money.Of(3.24m, "USD"), y2024.Amount);
        Assert.Equal(Money.Of(3.24m, "USD"), y2025.Amount); // "no increase in US Referral and FBA fees in 2025"
        Assert.NotEqual(y2024.Provenance.Period, y2025.Provenance.Period);
        Assert.Throws<RecordNotInForceException>(() => Fba.GetFulfilmentFee(Us, "small-standard", w, new LocalDate(2025, 11, 1)));
        Assert.False(Fba.TryGetFulfilmentFee(Us, "small-standard", w, new LocalDate(2026, 3, 1), null, out _));
    }

    [Fact]
    public void Storage_is_dearer_october_to_december()
    {
        FbaStorageRate standard = Fba.GetStorageRate(Us, "standard", new LocalDate(2025, 9, 30));
        Assert.Equal(0.78m, standard.MonthlyRate(new LocalDate(2025, 9, 30)));
        Assert.Equal(2.40m, standard.MonthlyRate(new LocalDate(2025, 10, 1)));
        Assert.Equal(Money.Of(1.40m, "USD"), Fba.GetStorageRate(Us, "bulky", new LocalDate(2025, 12, 1)).MonthlyFee(Volume.FromCubicFeet(1), new LocalDate(2025, 12, 1)));
    }

    [Fact]
    public void Bad_units_are_rejected_and_unknown_marketplaces_are_not_eligible()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.Classify(Us, Dimensions.Of(10, 5, 1, LengthUnit.Inch), Mass.Zero, Day2025));
        Assert.Equal("unitWeight", zero.ParamName);
        var ex = Assert.Throws<FbaNotEligibleException>(() => Fba.Classify(MarketplaceId.Parse("amazon-br"), Dimensions.Of(10, 5, 1, LengthUnit.Inch), Mass.FromPounds(1), Day2025));
        Assert.Equal("dimensions", ex.ParamName);
        Assert.False(Fba.TryClassify(MarketplaceId.Parse("amazon-br"), Dimensions.Of(10, 5, 1, LengthUnit.Inch), Mass.FromPounds(1), Day2025, out _));
    }

    [Fact]
    public void A_unit_beyond_every_user_tier_is_not_eligible()
    {
        // A user-supplied, bounded tier set (for example a 3PL's): a unit beyond its largest tier is "not eligible".
        var source = new Source("my 3PL rate card", "https://example.com/3pl", new LocalDate(2026, 1, 1), SourceKind.UserSupplied);
        var tier = new FbaSizeTier(Us, "parcel", 1, Length.FromCentimetres(60), Length.FromCentimetres(40), Length.FromCentimetres(40), null, Mass.FromKilograms(10),
            FbaWeightBasis.GreaterOfUnitAndDimensional, 5000m, LengthUnit.Centimetre, MassUnit.Kilogram, null, "standard", EffectivePeriod.From(new LocalDate(2026, 1, 1)), source);
        var tables = new FbaFeeTables(new[] { tier }, Array.Empty<FbaFulfilmentFeeCard>(), Array.Empty<FbaStorageRate>());
        var day = new LocalDate(2026, 6, 1);
        Assert.Equal("parcel", tables.Classify(Us, Dimensions.Of(40, 30, 20, LengthUnit.Centimetre), Mass.FromKilograms(3), day).Tier.Name); // 24,000 cm³ / 5,000 = 4.8 kg
        // 50 × 40 × 30 cm weighs 12 kg dimensionally, over the 10 kg limit; a 61 cm side is over the 60 cm limit.
        Assert.False(tables.TryClassify(Us, Dimensions.Of(50, 40, 30, LengthUnit.Centimetre), Mass.FromKilograms(9), day, out _));
        Assert.False(tables.TryClassify(Us, Dimensions.Of(61, 10, 10, LengthUnit.Centimetre), Mass.FromKilograms(1), day, out _));
        var ex = Assert.Throws<FbaNotEligibleException>(() => tables.Classify(Us, Dimensions.Of(50, 40, 30, LengthUnit.Centimetre), Mass.FromKilograms(9), day));
        Assert.Contains("meets no FBA size tier", ex.Message, StringComparison.Ordinal);
    }
}
