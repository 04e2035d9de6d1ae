using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// Aged-inventory surcharge: Amazon's 2023-04-15 brackets (quoted by Simple Agency,
/// https://simple-agency.com.ua/the-amazon-monthly-storage-fee-aged-inventory-surcharge-and-fba-capacity-limits-have-been-changed-in-2023/)
/// and the 2026 per-unit changes (https://sia.hackernoon.com/how-amazon-sellers-can-avoid-aged-inventory-surcharges-in-2026).
/// </summary>
public class FbaAgedInventoryTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly FbaFeeTables Fba = FbaFeeTables.Default;
    private static readonly LocalDate Mid2025 = new(2025, 6, 15);
    private static readonly LocalDate Mid2026 = new(2026, 6, 15);

    [Theory]
    [InlineData(180, 0.00)]   // below the first bracket: no surcharge
    [InlineData(181, 0.50)]
    [InlineData(210, 0.50)]
    [InlineData(211, 1.00)]
    [InlineData(240, 1.00)]
    [InlineData(241, 1.50)]
    [InlineData(270, 1.50)]
    public void Per_cubic_foot_at_every_sourced_bracket_boundary(int age, double perCubicFoot) =>
        Assert.Equal((decimal)perCubicFoot, Fba.AgedInventorySurcharge(Us, age, Volume.FromCubicFeet(1), 1, Mid2025).Amount.Amount);

    [Fact]
    public void Over_365_days_the_greater_of_volume_and_unit_charge_and_2026_doubles_the_unit_minimum()
    {
        Volume small = Volume.FromCubicFeet(0.01m); // 0.01 ft³ × $6.90 = $0.069 < the per-unit minimum
        Assert.Equal(Money.Of(15.00m, "USD"), Fba.AgedInventorySurcharge(Us, 400, small, 100, Mid2025).Amount);  // 100 × $0.15
        Assert.Equal(Money.Of(30.00m, "USD"), Fba.AgedInventorySurcharge(Us, 400, small, 100, Mid2026).Amount);  // 100 × $0.30
        Assert.Equal(Money.Of(35.00m, "USD"), Fba.AgedInventorySurcharge(Us, 456, small, 100, Mid2026).Amount);  // 15+ months: $0.35
        Assert.Equal(Money.Of(30.00m, "USD"), Fba.AgedInventorySurcharge(Us, 455, small, 100, Mid2026).Amount);
        Volume big = Volume.FromCubicFeet(2);
        Assert.Equal(Money.Of(13.80m, "USD"), Fba.AgedInventorySurcharge(Us, 400, big, 1, Mid2026).Amount);      // 2 × $6.90
        Assert.Equal(Money.Of(15.80m, "USD"), Fba.AgedInventorySurcharge(Us, 500, big, 1, Mid2026).Amount);      // 2 × $7.90
        Assert.Equal(Money.Of(15.00m, "USD"), Fba.AgedInventorySurcharge(Us, 400, small, 100, new LocalDate(2026, 1, 14)).Amount);
    }

    [Fact]
    public void Clothing_is_exempt_from_181_to_270_days_but_not_after_365()
    {
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 200, Volume.FromCubicFeet(1), 10, Mid2025, "clothing-and-accessories");
        Assert.Equal(0m, c.Amount.Amount);
        Assert.Contains("exempt", c.Rule, StringComparison.Ordinal);
        Assert.NotNull(c.Provenance);
        Assert.True(Fba.AgedInventorySurcharge(Us, 400, Volume.FromCubicFeet(1), 10, Mid2025, "clothing-and-accessories").Amount.Amount > 0m);
    }

    [Fact]
    public void Unsourced_brackets_and_dates_are_not_guessed()
    {
        var gap = Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(Us, 300, Volume.FromCubicFeet(1), 1, Mid2025));
        Assert.Equal("ageDays", gap.ParamName);
        Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(Us, 200, Volume.FromCubicFeet(1), 1, new LocalDate(2023, 1, 15)));
        Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(MarketplaceId.Parse("amazon-de"), 200, Volume.FromCubicFeet(1), 1, Mid2025));
        Assert.Equal("ageDays", Assert.Throws<ArgumentOutOfRangeException>(() => Fba.AgedInventorySurcharge(Us, -1, Volume.FromCubicFeet(1), 1, Mid2025)).ParamName);
        Assert.Equal("unitVolume", Assert.Throws<ArgumentOutOfRangeException>(() => Fba.AgedInventorySurcharge(Us, 200, Volume.Zero, 1, Mid2025)).ParamName);
    }

    [Fact]
    public void Explains_itself()
    {
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 500, Volume.FromCubicFeet(1), 3, Mid2026);
        Assert.Contains("456+ days", c.Rule, StringComparison.Ordinal);
        Assert.Contains("whichever is greater", c.Rule, StringComparison.Ordinal);
        Assert.Equal("amazon-fba-aged-inventory-surcharge", c.Provenance!.Table);
        Assert.StartsWith("https://", c.Provenance.Source.Address, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Surcharge_is_non_decreasing_in_age_and_linear_in_units() =>
        Prop.ForAll(
            Gen.Choose(0, 270).Select(a => a).ToArbitrary(),
            Gen.Choose(1, 500).Select(v => v / 100m).ToArbitrary(),
            Gen.Choose(0, 50).ToArbitrary(),
            (age, cubicFeet, units) =>
            {
                Volume v = Volume.FromCubicFeet(cubicFeet);
                decimal one = Fba.AgedInventorySurcharge(Us, age, v, 1, Mid2025).Amount.Amount;
                decimal next = Fba.AgedInventorySurcharge(Us, Math.Min(age + 1, 270), v, 1, Mid2025).Amount.Amount;
                decimal many = Fba.AgedInventorySurcharge(Us, age, v, units, Mid2025).Amount.Amount;
                return next >= one && many == one * units;
            });
}
