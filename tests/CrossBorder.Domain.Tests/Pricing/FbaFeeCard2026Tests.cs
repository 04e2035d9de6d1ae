using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// The 2026 US card (Amazon, "2026 US FBA fulfillment fee changes", GABBX6GZPA8MSZGW,
/// https://sellercentral.amazon.com/help/hub/reference/external/GABBX6GZPA8MSZGW): fees by price band (below $10, $10–$50,
/// above $50) from 2026-01-15, the 3.5% fuel and logistics surcharge from 2026-04-17 (https://cratefit.com/fees/2026-04-fuel)
/// and the 2026 peak card from 2026-10-15.
/// </summary>
public class FbaFeeCard2026Tests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly FbaFeeTables Fba = FbaFeeTables.Default;
    private static readonly LocalDate March2026 = new(2026, 3, 1);

    private static decimal Fee(string tier, Mass weight, LocalDate date, decimal price) =>
        Fba.GetFulfilmentFee(Us, tier, weight, date, Money.Of(price, "USD")).Amount.Amount;

    [Theory]
    [InlineData(9.99, 2.43)]   // below $10: the low-price row
    [InlineData(10.00, 3.32)]  // $10.00 belongs to $10–$50
    [InlineData(50.00, 3.32)]  // $50.00 still $10–$50
    [InlineData(50.01, 3.58)]  // above $50
    public void Small_standard_up_to_2_oz_at_every_price_band_boundary(double price, double fee) =>
        Assert.Equal((decimal)fee, Fee("small-standard", Mass.FromOunces(2), March2026, (decimal)price));

    [Theory]
    [InlineData("small-standard", 16.0, 3.96)]   // 14+ to 16 oz
    [InlineData("large-standard", 16.0, 4.60)]   // 12+ to 16 oz (Inventory Hero: "about 4.60 dollars" for 1 lb or under)
    [InlineData("large-standard", 48.0, 6.67)]   // 2.75+ to 3 lb
    [InlineData("large-standard", 64.0, 7.29)]   // 4 lb: $6.97 + 4 × $0.08 per 4 oz above 3 lb
    [InlineData("extra-large-0-50", 160.0, 29.75)] // 10 lb: $26.33 + 9 × $0.38 per lb above the first
    public void Worked_rows_of_the_2026_non_peak_card_at_20_dollars(string tier, double ounces, double fee) =>
        Assert.Equal((decimal)fee, Fee(tier, Mass.FromOunces((decimal)ounces), March2026, 20m));

    [Fact]
    public void Lookups_on_both_sides_of_the_2026_change_date()
    {
        Mass w = Mass.FromOunces(2);
        Assert.Equal(3.06m, Fee("small-standard", w, new LocalDate(2025, 10, 14), 20m)); // 2025 card, last non-peak day
        Assert.Throws<RecordNotInForceException>(() => Fee("small-standard", w, new LocalDate(2026, 1, 14), 20m)); // 2025 peak: not encoded
        Assert.Equal(3.32m, Fee("small-standard", w, new LocalDate(2026, 1, 15), 20m));
        Assert.Equal(2.29m, Fee("small-standard", w, new LocalDate(2025, 6, 1), 9.99m)); // 2025: $3.06 − $0.77
        Assert.Equal(2.43m, Fee("small-standard", w, new LocalDate(2026, 1, 15), 9.99m)); // 2026 low-price row
    }

    [Fact]
    public void Fuel_surcharge_from_17_April_2026_is_rounded_to_the_cent()
    {
        Mass pound = Mass.FromPounds(1);
        Assert.Equal(4.60m, Fee("large-standard", pound, new LocalDate(2026, 4, 16), 20m));
        Assert.Equal(4.76m, Fee("large-standard", pound, new LocalDate(2026, 4, 17), 20m)); // 4.60 × 1.035 = 4.761
        Assert.Equal(0.035m, Fba.FeeCards.Single(c => c.Tier == "large-standard" && c.Period.Contains(new LocalDate(2026, 4, 17))).SurchargeRate);
    }

    [Fact]
    public void The_2026_peak_card_is_in_force_on_26_November_2026()
    {
        var today = new LocalDate(2026, 11, 26);
        FbaFulfilmentFee fee = Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), today, Money.Of(20m, "USD"));
        Assert.Equal(Money.Of(3.63m, "USD"), fee.Amount); // peak $3.51 × 1.035 = 3.63285
        Assert.Equal(FbaPriceBand.AtMost(50m), fee.PriceBand);
        Assert.Equal(new LocalDate(2027, 1, 14), fee.Provenance.Period.ValidTo);
        Assert.Contains("GABBX6GZPA8MSZGW", fee.Provenance.Source.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_dependent_card_needs_the_price()
    {
        var ex = Assert.Throws<ArgumentException>(() => Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), March2026));
        Assert.Equal("salePrice", ex.ParamName);
        Assert.Contains("price below 10", ex.Message, StringComparison.Ordinal);
        Assert.False(Fba.TryGetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), March2026, null, out _));
        FbaFulfilmentFeeCard card = Fba.FeeCards.First(c => c.IsPriceDependent);
        Assert.Throws<InvalidOperationException>(() => card.FeeFor(Mass.FromOunces(2)));
    }

    [Fact]
    public void Bulky_2026_cards_are_not_guessed()
    {
        // The 2026 small bulky tier was not sourced, so neither bulky card is encoded: no wrong large-bulky fee.
        Assert.Throws<RecordNotInForceException>(() => Fee("large-bulky", Mass.FromPounds(8), March2026, 30m));
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Unit_economics_step_at_the_price_bands()
    {
        var sale = new SaleContext(Us, March2026, Currency.USD, Percentage.Zero, false);
        var input = new ListingInput("home-and-kitchen", Money.Of(2m, "USD"))
        {
            Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(2)),
        };
        ListingModel model = PricingEngine.Default.Model(sale, input);
        Assert.Equal(2.43m, model.At(Money.Of(9.99m, "USD")).Fulfilment.Amount);
        Assert.Equal(3.32m, model.At(Money.Of(10.00m, "USD")).Fulfilment.Amount);
        Assert.Equal(3.32m, model.At(Money.Of(50.00m, "USD")).Fulfilment.Amount);
        UnitEconomics high = model.At(Money.Of(50.01m, "USD"));
        Assert.Equal(3.58m, high.Fulfilment.Amount);
        Assert.Contains("any other price", high.Lines.Single(l => l.Kind == BreakdownLineKind.Fulfilment).Explanation, StringComparison.Ordinal);
        Assert.Contains("price below 10", model.At(Money.Of(9.99m, "USD")).Lines.Single(l => l.Kind == BreakdownLineKind.Fulfilment).Explanation, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Solver_on_the_2026_card_reaches_the_target_and_one_cent_less_does_not() =>
        Prop.ForAll(
            Gen.Choose(0, 6000).Select(c => c / 100m).ToArbitrary(),
            Gen.Choose(50, 3000).Select(c => c / 100m).ToArbitrary(),
            (profit, landed) =>
            {
                var sale = new SaleContext(Us, March2026, Currency.USD, Percentage.Zero, false);
                var input = new ListingInput("home-and-kitchen", Money.Of(landed, "USD"))
                {
                    Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6)),
                };
                ListingModel model = PricingEngine.Default.Model(sale, input);
                PriceSolution s = model.Solve(PriceTarget.ProfitPerUnit(Money.Of(profit, "USD")), PriceEnding.None);
                if (!s.IsReachable)
                {
                    return false;
                }

                decimal p = s.Price!.Value.Amount;
                bool reaches = model.At(Money.Of(p, "USD")).NetProfit.Amount >= profit;
                bool lessFails = p <= 0.01m || model.At(Money.Of(p - 0.01m, "USD")).NetProfit.Amount < profit;
                decimal sum = model.At(Money.Of(p, "USD")).Lines.Sum(l => l.Amount.Amount);
                return reaches && lessFails && sum == p;
            });
}
