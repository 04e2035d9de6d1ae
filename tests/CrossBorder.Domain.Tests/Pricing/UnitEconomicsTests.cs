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

public class UnitEconomicsTests
{
    internal static readonly LocalDate Day = new(2025, 6, 1);

    internal static SaleContext Us => new(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, Percentage.Zero, false);

    internal static SaleContext De => new(MarketplaceId.Parse("amazon-de"), Day, Currency.EUR, Percentage.FromPercent(19), true);

    internal static ListingInput FbaSmall(decimal landed, string currency = "USD") =>
        new("home-and-kitchen", new UnitCost(Money.Of(landed, currency), "landed-cost quote Q-17"))
        {
            Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6)),
        };

    [Fact]
    public void Worked_example_amazon_us_home_and_kitchen_fba_small_standard()
    {
        // Referral 15% × 24.99 = 3.7485 → 3.75 (Amazon fee schedule 200336920); FBA small standard 4-6 oz $3.24 (2025 card).
        UnitEconomics ue = PricingEngine.Default.Model(Us, FbaSmall(6m)).At(Money.Of(24.99m, "USD"));
        Assert.Equal(Money.Of(3.75m, "USD"), ue.MarketplaceFees);
        Assert.Equal(Money.Of(3.24m, "USD"), ue.Fulfilment);
        Assert.Equal(Money.Of(12.00m, "USD"), ue.NetProfit);
        Assert.Equal(Percentage.FromFraction(Math.Round(12m / 24.99m, 6)), ue.NetMargin);
        Assert.Equal(Percentage.FromPercent(200), ue.ReturnOnLandedCost);
        Assert.Equal(ue.NetMargin, ue.BreakEvenAcos); // no advertising: contribution = net profit, price = net revenue
        Assert.Contains(ue.Lines, l => l.Kind == BreakdownLineKind.MarketplaceFee && l.Explanation.Contains("sellercentral.amazon.com", StringComparison.Ordinal));
        Assert.Contains("landed-cost quote Q-17", ue.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Amazon_de_fee_is_on_the_vat_inclusive_price_and_vat_is_a_line()
    {
        ListingInput input = new("home-and-kitchen", new UnitCost(Money.Of(5m, "EUR")));
        UnitEconomics ue = PricingEngine.Default.Model(De, input).At(Money.Of(23.80m, "EUR"));
        Assert.Equal(Money.Of(3.80m, "EUR"), ue.Vat);
        Assert.Equal(Money.Of(20.00m, "EUR"), ue.NetRevenue);
        Assert.Equal(Money.Of(3.57m, "EUR"), ue.MarketplaceFees); // 15% of 23.80
        Assert.Equal(Money.Of(11.43m, "EUR"), ue.NetProfit);
        Assert.Contains("19%", ue.Lines[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_returns_advertising_and_payment_lines_explain_themselves()
    {
        ListingInput input = FbaSmall(6m) with
        {
            DaysInStock = 30,
            Returns = new ReturnAssumptions(Percentage.FromPercent(10), Percentage.FromPercent(50), Money.Of(1m, "USD"), Percentage.FromPercent(20)),
            Advertising = AdvertisingAssumptions.FromAcos(Percentage.FromPercent(30), Percentage.FromPercent(40)),
            PaymentCosts = new[] { new PaymentCost("currency conversion", Percentage.FromPercent(1.5m)) },
        };
        UnitEconomics ue = PricingEngine.Default.Model(Us, input).At(Money.Of(24.99m, "USD"));
        decimal cubicFeet = 40m * 16.387064m / 28316.846592m;
        Assert.Equal(Math.Round(cubicFeet * 0.78m * 30m / 30m, 8), ue.Storage.Amount);         // June: off-peak $0.78/ft³, kept to 8 decimals
        Assert.Equal(0.10m * ((0.20m * 3.75m) + (0.5m * 6m) + 1m), ue.Returns.Amount);         // 0.475
        Assert.Equal(0.12m * 24.99m, ue.Advertising.Amount);                                   // TACoS = 30% × 40%
        Assert.Equal(Money.Of(0.37m, "USD"), ue.Payment);                                      // 1.5% × 24.99 = 0.37485
        Assert.Equal(ue.Contribution - ue.Advertising, ue.NetProfit);
        Assert.Equal(8, ue.Lines.Count); // referral, FBA, storage, landed, returns, payment, advertising, net profit (no VAT in the US)
        Assert.All(ue.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Explanation)));
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_argument_named()
    {
        ListingModel model = PricingEngine.Default.Model(Us, FbaSmall(6m));
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => model.At(Money.Of(0m, "USD"))).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => model.At(Money.Of(-1m, "USD"))).ParamName);
        Assert.Equal("price", Assert.Throws<CurrencyMismatchException>(() => model.At(Money.Of(10m, "EUR"))).ParamName);
        Assert.Throws<UnknownFeeCategoryException>(() => PricingEngine.Default.Model(Us, new ListingInput("spaceships", Money.Of(1m, "USD"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReturnAssumptions(Percentage.FromPercent(120), Percentage.Zero));
        Assert.Equal("VatRate", Assert.Throws<ArgumentOutOfRangeException>(() => De with { VatRate = Percentage.FromPercent(150) }).ParamName);
        Assert.Equal("DaysInStock", Assert.Throws<ArgumentOutOfRangeException>(() => FbaSmall(1m) with { DaysInStock = -1 }).ParamName);
        Assert.Equal("Amount", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCost(Money.Of(1m, "USD")) with { Amount = Money.Of(-1m, "USD") }).ParamName);
        Assert.Throws<FbaNotEligibleException>(() => PricingEngine.Default.Model(
            new SaleContext(MarketplaceId.Parse("ebay-us"), Day, Currency.USD, Percentage.Zero, false),
            new ListingInput("most-categories", Money.Of(1m, "USD")) { Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(1, 1, 1, LengthUnit.Inch), Mass.FromOunces(1)) }));
    }

    public static Arbitrary<decimal> Prices() => Gen.Choose(1, 300_000).Select(c => c / 100m).ToArbitrary();

    private static readonly string[] UsCategories = { "home-and-kitchen", "beauty-health-personal-care", "electronics-accessories", "clothing-and-accessories", "furniture", "books", "consumer-electronics" };

    [Property(Arbitrary = new[] { typeof(UnitEconomicsTests) })]
    public Property Breakdown_lines_sum_exactly_to_the_price() =>
        Prop.ForAll(Prices(), Gen.Elements(UsCategories).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (price, category, de) =>
        {
            SaleContext sale = de ? De : Us;
            string currency = de ? "EUR" : "USD";
            string cat = de ? "home-and-kitchen" : category;
            ListingInput input = new ListingInput(cat, Money.Of(3.33m, currency))
            {
                Returns = new ReturnAssumptions(Percentage.FromPercent(7), Percentage.FromPercent(30), Money.Of(0.5m, currency), Percentage.FromPercent(20)),
                Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(9)),
                PaymentCosts = new[] { new PaymentCost("FX", Percentage.FromPercent(1.25m)) },
            };
            if (!de)
            {
                input = input with { Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(12, 9, 2, LengthUnit.Inch), Mass.FromPounds(1.3m)), DaysInStock = 45 };
            }

            UnitEconomics ue = PricingEngine.Default.Model(sale, input).At(Money.Of(price, currency));
            return ue.Lines.Sum(l => l.Amount.Amount) == price;
        });

    [Property(Arbitrary = new[] { typeof(UnitEconomicsTests) })]
    public Property Vat_inclusive_and_vat_exclusive_computations_agree() =>
        Prop.ForAll(Gen.Choose(1, 5000).Select(n => (decimal)n).ToArbitrary(), net =>
        {
            ListingInput input = new("home-and-kitchen", Money.Of(4m, "EUR"));
            UnitEconomics inclusive = PricingEngine.Default.Model(De, input).At(Money.Of(net * 1.19m, "EUR"));
            UnitEconomics exclusive = PricingEngine.Default.Model(De with { PricesIncludeVat = false }, input).At(Money.Of(net, "EUR"));
            return inclusive.NetProfit == exclusive.NetProfit && inclusive.MarketplaceFees == exclusive.MarketplaceFees && inclusive.NetRevenue == exclusive.NetRevenue;
        });

    [Property(Arbitrary = new[] { typeof(UnitEconomicsTests) })]
    public Property Profit_is_non_increasing_in_every_cost() =>
        Prop.ForAll(Prices(), Gen.Choose(0, 1000).Select(c => c / 100m).ToArbitrary(), (price, extra) =>
        {
            ListingInput baseInput = FbaSmall(5m) with
            {
                Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(20), Money.Of(1m, "USD")),
                Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(5)),
                DaysInStock = 30,
            };
            Money p = Money.Of(price, "USD");
            decimal profit = PricingEngine.Default.Model(Us, baseInput).At(p).NetProfit.Amount;
            ListingInput[] dearer =
            {
                baseInput with { LandedCost = Money.Of(5m + extra, "USD") },
                baseInput with { DaysInStock = 30 + (int)(extra * 10) },
                baseInput with { Returns = baseInput.Returns with { ReturnRate = Percentage.FromFraction(0.05m + (extra / 100m)) } },
                baseInput with { Returns = baseInput.Returns with { ReturnShippingPerReturn = Money.Of(1m + extra, "USD") } },
                baseInput with { Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromFraction(0.05m + (extra / 100m))) },
                baseInput with { PaymentCosts = new[] { new PaymentCost("FX", Percentage.FromFraction(extra / 100m)) } },
            };
            return dearer.All(i => PricingEngine.Default.Model(Us, i).At(p).NetProfit.Amount <= profit);
        });
}
