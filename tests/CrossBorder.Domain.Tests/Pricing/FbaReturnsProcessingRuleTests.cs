using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// Returns processing fee rule. Sources: Amazon's "2024 returns processing fee changes" notice (copy:
/// https://sansjing.com/index.php/2024-returns-processing-fee-changes): fee on each returned unit above the category threshold,
/// units shipped in a month counted over that month and the next two, fewer than 25 units shipped exempt; Teikametrics' worked
/// example of the notice (https://teikametrics.com/blog/updates-to-amazon-return-rate-processing-fee-and-what-it-means-for-sellers):
/// 1,000 shipped, 120 returned, 10% threshold → 20 units charged; thresholds range from 2.9% (grocery) to 12.8% (backpacks,
/// handbags, luggage). Apparel and shoes: every returned item is charged — Amazon "Returns processing fee"
/// (https://sellercentral.amazon.com/gp/help/external/help.html?itemID=64LS955WNFT6EDP).
/// </summary>
public class FbaReturnsProcessingRuleTests
{
    [Fact]
    public void Amazons_worked_example_charges_the_twenty_returns_above_a_ten_percent_threshold()
    {
        FbaReturnsProcessingRule rule = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(10));
        Assert.Equal(20, rule.ChargeableUnits(1000, 120));
        Assert.Equal(0, rule.ChargeableUnits(1000, 100));   // exactly at the threshold: nothing above it
        Assert.Equal(1, rule.ChargeableUnits(1000, 101));
        Assert.Equal(Money.Of(50.00m, "USD"), rule.Charge(1000, 120, Money.Of(2.50m, "USD")));  // 20 × a caller-supplied $2.50
    }

    [Theory]
    [InlineData(24, 24, 0)]   // fewer than 25 units shipped in the month: exempt, even if every unit came back
    [InlineData(25, 25, 25)]  // 25 shipped: no longer exempt; 2.9% × 25 = 0.725 → no free return
    [InlineData(25, 0, 0)]
    public void The_twenty_five_unit_exemption_boundary(int shipped, int returned, int charged) =>
        Assert.Equal(charged, FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(2.9m)).ChargeableUnits(shipped, returned));

    [Fact]
    public void A_fractional_allowance_is_rounded_down_so_the_first_return_above_the_rate_is_charged()
    {
        FbaReturnsProcessingRule grocery = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(2.9m));
        Assert.Equal(1, grocery.ChargeableUnits(30, 1));    // 2.9% × 30 = 0.87 → 0 free; 1/30 = 3.3% > 2.9%
        Assert.Equal(1, grocery.ChargeableUnits(100, 3));   // 2.9 → 2 free
        FbaReturnsProcessingRule luggage = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(12.8m));
        Assert.Equal(0, luggage.ChargeableUnits(25, 3));    // 3.2 → 3 free
        Assert.Equal(1, luggage.ChargeableUnits(25, 4));
        Assert.Equal(0, luggage.ChargeableUnits(24, 24));   // below 25 shipped: exempt
    }

    [Fact]
    public void Apparel_and_shoes_pay_for_every_return_with_no_volume_exemption()
    {
        FbaReturnsProcessingRule apparel = FbaReturnsProcessingRule.EveryReturn;
        Assert.Null(apparel.Threshold);
        Assert.Equal(3, apparel.ChargeableUnits(10, 3));
        Assert.Equal(60, apparel.ChargeableUnits(500, 60));
        Assert.Equal(Percentage.FromPercent(12), apparel.ExpectedChargedShare(Percentage.FromPercent(12)));
    }

    [Fact]
    public void Expected_charged_share_is_the_return_rate_above_the_threshold()
    {
        FbaReturnsProcessingRule rule = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(10));
        Assert.Equal(Percentage.FromPercent(2), rule.ExpectedChargedShare(Percentage.FromPercent(12)));
        Assert.Equal(Percentage.Zero, rule.ExpectedChargedShare(Percentage.FromPercent(8)));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        FbaReturnsProcessingRule rule = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(10));
        Assert.Equal("unitsReturned", Assert.Throws<ArgumentOutOfRangeException>(() => rule.ChargeableUnits(10, 11)).ParamName);
        Assert.Equal("unitsShipped", Assert.Throws<ArgumentOutOfRangeException>(() => rule.ChargeableUnits(-1, 0)).ParamName);
        Assert.Equal("unitsReturned", Assert.Throws<ArgumentOutOfRangeException>(() => rule.ChargeableUnits(10, -1)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => FbaReturnsProcessingRule.AboveThreshold(Percentage.OneHundred)).ParamName);
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(-1))).ParamName);
        Assert.Equal("feePerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => rule.Charge(100, 20, Money.Of(-1m, "USD"))).ParamName);
        Assert.Equal("returnRate", Assert.Throws<ArgumentOutOfRangeException>(() => rule.ExpectedChargedShare(Percentage.FromPercent(101))).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property Charged_units_never_exceed_returns_and_never_decrease_with_more_returns() =>
        Prop.ForAll(
            Gen.Choose(0, 5000).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Choose(0, 999).ToArbitrary(),
            (shipped, returnedPerMille, thresholdPerMille) =>
            {
                int returned = shipped * returnedPerMille / 1000;
                FbaReturnsProcessingRule rule = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromFraction(thresholdPerMille / 1000m));
                int charged = rule.ChargeableUnits(shipped, returned);
                bool monotone = returned == shipped || rule.ChargeableUnits(shipped, returned + 1) >= charged;
                bool everyReturnDominates = FbaReturnsProcessingRule.EveryReturn.ChargeableUnits(shipped, returned) >= charged;
                return charged >= 0 && charged <= returned && monotone && everyReturnDominates;
            });

    [Property(MaxTest = 300)]
    public Property Above_the_exemption_the_free_returns_stay_within_the_threshold_and_one_more_would_exceed_it() =>
        Prop.ForAll(
            Gen.Choose(25, 5000).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Choose(0, 999).ToArbitrary(),
            (shipped, returnedPerMille, thresholdPerMille) =>
            {
                int returned = shipped * returnedPerMille / 1000;
                decimal threshold = thresholdPerMille / 1000m;
                int charged = FbaReturnsProcessingRule.AboveThreshold(Percentage.FromFraction(threshold)).ChargeableUnits(shipped, returned);
                int free = returned - charged;
                return free <= threshold * shipped && (charged == 0 || free + 1 > threshold * shipped);
            });
}
