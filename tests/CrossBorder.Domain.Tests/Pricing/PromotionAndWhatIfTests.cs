using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

public class PromotionAndWhatIfTests
{
    private static readonly ListingModel Model = PricingEngine.Default.Model(
        UnitEconomicsTests.Us,
        UnitEconomicsTests.FbaSmall(6m) with
        {
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(10)),
            Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(50), Money.Of(2m, "USD")),
        });

    private static readonly LandedCostParts Parts = new(Money.Of(0.60m, "USD"), Money.Of(1.20m, "USD"), Percentage.FromPercent(70));

    [Fact]
    public void Percentage_coupon_with_redemption_fee_and_uplift_needed()
    {
        PromotionOutcome o = Model.Promote(Money.Of(24.99m, "USD"), Promotion.PercentageCoupon(Percentage.FromPercent(20), Money.Of(0.60m, "USD")));
        Assert.Equal(Money.Of(19.99m, "USD"), o.Promotional.Price); // 24.99 × 0.8 = 19.992
        Assert.Equal(Money.Of(0.60m, "USD"), o.Promotional.Promotion);
        Assert.Contains(o.Promotional.Lines, l => l.Kind == BreakdownLineKind.Promotion);
        Assert.Equal(o.Promotional.Price.Amount, o.Promotional.Lines.Sum(l => l.Amount.Amount));
        decimal expected = (o.Regular.NetProfit.Amount / o.Promotional.NetProfit.Amount) - 1m;
        Assert.Equal(Math.Round(expected, 6), o.UpliftNeeded!.Value.Fraction);
        Assert.True(o.ProfitChangePerUnit.IsNegative);
    }

    [Fact]
    public void Deal_fee_is_spread_over_expected_units_and_a_loss_making_deal_has_no_uplift()
    {
        PromotionOutcome deal = Model.Promote(Money.Of(24.99m, "USD"), Promotion.Deal("lightning deal", Percentage.FromPercent(15), Money.Of(70m, "USD"), 100));
        Assert.Equal(Money.Of(0.70m, "USD"), deal.Promotional.Promotion);
        PromotionOutcome deep = Model.Promote(Money.Of(24.99m, "USD"), Promotion.PercentageCoupon(Percentage.FromPercent(60), Money.Of(0.60m, "USD")));
        Assert.Null(deep.UpliftNeeded);
        Assert.Contains("no sales uplift", deep.Reason, StringComparison.Ordinal);
        Assert.Equal(Money.Of(22.49m, "USD"), Model.Promote(Money.Of(24.99m, "USD"), Promotion.AmountCoupon(Money.Of(2.50m, "USD"), Money.Of(0.60m, "USD"))).Promotional.Price);
        Assert.Equal(Money.Of(22.49m, "USD"), Model.Promote(Money.Of(24.99m, "USD"), Promotion.PrimeExclusiveDiscount(Percentage.FromPercent(10))).Promotional.Price);
        Assert.Equal(Money.Of(22.49m, "USD"), Model.Promote(Money.Of(24.99m, "USD"), Promotion.VolumeDiscount(3, Percentage.FromPercent(10))).Promotional.Price);
        Assert.Throws<ArgumentOutOfRangeException>(() => Promotion.PercentageCoupon(Percentage.FromPercent(100), Money.Of(0.6m, "USD")));
    }

    [Fact]
    public void What_if_moves_profit_by_the_changed_cost()
    {
        Money price = Money.Of(24.99m, "USD");
        Money baseline = Model.At(price).NetProfit;
        // A landed-cost change also moves the expected return cost: 5% returns × 50% unsellable × the change (factor 1.025).
        Assert.Equal(baseline - Money.Of(0.123m, "USD"), Model.WhatIf(price, CostDriver.FreightPerKg, Percentage.FromPercent(10), Parts).NetProfit);
        Assert.Equal(baseline - Money.Of(0.0615m, "USD"), Model.WhatIf(price, CostDriver.DutyRate, Percentage.FromPercent(10), Parts).NetProfit);
        Assert.Equal(baseline - Money.Of(0.4305m, "USD"), Model.WhatIf(price, CostDriver.ExchangeRate, Percentage.FromPercent(10), Parts).NetProfit); // 6 × 70% × 10% × 1.025
        Assert.Equal(baseline - Money.Of(0.2499m, "USD"), Model.WhatIf(price, CostDriver.AdSpend, Percentage.FromPercent(10), Parts).NetProfit);
        Assert.Throws<ArgumentException>(() => Model.WhatIf(price, CostDriver.DutyRate, Percentage.FromPercent(10), new LandedCostParts(Money.Of(5m, "USD"), Money.Of(5m, "USD"), Percentage.Zero)));
    }

    [Fact]
    public void Tornado_ranks_the_largest_swing_first()
    {
        SensitivityAnalysis s = Model.Sensitivity(Money.Of(24.99m, "USD"), Parts, Percentage.FromPercent(10), 300);
        Assert.Equal(5, s.Ranking.Count);
        Assert.Equal(CostDriver.ExchangeRate, s.Ranking[0].Driver); // 0.84 swing, then ad spend 0.4998
        Assert.Equal(CostDriver.AdSpend, s.Ranking[1].Driver);
        for (int i = 1; i < s.Ranking.Count; i++)
        {
            Assert.True(s.Ranking[i - 1].Swing >= s.Ranking[i].Swing);
        }

        Assert.Equal(s.Ranking[0].ProfitDeltaUp * 300m, s.Ranking[0].MonthlyDeltaUp);
    }

    [Property(MaxTest = 50)]
    public Property Every_driver_rising_never_raises_profit() =>
        Prop.ForAll(Gen.Choose(1, 90).ToArbitrary(), Gen.Choose(1000, 6000).ToArbitrary(), (pct, cents) =>
        {
            Money price = Money.Of(cents / 100m, "USD");
            decimal baseline = Model.At(price).NetProfit.Amount;
            return Enum.GetValues<CostDriver>().All(d => Model.WhatIf(price, d, Percentage.FromPercent(pct), Parts).NetProfit.Amount <= baseline);
        });

    [Fact]
    public void Multi_market_comparison_reports_profit_in_one_currency()
    {
        var rates = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 1.10m, new LocalDate(2025, 6, 1)),
            new ExchangeRate(Currency.GBP, Currency.USD, 1.30m, new LocalDate(2025, 6, 1)),
        });
        SaleContext uk = new(MarketplaceId.Parse("amazon-uk"), new LocalDate(2025, 6, 1), Currency.GBP, Percentage.FromPercent(20), true);
        var rows = PricingEngine.Default.Compare(
            new[]
            {
                MarketOffer.AtPrice(UnitEconomicsTests.Us, UnitEconomicsTests.FbaSmall(6m), Money.Of(24.99m, "USD")),
                MarketOffer.ForTarget(UnitEconomicsTests.De, new ListingInput("home-and-kitchen", Money.Of(6m, "EUR")), PriceTarget.NetMargin(Percentage.FromPercent(25)), PriceEnding.NinetyNine),
                MarketOffer.ForTarget(uk, new ListingInput("home-and-kitchen", Money.Of(5m, "GBP")), PriceTarget.NetMargin(Percentage.FromPercent(90))),
            },
            Currency.USD,
            rates);
        Assert.Equal(3, rows.Count);
        Assert.Equal(Money.Of(12.00m, "USD"), rows[0].NetProfitInReportingCurrency);
        Assert.Equal(rows[1].Economics!.NetProfit.Amount * 1.10m, rows[1].NetProfitInReportingCurrency!.Value.Amount);
        Assert.EndsWith(".99", rows[1].Price!.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Null(rows[2].Price);
        Assert.NotNull(rows[2].Reason);
    }
}
