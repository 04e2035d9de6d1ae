using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>Validation and exact results of <see cref="ListingModel.WhatIf"/> and <see cref="ListingModel.Sensitivity"/>.</summary>
public class ListingModelWhatIfMutationTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    private static readonly ListingModel Model = PricingEngine.Default.Model(
        UnitEconomicsTests.Us,
        UnitEconomicsTests.FbaSmall(6m) with
        {
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(10)),
            Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(50), Usd(2m)),
        });

    private static readonly LandedCostParts Parts = new(Usd(0.60m), Usd(1.20m), Percentage.FromPercent(70));

    private static readonly Money Price = Usd(24.99m);

    [Fact]
    public void What_if_rejects_missing_parts_a_fall_of_100_percent_and_parts_in_another_currency()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => Model.WhatIf(Price, CostDriver.DutyRate, Percentage.FromPercent(10), null!)).ParamName);

        ArgumentOutOfRangeException all = Assert.Throws<ArgumentOutOfRangeException>(() => Model.WhatIf(Price, CostDriver.AdSpend, Percentage.FromPercent(-100), Parts));
        Assert.Equal("change", all.ParamName);
        Assert.Contains("change was -100%", all.Message, StringComparison.Ordinal);
        Assert.Contains("it must be above -100%", all.Message, StringComparison.Ordinal);
        Assert.Equal(Model.At(Price).Advertising.Amount * 0.01m, Model.WhatIf(Price, CostDriver.AdSpend, Percentage.FromPercent(-99), Parts).Advertising.Amount);

        Money eur = Money.Of(0.5m, "EUR");
        Assert.Equal("parts", Assert.Throws<CurrencyMismatchException>(() => Model.WhatIf(Price, CostDriver.DutyRate, Percentage.FromPercent(10), new LandedCostParts(eur, Usd(1m), Percentage.Zero))).ParamName);
        Assert.Equal("parts", Assert.Throws<CurrencyMismatchException>(() => Model.WhatIf(Price, CostDriver.DutyRate, Percentage.FromPercent(10), new LandedCostParts(Usd(1m), eur, Percentage.Zero))).ParamName);

        ArgumentOutOfRangeException undefined = Assert.Throws<ArgumentOutOfRangeException>(() => Model.WhatIf(Price, (CostDriver)99, Percentage.FromPercent(10), Parts));
        Assert.Equal("driver", undefined.ParamName);
        Assert.Contains("driver was 99", undefined.Message, StringComparison.Ordinal);
        Assert.Contains("defined CostDriver", undefined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duty_and_freight_may_make_up_the_whole_landed_cost_but_not_more()
    {
        // Landed 6.00 = duty 2.00 + freight 4.00: allowed; doubling the freight adds 4.00 × (1 + 5% × 50%) = 4.10 of cost.
        LandedCostParts whole = new(Usd(2m), Usd(4m), Percentage.Zero);
        Money baseline = Model.At(Price).NetProfit;
        Assert.Equal(baseline - Usd(4.10m), Model.WhatIf(Price, CostDriver.FreightPerKg, Percentage.FromPercent(100), whole).NetProfit);

        ArgumentException over = Assert.Throws<ArgumentException>(() => Model.WhatIf(Price, CostDriver.DutyRate, Percentage.FromPercent(10), new LandedCostParts(Usd(2m), Usd(4.01m), Percentage.Zero)));
        Assert.Equal("parts", over.ParamName);
        Assert.Contains("duty USD 2.00 and freight USD 4.01 together exceed the landed cost USD 6.00", over.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_rate_what_if_scales_the_rate_and_caps_it_at_100_percent()
    {
        UnitEconomics baseline = Model.At(Price);
        UnitEconomics up = Model.WhatIf(Price, CostDriver.ReturnRate, Percentage.FromPercent(10), Parts);
        Assert.Equal(baseline.Returns.Amount * 1.1m, up.Returns.Amount); // 5% → 5.5%
        Assert.Equal(baseline.NetProfit.Amount - (baseline.Returns.Amount * 0.1m), up.NetProfit.Amount);

        // 5% × (1 + 2500%) = 130%, capped at every unit returned.
        UnitEconomics capped = Model.WhatIf(Price, CostDriver.ReturnRate, Percentage.FromPercent(2500), Parts);
        Assert.Equal(baseline.Returns.Amount * 20m, capped.Returns.Amount);
    }

    [Fact]
    public void Sensitivity_rejects_changes_outside_0_to_100_percent_and_negative_units()
    {
        foreach (decimal percent in new[] { 0m, -10m, 100m, 150m })
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Sensitivity(Price, Parts, Percentage.FromPercent(percent), 10));
            Assert.Equal("change", e.ParamName);
            Assert.Contains("it must be above 0% and below 100%", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal("unitsPerMonth", Assert.Throws<ArgumentOutOfRangeException>(() => Model.Sensitivity(Price, Parts, Percentage.FromPercent(10), -1)).ParamName);
        Assert.Equal(0, Model.Sensitivity(Price, Parts, Percentage.FromPercent(10), 0).UnitsPerMonth);
    }

    [Fact]
    public void Sensitivity_reports_the_profit_change_in_both_directions()
    {
        SensitivityAnalysis s = Model.Sensitivity(Price, Parts, Percentage.FromPercent(10), 300);
        SensitivityResult ads = s.Ranking.Single(r => r.Driver == CostDriver.AdSpend);
        Assert.Equal(Usd(-0.2499m), ads.ProfitDeltaUp);   // 10% × 10% TACoS × 24.99
        Assert.Equal(Usd(0.2499m), ads.ProfitDeltaDown);
        Assert.Equal(Usd(74.97m), ads.MonthlyDeltaDown);
        SensitivityResult duty = s.Ranking.Single(r => r.Driver == CostDriver.DutyRate);
        Assert.Equal(Usd(0.0615m), duty.ProfitDeltaDown); // 0.60 × 10% × 1.025
    }
}
