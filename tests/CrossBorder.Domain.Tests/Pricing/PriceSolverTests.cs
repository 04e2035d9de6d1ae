using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

public class PriceSolverTests
{
    private static readonly string[] Categories = { "home-and-kitchen", "beauty-health-personal-care", "electronics-accessories", "clothing-and-accessories", "furniture", "books" };

    private static ListingModel Model(string category, decimal landed, bool fba = true, int tacosPercent = 0)
    {
        ListingInput input = new(category, Money.Of(landed, "USD"))
        {
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(tacosPercent)),
        };
        if (fba)
        {
            input = input with { Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6)) };
        }

        return PricingEngine.Default.Model(UnitEconomicsTests.Us, input);
    }

    private static bool Reaches(UnitEconomics ue, PriceTarget t) => t.Kind switch
    {
        PriceTargetKind.NetMargin => ue.NetProfit.Amount >= t.Rate.Fraction * ue.NetRevenue.Amount,
        PriceTargetKind.ReturnOnLandedCost => ue.NetProfit.Amount >= t.Rate.Fraction * ue.LandedCost.Amount,
        _ => ue.NetProfit >= t.Profit!.Value,
    };

    [Fact]
    public void Margin_target_worked_example()
    {
        // 25% net margin, $6 landed, FBA $3.24 (or $2.47 below $10), 15% referral: price p with p − 0.15p − 3.24 − 6 ≥ 0.25p → p ≥ 15.40.
        PriceSolution s = Model("home-and-kitchen", 6m).Solve(PriceTarget.NetMargin(Percentage.FromPercent(25)));
        Assert.True(s.IsReachable);
        Assert.Equal(Money.Of(15.40m, "USD"), s.Price);
        Assert.Equal(Money.Of(15.99m, "USD"), Model("home-and-kitchen", 6m).Solve(PriceTarget.NetMargin(Percentage.FromPercent(25)), PriceEnding.NinetyNine).Price);
        Assert.Equal(Money.Of(15.95m, "USD"), Model("home-and-kitchen", 6m).Solve(PriceTarget.NetMargin(Percentage.FromPercent(25)), PriceEnding.NinetyFive).Price);
    }

    [Fact]
    public void Solver_finds_the_cheap_side_of_a_whole_price_band()
    {
        // Beauty: 8% up to $10.00, 15% above. With $2 landed and no FBA, break-even ≈ $2.33 (8% band, $0.30 minimum binds below $3.75).
        ListingModel m = Model("beauty-health-personal-care", 2m, fba: false);
        PriceSolution be = m.BreakEven();
        Assert.Equal(Money.Of(2.30m, "USD"), be.Price); // 2.30 − 0.30 minimum − 2.00 = 0
        // A $7.50 profit: at $10.00 the 8% band gives 10 − 0.80 − 2 = 7.20 (short); just above $10, 15% applies: p = 9.50 / 0.85 = 11.18.
        PriceSolution s = m.Solve(PriceTarget.ProfitPerUnit(Money.Of(7.50m, "USD")));
        Assert.Equal(Money.Of(11.18m, "USD"), s.Price);
        // A $7.00 profit is reached inside the 8% band: unrounded p = 9 / 0.92 = 9.7826, but the fee is invoiced in cents:
        // at $9.78 it is 0.7824 → $0.78, leaving exactly $7.00.
        Assert.Equal(Money.Of(9.78m, "USD"), m.Solve(PriceTarget.ProfitPerUnit(Money.Of(7m, "USD"))).Price);
    }

    [Fact]
    public void Low_price_fba_threshold_is_respected()
    {
        // With FBA, below $10 the fee is $2.47 (3.24 − 0.77); at $10.00 it is $3.24.
        ListingModel m = Model("home-and-kitchen", 5.50m);
        PriceSolution be = m.BreakEven();
        Assert.True(be.IsReachable);
        Assert.True(be.Price!.Value.Amount < 10m);
        Assert.Equal(Money.Of(9.38m, "USD"), be.Price); // p − 0.15p − 2.47 − 5.50 ≥ 0 → p ≥ 9.3765
    }

    [Fact]
    public void Unreachable_margin_reports_the_reason()
    {
        PriceSolution s = Model("home-and-kitchen", 6m, tacosPercent: 10).Solve(PriceTarget.NetMargin(Percentage.FromPercent(80)));
        Assert.False(s.IsReachable);
        Assert.Null(s.Price);
        Assert.Contains("75%", s.Reason, StringComparison.Ordinal); // 1 − 15% referral − 10% TACoS
    }

    [Fact]
    public void Targets_of_100_percent_or_more_are_rejected()
    {
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => PriceTarget.NetMargin(Percentage.FromPercent(100))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceTarget.NetMargin(Percentage.FromPercent(150)));
        Assert.Throws<ArgumentException>(() => Model("home-and-kitchen", 0m).Solve(PriceTarget.ReturnOnLandedCost(Percentage.FromPercent(50))));
    }

    [Fact]
    public void Whole_yen_ending_in_japan()
    {
        SaleContext jp = new(MarketplaceId.Parse("amazon-jp"), new LocalDate(2026, 12, 1), Currency.JPY, Percentage.FromPercent(10), true);
        ListingModel m = PricingEngine.Default.Model(jp, new ListingInput("consumer-electronics", Money.Of(1000m, "JPY")));
        PriceSolution s = m.Solve(PriceTarget.NetMargin(Percentage.FromPercent(20)), PriceEnding.WholeUnit);
        Assert.True(s.IsReachable);
        Assert.Equal(0m, s.Price!.Value.Amount % 1m);
        Assert.Throws<ArgumentException>(() => m.Solve(PriceTarget.NetMargin(Percentage.FromPercent(20)), PriceEnding.NinetyNine));
    }

    public static Arbitrary<PriceTarget> Targets() =>
        Gen.OneOf(
            Gen.Choose(-20, 60).Select(p => PriceTarget.NetMargin(Percentage.FromPercent(p))),
            Gen.Choose(0, 5000).Select(c => PriceTarget.ProfitPerUnit(Money.Of(c / 100m, "USD"))),
            Gen.Choose(0, 300).Select(p => PriceTarget.ReturnOnLandedCost(Percentage.FromPercent(p)))).ToArbitrary();

    [Property(Arbitrary = new[] { typeof(PriceSolverTests) }, MaxTest = 200)]
    public Property Solver_price_reaches_the_target_and_one_cent_less_does_not() =>
        Prop.ForAll(
            Targets(),
            Gen.Elements(Categories).SelectMany(c => Gen.Choose(50, 4000).SelectMany(l => Gen.Elements(true, false).Select(f => (c, l / 100m, f)))).ToArbitrary(),
            (target, t) =>
        {
            (string category, decimal landed, bool fba) = t;
            ListingModel m = Model(category, landed, fba, tacosPercent: 8);
            PriceSolution s = m.Solve(target);
            if (!s.IsReachable)
            {
                return target.Kind == PriceTargetKind.NetMargin && s.Reason is not null;
            }

            Money price = s.Price!.Value;
            bool reached = Reaches(s.Economics!, target);
            bool lower = price.Amount <= 0.01m || !Reaches(m.At(Money.Of(price.Amount - 0.01m, "USD")), target);
            return reached && lower;
        });

    [Property(Arbitrary = new[] { typeof(PriceSolverTests) }, MaxTest = 100)]
    public Property Solver_price_is_the_true_minimum_on_a_cent_grid() =>
        Prop.ForAll(Gen.Choose(0, 1500).Select(c => PriceTarget.ProfitPerUnit(Money.Of(c / 100m, "USD"))).ToArbitrary(), Gen.Elements(Categories).ToArbitrary(), (target, category) =>
        {
            ListingModel m = Model(category, 3m);
            PriceSolution s = m.Solve(target);
            decimal found = s.Price!.Value.Amount;
            for (decimal p = 0.01m; p < found; p += 0.01m)
            {
                if (Reaches(m.At(Money.Of(p, "USD")), target))
                {
                    return false;
                }
            }

            return true;
        });
}
