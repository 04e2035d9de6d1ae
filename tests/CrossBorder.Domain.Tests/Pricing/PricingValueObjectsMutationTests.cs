using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// The pricing value objects pinned exactly: validation of every argument and init-only property (exception type, parameter
/// name, message), price endings at and around their boundaries, the explanation texts, and the promotion outcome at a profit of
/// exactly zero.
/// </summary>
public class PricingValueObjectsMutationTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    private static Money Gbp(decimal amount) => Money.Of(amount, "GBP");

    private static Percentage Pct(decimal percent) => Percentage.FromPercent(percent);

    private static void AssertOutOfRange(string param, string messagePart, Func<object?> action)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }

    // TikTok Shop UK: standard commission 9% (M2E Cloud, "TikTok Shop UK - Seller Fees Explained"), no FBA, a VAT-free context so
    // that the numbers are round: at GBP 100 the commission is GBP 9.00.
    private static readonly LocalDate Day = new(2026, 11, 26);

    private static SaleContext TikTok => new(MarketplaceId.Parse("tiktok-shop-uk"), Day, Currency.GBP, Percentage.Zero, false);

    private static ListingModel TikTokModel(decimal landed) => PricingEngine.Default.Model(TikTok, new ListingInput("most-categories", Gbp(landed)));

    // ---- PriceEnding ----

    [Fact]
    public void Price_ending_names()
    {
        Assert.Equal("none", PriceEnding.None.Name);
        Assert.Equal(".99", PriceEnding.NinetyNine.Name);
        Assert.Equal(".95", PriceEnding.NinetyFive.Name);
        Assert.Equal("whole unit", PriceEnding.WholeUnit.Name);
        Assert.Equal("whole unit", PriceEnding.WholeUnit.ToString());
        Assert.Equal(".99", PriceEnding.NinetyNine.ToString());
    }

    [Theory]
    [InlineData(".99", 12.50, 12.99)]
    [InlineData(".99", 12.99, 12.99)]   // already ending in .99: kept
    [InlineData(".99", 12.995, 13.99)]  // just above: the next one
    [InlineData(".99", 12.00, 12.99)]
    [InlineData(".95", 12.95, 12.95)]
    [InlineData(".95", 12.96, 13.95)]
    [InlineData("whole unit", 12.30, 13)]
    [InlineData("whole unit", 12.00, 12)]
    [InlineData("none", 12.301, 12.31)] // any price in minor units: rounded up
    [InlineData("none", 12.30, 12.30)]
    public void Apply_returns_the_smallest_price_at_or_above_with_the_ending(string ending, double minimum, double expected)
    {
        PriceEnding e = new[] { PriceEnding.None, PriceEnding.NinetyNine, PriceEnding.NinetyFive, PriceEnding.WholeUnit }.Single(x => x.Name == ending);
        Assert.Equal(Usd((decimal)expected), e.Apply(Usd((decimal)minimum)));
    }

    [Fact]
    public void Next_is_strictly_above()
    {
        Assert.Equal(Usd(12.31m), PriceEnding.None.Next(Usd(12.30m)));
        Assert.Equal(Money.Of(101m, "JPY"), PriceEnding.None.Next(Money.Of(100m, "JPY")));
        Assert.Equal(Money.Of(12.346m, "KWD"), PriceEnding.None.Next(Money.Of(12.345m, "KWD")));
        Assert.Equal(Usd(13.99m), PriceEnding.NinetyNine.Next(Usd(12.99m)));
        Assert.Equal(Usd(12.99m), PriceEnding.NinetyNine.Next(Usd(12.50m)));
        Assert.Equal(Usd(13.95m), PriceEnding.NinetyFive.Next(Usd(12.95m)));
        Assert.Equal(Usd(13m), PriceEnding.WholeUnit.Next(Usd(12m)));
        Assert.Equal(Money.Of(1981m, "JPY"), PriceEnding.WholeUnit.Next(Money.Of(1980m, "JPY")));
    }

    [Fact]
    public void A_cents_ending_in_a_currency_without_cents_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriceEnding.NinetyNine.Apply(Money.Of(1980m, "JPY")));
        Assert.Equal("minimum", ex.ParamName);
        Assert.StartsWith("The .99 ending needs two decimals, but JPY has 0; use PriceEnding.WholeUnit.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Of(1980m, "JPY"), PriceEnding.WholeUnit.Apply(Money.Of(1980m, "JPY")));
        Assert.Equal(Money.Of(1981m, "JPY"), PriceEnding.WholeUnit.Apply(Money.Of(1980.5m, "JPY")));
    }

    [Fact]
    public void The_refusal_names_the_minor_units_the_currency_has()
    {
        // XTS is ISO 4217's code reserved for testing; give it one decimal to see the count in the message.
        var oneDecimal = new Currency("XTS", 963, 1, "test currency with one decimal", "XTS", false);
        var ex = Assert.Throws<ArgumentException>(() => PriceEnding.NinetyFive.Apply(new Money(12.3m, oneDecimal)));
        Assert.Equal("minimum", ex.ParamName);
        Assert.StartsWith("The .95 ending needs two decimals, but XTS has 1; use PriceEnding.WholeUnit.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new Money(12.4m, oneDecimal), PriceEnding.None.Next(new Money(12.3m, oneDecimal)));
    }

    // ---- BreakdownLine ----

    [Fact]
    public void Breakdown_line_explanation_with_and_without_rule_and_provenance()
    {
        var plain = new BreakdownLine(BreakdownLineKind.LandedCost, "landed cost", Usd(6m));
        Assert.Equal("landed cost USD 6.00", plain.Explanation);
        Assert.Equal(plain.Explanation, plain.ToString());

        var ruled = new BreakdownLine(BreakdownLineKind.LandedCost, "landed cost", Usd(6m), "quote Q-17");
        Assert.Equal("landed cost USD 6.00: quote Q-17", ruled.Explanation);

        var source = new Source("Fee page", "https://example.com/fees", new LocalDate(2026, 11, 25));
        var provenance = new Provenance("marketplace-fees", "amazon-us/books", EffectivePeriod.Between(new LocalDate(2024, 1, 15), new LocalDate(2026, 1, 14)), source, new LocalDate(2025, 6, 1));
        var sourced = new BreakdownLine(BreakdownLineKind.MarketplaceFee, "referral fee", Usd(1.5m), "15%", provenance);
        Assert.Equal("referral fee USD 1.50: 15% [marketplace-fees amazon-us/books, in force 2024-01-15..2026-01-14, https://example.com/fees]", sourced.Explanation);

        var sourcedOnly = new BreakdownLine(BreakdownLineKind.MarketplaceFee, "referral fee", Usd(1.5m), null, provenance);
        Assert.Equal("referral fee USD 1.50 [marketplace-fees amazon-us/books, in force 2024-01-15..2026-01-14, https://example.com/fees]", sourcedOnly.Explanation);
    }

    [Fact]
    public void Breakdown_line_equality_compares_every_field()
    {
        var a = new BreakdownLine(BreakdownLineKind.LandedCost, "landed cost", Usd(6m), "quote");
        var same = new BreakdownLine(BreakdownLineKind.LandedCost, "landed cost", Usd(6m), "quote");
        BreakdownLine[] different =
        {
            new(BreakdownLineKind.Fulfilment, "landed cost", Usd(6m), "quote"),
            new(BreakdownLineKind.LandedCost, "landed", Usd(6m), "quote"),
            new(BreakdownLineKind.LandedCost, "landed cost", Usd(7m), "quote"),
            new(BreakdownLineKind.LandedCost, "landed cost", Usd(6m), "other"),
            new(BreakdownLineKind.LandedCost, "landed cost", Usd(6m), "quote", new Provenance("t", "k", EffectivePeriod.Always, Source.UserSupplied("me", Day), Day)),
        };

        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        foreach (BreakdownLine d in different)
        {
            Assert.False(a.Equals(d));
            Assert.False(a == d);
            Assert.True(a != d);
        }

        Assert.False(a.Equals((object)"landed cost USD 6.00"));
    }

    // ---- UnitEconomics ----

    [Fact]
    public void Unit_economics_worked_example_and_explanation()
    {
        // GBP 100, commission 9% = 9.00, landed 81 → net profit 10.00, gross profit 19.00.
        UnitEconomics ue = TikTokModel(81m).At(Gbp(100m));
        Assert.Equal(Gbp(9m), ue.MarketplaceFees);
        Assert.Equal(Gbp(100m), ue.NetRevenue);
        Assert.Equal(Gbp(19m), ue.GrossProfit);
        Assert.Equal(Gbp(10m), ue.NetProfit);
        Assert.Equal(Pct(19), ue.GrossMargin);
        Assert.Equal(Pct(10), ue.NetMargin);
        Assert.Equal(Percentage.FromFraction(0.123457m), ue.ReturnOnLandedCost); // 10 / 81 to 6 decimals
        Assert.Equal(Pct(10), ue.BreakEvenAcos);

        string nl = Environment.NewLine;
        Assert.Equal(
            "Price GBP 100.00 on tiktok-shop-uk on 2026-11-26" + nl
            + "  commission fee GBP 9.00: commission fee: whole-price bands [above: 9%] of the price including tax [marketplace-fees tiktok-shop-uk/most-categories, in force 2026-11-25.., https://docs.m2ecloud.com/docs/tiktok-shop-seller-fees-uk/]" + nl
            + "  landed cost GBP 81.00: caller's input" + nl
            + "  net profit GBP 10.00: price minus every line above" + nl
            + "  net margin 10%, ROI 12.3457%, break-even ACoS 10%",
            ue.Explain());
        Assert.Equal("GBP 100.00 → net profit GBP 10.00 (10% net margin)", ue.ToString());
    }

    [Fact]
    public void Ratios_over_a_zero_landed_cost_are_zero_not_a_division_error()
    {
        UnitEconomics ue = TikTokModel(0m).At(Gbp(100m));
        Assert.Equal(Gbp(91m), ue.NetProfit);
        Assert.Equal(Percentage.Zero, ue.ReturnOnLandedCost);
        Assert.Equal(Pct(91), ue.NetMargin);
        Assert.Equal(Gbp(100m), ue.GrossProfit);
    }

    // ---- PromotionOutcome ----

    [Fact]
    public void A_regular_price_that_makes_exactly_nothing_has_no_profit_to_keep()
    {
        // GBP 100 - 9.00 commission - 91 landed = 0.00; 10% off → GBP 90, commission 8.10 → loss 9.10.
        PromotionOutcome o = TikTokModel(91m).Promote(Gbp(100m), Promotion.PercentageCoupon(Pct(10), Gbp(0m)));
        Assert.Equal(Gbp(0m), o.Regular.NetProfit);
        Assert.Equal(Gbp(-9.10m), o.Promotional.NetProfit);
        Assert.Null(o.UpliftNeeded);
        Assert.Equal("The regular price makes no profit, so there is no profit to keep; the promotion changes the loss per unit from GBP 0.00 to GBP -9.10.", o.Reason);
        Assert.Equal(Gbp(-9.10m), o.ProfitChangePerUnit);
    }

    [Fact]
    public void A_promotional_price_that_makes_exactly_nothing_needs_no_uplift_it_cannot_get()
    {
        // GBP 100 - 9.00 - 81 = 10.00; 10% off with a GBP 0.90 redemption fee → 90 - 8.10 - 81 - 0.90 = 0.00.
        PromotionOutcome o = TikTokModel(81m).Promote(Gbp(100m), Promotion.PercentageCoupon(Pct(10), Gbp(0.90m)));
        Assert.Equal(Gbp(10m), o.Regular.NetProfit);
        Assert.Equal(Gbp(0m), o.Promotional.NetProfit);
        Assert.Null(o.UpliftNeeded);
        Assert.Equal("At the promotional price each unit makes GBP 0.00, so no sales uplift keeps the same total profit.", o.Reason);
    }

    [Fact]
    public void A_profitable_promotion_gives_the_uplift_needed()
    {
        // 10.00 regular; 10% off without fee → 90 - 8.10 - 81 = 0.90 → uplift 10 / 0.90 - 1 = 1011.1111%.
        PromotionOutcome o = TikTokModel(81m).Promote(Gbp(100m), Promotion.PercentageCoupon(Pct(10), Gbp(0m)));
        Assert.Equal(Gbp(0.90m), o.Promotional.NetProfit);
        Assert.Equal(Percentage.FromFraction(10.111111m), o.UpliftNeeded);
        Assert.Null(o.Reason);
    }

    // ---- Promotion ----

    [Fact]
    public void Promotion_names()
    {
        Assert.Equal("coupon 20%", Promotion.PercentageCoupon(Pct(20), Usd(0.60m)).Name);
        Assert.Equal("coupon USD 2.50 off", Promotion.AmountCoupon(Usd(2.50m), Usd(0.60m)).Name);
        Assert.Equal("Prime-exclusive 10%", Promotion.PrimeExclusiveDiscount(Pct(10)).Name);
        Assert.Equal("buy 3+ save 10%", Promotion.VolumeDiscount(3, Pct(10)).Name);
        Assert.Equal("lightning deal", Promotion.Deal("lightning deal", Pct(15), Usd(70m), 100).Name);
    }

    [Fact]
    public void Promotion_arguments_are_checked_by_name()
    {
        AssertOutOfRange("amountOff", "amountOff was 0; it must be greater than zero.", () => Promotion.AmountCoupon(Usd(0m), Usd(0.60m)));
        AssertOutOfRange("amountOff", "amountOff was -1", () => Promotion.AmountCoupon(Usd(-1m), Usd(0.60m)));
        AssertOutOfRange("feePerRedemption", "feePerRedemption was -0.01; it must be zero or greater.", () => Promotion.PercentageCoupon(Pct(20), Usd(-0.01m)));
        AssertOutOfRange("feePerRedemption", "feePerRedemption was -0.01", () => Promotion.AmountCoupon(Usd(1m), Usd(-0.01m)));
        AssertOutOfRange("fixedFee", "fixedFee was -1", () => Promotion.Deal("deal", Pct(15), Usd(-1m), 10));
        AssertOutOfRange("feePerUnit", "feePerUnit was -1", () => Promotion.PrimeExclusiveDiscount(Pct(10), Usd(-1m)));
        AssertOutOfRange("percentOff", "percentOff was 0%; it must be above 0% and below 100%.", () => Promotion.PercentageCoupon(Percentage.Zero, Usd(0.60m)));
        AssertOutOfRange("percentOff", "percentOff was 100%; it must be above 0% and below 100%.", () => Promotion.PercentageCoupon(Pct(100), Usd(0.60m)));
        AssertOutOfRange("percentOff", "percentOff was -5%", () => Promotion.VolumeDiscount(2, Pct(-5)));
        Assert.Equal(Pct(0.01m), Promotion.PrimeExclusiveDiscount(Pct(0.01m)).PercentOff);
        Assert.Equal(Usd(0m), Promotion.PercentageCoupon(Pct(20), Usd(0m)).FeePerUnit);
    }

    [Fact]
    public void A_promotion_that_leaves_nothing_to_pay_is_refused()
    {
        var coupon = Promotion.AmountCoupon(Usd(30m), Usd(0m));
        AssertOutOfRange("listPrice", "listPrice was USD 24.99; the promotion coupon USD 30.00 off leaves nothing to pay.", () => coupon.PromotionalPrice(Usd(24.99m)));
        AssertOutOfRange("listPrice", "leaves nothing to pay", () => Promotion.AmountCoupon(Usd(24.99m), Usd(0m)).PromotionalPrice(Usd(24.99m)));
        Assert.Equal(Usd(0.01m), Promotion.AmountCoupon(Usd(24.98m), Usd(0m)).PromotionalPrice(Usd(24.99m)));
    }

    [Fact]
    public void Promotion_fees_must_be_in_the_listing_currency()
    {
        var coupon = Promotion.PercentageCoupon(Pct(20), Usd(0.60m));
        var ex = Assert.Throws<CurrencyMismatchException>(() => coupon.FeesPerUnit(Currency.EUR));
        Assert.Equal("currency", ex.ParamName);
        var deal = Promotion.Deal("deal", Pct(15), Usd(70m), 100);
        Assert.Equal("currency", Assert.Throws<CurrencyMismatchException>(() => deal.FeesPerUnit(Currency.GBP)).ParamName);
        Assert.Equal(Usd(0.70m), deal.FeesPerUnit(Currency.USD));
        Assert.Equal(Usd(0.60m), coupon.FeesPerUnit(Currency.USD));
    }

    // ---- PriceTarget and PriceSolution ----

    [Fact]
    public void Price_target_limits_are_exclusive_at_minus_one_hundred_percent()
    {
        AssertOutOfRange("margin", "margin was -100%; a net margin target must be above -100% and below 100%", () => PriceTarget.NetMargin(Pct(-100)));
        AssertOutOfRange("margin", "margin was 100%", () => PriceTarget.NetMargin(Pct(100)));
        AssertOutOfRange("roi", "roi was -100%; it must be above -100%.", () => PriceTarget.ReturnOnLandedCost(Pct(-100)));
        AssertOutOfRange("roi", "roi was -150%; it must be above -100%.", () => PriceTarget.ReturnOnLandedCost(Pct(-150)));
        Assert.Equal(Pct(-99.9m), PriceTarget.NetMargin(Pct(-99.9m)).Rate);
        Assert.Equal(Pct(-99.9m), PriceTarget.ReturnOnLandedCost(Pct(-99.9m)).Rate);
    }

    [Fact]
    public void Price_target_text()
    {
        Assert.Equal("net margin 25%", PriceTarget.NetMargin(Pct(25)).ToString());
        Assert.Equal("ROI 50%", PriceTarget.ReturnOnLandedCost(Pct(50)).ToString());
        Assert.Equal("profit USD 2.00", PriceTarget.ProfitPerUnit(Usd(2m)).ToString());
        Assert.Equal("profit GBP 0.00", PriceTarget.BreakEven(Currency.GBP).ToString());
    }

    [Fact]
    public void Price_solution_text_for_a_reachable_and_an_unreachable_target()
    {
        ListingModel model = TikTokModel(81m);
        PriceSolution reachable = model.Solve(PriceTarget.ProfitPerUnit(Gbp(10m))); // 0.91 p - 81 = 10 → p = 100
        Assert.True(reachable.IsReachable);
        Assert.Equal(Gbp(100m), reachable.Price);
        Assert.Equal("profit GBP 10.00: GBP 100.00 (minimum GBP 100.00), " + reachable.Economics, reachable.ToString());

        PriceSolution unreachable = model.Solve(PriceTarget.NetMargin(Pct(95))); // fees alone take 9%
        Assert.False(unreachable.IsReachable);
        Assert.NotNull(unreachable.Reason);
        Assert.Equal("net margin 95%: no price reaches it — " + unreachable.Reason, unreachable.ToString());
    }

    [Fact]
    public void Sensitivity_monthly_deltas_multiply_by_units()
    {
        var r = new SensitivityResult(CostDriver.AdSpend, Usd(-0.25m), Usd(0.25m), 300);
        Assert.Equal(Usd(-75m), r.MonthlyDeltaUp);
        Assert.Equal(Usd(75m), r.MonthlyDeltaDown);
        Assert.Equal(Usd(0.50m), r.Swing);
    }

    // ---- SaleContext ----

    [Fact]
    public void Sale_context_arguments_are_checked_by_name()
    {
        var m = Assert.Throws<ArgumentException>(() => new SaleContext(default, Day, Currency.USD, Percentage.Zero, false));
        Assert.Equal("marketplace", m.ParamName);
        Assert.StartsWith("marketplace must be a parsed MarketplaceId such as amazon-us, not default.", m.Message, StringComparison.Ordinal);
        AssertOutOfRange("vatRate", "vatRate was 1.5; it must be in the range [0, 1].", () => new SaleContext(MarketplaceId.Parse("amazon-de"), Day, Currency.EUR, Pct(150), true));
        AssertOutOfRange("vatRate", "vatRate was -0.01", () => new SaleContext(MarketplaceId.Parse("amazon-de"), Day, Currency.EUR, Pct(-1), true));
        AssertOutOfRange("salesTaxRate", "salesTaxRate was 1.1", () => new SaleContext(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, Percentage.Zero, false, Pct(110)));
        AssertOutOfRange("SalesTaxRate", "SalesTaxRate was -0.01", () => _ = TikTok with { SalesTaxRate = Pct(-1) });
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new SaleContext(MarketplaceId.Parse("amazon-us"), Day, null!, Percentage.Zero, false)).ParamName);
    }

    [Fact]
    public void A_marketplace_record_price_convention_overrides_the_tax_regime_default()
    {
        // Finland has a national VAT, so a marketplace without a recorded convention shows VAT-inclusive prices; a shop that
        // records VAT-exclusive prices keeps its own convention.
        var source = Source.UserSupplied("own shop", new LocalDate(2024, 1, 1));
        var exclusive = new Marketplace(MarketplaceId.Parse("shopify-fi"), Platform.Shopify, CountryCode.Parse("FI"), Currency.EUR, new[] { "fi" }, null, false, null,
            "Europe/Helsinki", null, EffectivePeriod.From(new LocalDate(2024, 1, 1)), source);
        var unrecorded = new Marketplace(MarketplaceId.Parse("shopify-fi2"), Platform.Shopify, CountryCode.Parse("FI"), Currency.EUR, new[] { "fi" }, null, null, null,
            "Europe/Helsinki", null, EffectivePeriod.From(new LocalDate(2024, 1, 1)), source);
        Markets markets = Markets.Default.WithMarketplaces(new[] { exclusive, unrecorded });

        Assert.False(SaleContext.ForMarketplace(exclusive.Id, new LocalDate(2025, 1, 1), markets).PricesIncludeVat);
        Assert.True(SaleContext.ForMarketplace(unrecorded.Id, new LocalDate(2025, 1, 1), markets).PricesIncludeVat);
    }

    // ---- Assumption records ----

    [Fact]
    public void Return_assumptions_are_checked_by_name()
    {
        AssertOutOfRange("returnRate", "returnRate was 1.2; it must be in the range [0, 1].", () => new ReturnAssumptions(Pct(120), Percentage.Zero));
        AssertOutOfRange("returnRate", "returnRate was -0.01", () => new ReturnAssumptions(Pct(-1), Percentage.Zero));
        AssertOutOfRange("unsellableShare", "unsellableShare was 1.01", () => new ReturnAssumptions(Pct(5), Pct(101)));
        AssertOutOfRange("sellingFeesNotRefunded", "sellingFeesNotRefunded was 2", () => new ReturnAssumptions(Pct(5), Pct(10), null, Pct(200)));
        AssertOutOfRange("returnShippingPerReturn", "returnShippingPerReturn was -1; it must be zero or greater.", () => new ReturnAssumptions(Pct(5), Pct(10), Usd(-1m)));
        var ok = new ReturnAssumptions(Pct(5), Pct(10), Usd(0m), Pct(100));
        Assert.Equal(Usd(0m), ok.ReturnShippingPerReturn);
        AssertOutOfRange("ReturnRate", "ReturnRate was 1.2", () => _ = ok with { ReturnRate = Pct(120) });
        AssertOutOfRange("UnsellableShare", "UnsellableShare was -0.01", () => _ = ok with { UnsellableShare = Pct(-1) });
        AssertOutOfRange("SellingFeesNotRefunded", "SellingFeesNotRefunded was 1.5", () => _ = ok with { SellingFeesNotRefunded = Pct(150) });
    }

    [Fact]
    public void Landed_cost_parts_are_checked_by_name()
    {
        AssertOutOfRange("duty", "duty was -0.01; it must be zero or greater.", () => new LandedCostParts(Usd(-0.01m), Usd(1m), Pct(50)));
        AssertOutOfRange("freight", "freight was -1", () => new LandedCostParts(Usd(0m), Usd(-1m), Pct(50)));
        AssertOutOfRange("foreignCurrencyShare", "foreignCurrencyShare was 1.01", () => new LandedCostParts(Usd(0m), Usd(1m), Pct(101)));
        AssertOutOfRange("foreignCurrencyShare", "foreignCurrencyShare was -0.01", () => new LandedCostParts(Usd(0m), Usd(1m), Pct(-1)));
        var ok = new LandedCostParts(Usd(0m), Usd(0m), Percentage.OneHundred);
        AssertOutOfRange("Duty", "Duty was -1", () => _ = ok with { Duty = Usd(-1m) });
        AssertOutOfRange("Freight", "Freight was -1", () => _ = ok with { Freight = Usd(-1m) });
        AssertOutOfRange("ForeignCurrencyShare", "ForeignCurrencyShare was 2", () => _ = ok with { ForeignCurrencyShare = Pct(200) });
    }

    [Fact]
    public void Advertising_assumptions_are_checked_by_name()
    {
        AssertOutOfRange("tacos", "tacos was 1.01; it must be in the range [0, 1].", () => AdvertisingAssumptions.FromTacos(Pct(101)));
        AssertOutOfRange("tacos", "tacos was -0.01", () => AdvertisingAssumptions.FromTacos(Pct(-1)));
        AssertOutOfRange("acos", "acos was 10.01; it must be in the range [0, 10].", () => AdvertisingAssumptions.FromAcos(Pct(1001), Pct(50)));
        AssertOutOfRange("attributedShare", "attributedShare was 1.01", () => AdvertisingAssumptions.FromAcos(Pct(30), Pct(101)));
        Assert.Equal(Pct(300), AdvertisingAssumptions.FromAcos(Pct(1000), Pct(30)).Tacos);
        AdvertisingAssumptions ok = AdvertisingAssumptions.FromAcos(Pct(30), Pct(40));
        AssertOutOfRange("Acos", "Acos was 10.5", () => _ = ok with { Acos = Pct(1050) });
        AssertOutOfRange("AttributedShare", "AttributedShare was 1.5", () => _ = ok with { AttributedShare = Pct(150) });
    }

    [Fact]
    public void Payment_costs_are_checked_by_name()
    {
        AssertOutOfRange("rate", "rate was 1.5; it must be in the range [0, 1].", () => new PaymentCost("FX", Pct(150)));
        AssertOutOfRange("rate", "rate was -0.01", () => new PaymentCost("FX", Pct(-1)));
        AssertOutOfRange("fixedPerUnit", "fixedPerUnit was -0.30; it must be zero or greater.", () => new PaymentCost("card", Pct(2.9m), Usd(-0.30m)));
        var ok = new PaymentCost("card", Pct(2.9m), Usd(0.30m));
        Assert.Equal(Usd(0.30m), ok.FixedPerUnit);
        AssertOutOfRange("Rate", "Rate was 1.5", () => _ = ok with { Rate = Pct(150) });
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => _ = ok with { Name = " " }).ParamName);
    }

    [Fact]
    public void Fulfilment_labels_and_checks()
    {
        Assert.Equal("no fulfilment cost", Fulfilment.None.Label);
        Assert.False(Fulfilment.None.IsByAmazon);
        Assert.Null(Fulfilment.None.FixedCost);
        Fulfilment fba = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6));
        Assert.Equal("FBA fulfilment fee", fba.Label);
        Assert.True(fba.IsByAmazon);
        Assert.Equal("fulfilment cost", Fulfilment.Fixed(Usd(3m)).Label);
        Assert.Equal("3PL pick and pack", Fulfilment.Fixed(Usd(0m), "3PL pick and pack").Label);
        AssertOutOfRange("perUnit", "perUnit was -0.01; it must be zero or greater.", () => Fulfilment.Fixed(Usd(-0.01m)));
    }
}
