using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// Exact breakdown lines, explanations, taxes on the fee base, validation and what-if results of <see cref="ListingModel"/>:
/// the behaviour the mutation run found unasserted.
/// </summary>
public class ListingModelMutationTests
{
    private static readonly LocalDate Day = UnitEconomicsTests.Day;

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    private static ListingModel UsModel(ListingInput input) => PricingEngine.Default.Model(UnitEconomicsTests.Us, input);

    [Fact]
    public void A_bare_listing_has_exactly_the_fee_landed_cost_and_net_profit_lines()
    {
        UnitEconomics ue = UsModel(new ListingInput("home-and-kitchen", Usd(6m))).At(Usd(20m));
        Assert.Equal(
            new[] { BreakdownLineKind.MarketplaceFee, BreakdownLineKind.LandedCost, BreakdownLineKind.NetProfit },
            ue.Lines.Select(l => l.Kind).ToArray());
        Assert.Equal("referral fee", ue.Lines[0].Label);
        Assert.Equal(Usd(3.00m), ue.Lines[0].Amount);
        Assert.NotNull(ue.Lines[0].Rule);
        Assert.Contains("15%", ue.Lines[0].Rule, StringComparison.Ordinal);
        Assert.Equal("amazon-us/home-and-kitchen", ue.Lines[0].Provenance!.Key);
        Assert.Equal("landed cost", ue.Lines[1].Label);
        Assert.Equal("caller's input", ue.Lines[1].Rule);
        Assert.Equal(Usd(6m), ue.Lines[1].Amount);
        Assert.Equal("net profit", ue.Lines[2].Label);
        Assert.Equal("price minus every line above", ue.Lines[2].Rule);
        Assert.Equal(Usd(11.00m), ue.Lines[2].Amount);
        Assert.Equal(Usd(0m), ue.Fulfilment);
        Assert.Equal(Usd(0m), ue.Payment);
        Assert.Equal(Usd(0m), ue.Returns);
    }

    [Fact]
    public void Vat_line_is_rounded_to_the_cent_and_explained()
    {
        // 19.99 / 1.19 = 16.798319…, so the VAT contained is 3.191680… → 3.19 (invoiced in cents).
        UnitEconomics ue = PricingEngine.Default.Model(UnitEconomicsTests.De, new ListingInput("home-and-kitchen", Money.Of(5m, "EUR"))).At(Money.Of(19.99m, "EUR"));
        Assert.Equal(4, ue.Lines.Count); // VAT, referral, landed cost, net profit
        Assert.Equal(BreakdownLineKind.Vat, ue.Lines[0].Kind);
        Assert.Equal("VAT", ue.Lines[0].Label);
        Assert.Equal(Money.Of(3.19m, "EUR"), ue.Vat);
        Assert.Equal(Money.Of(16.80m, "EUR"), ue.NetRevenue);
        Assert.Equal("19% VAT contained in the VAT-inclusive price", ue.Lines[0].Rule);
        Assert.Equal(Money.Of(3.00m, "EUR"), ue.MarketplaceFees); // 15% × 19.99 = 2.9985 → 3.00
    }

    [Fact]
    public void Yen_amounts_are_rounded_to_whole_yen()
    {
        SaleContext jp = new(MarketplaceId.Parse("amazon-jp"), new LocalDate(2026, 12, 1), Currency.JPY, Percentage.FromPercent(10), true);
        UnitEconomics ue = PricingEngine.Default.Model(jp, new ListingInput("consumer-electronics", Money.Of(1000m, "JPY"))).At(Money.Of(1999m, "JPY"));
        Assert.Equal(Money.Of(182m, "JPY"), ue.Vat);             // 1999 − 1999 / 1.1 = 181.73
        Assert.Equal(Money.Of(160m, "JPY"), ue.MarketplaceFees); // 8% × 1999 = 159.92
        Assert.Equal(Money.Of(657m, "JPY"), ue.NetProfit);
    }

    [Fact]
    public void Every_optional_line_is_explained_exactly()
    {
        ListingInput input = UnitEconomicsTests.FbaSmall(6m) with
        {
            DaysInStock = 30,
            Returns = new ReturnAssumptions(Percentage.FromPercent(10), Percentage.FromPercent(50), Usd(1m), Percentage.FromPercent(20)),
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(12)),
            PaymentCosts = new[] { new PaymentCost("currency conversion", Percentage.FromPercent(1.5m), Usd(0.10m)), new PaymentCost("card", Percentage.FromPercent(2)) },
        };
        ListingModel model = UsModel(input);
        UnitEconomics ue = model.At(Usd(24.99m));
        Assert.Equal(
            new[]
            {
                BreakdownLineKind.MarketplaceFee, BreakdownLineKind.Fulfilment, BreakdownLineKind.Storage, BreakdownLineKind.LandedCost,
                BreakdownLineKind.Returns, BreakdownLineKind.Payment, BreakdownLineKind.Advertising, BreakdownLineKind.NetProfit,
            },
            ue.Lines.Select(l => l.Kind).ToArray());

        // Payment: 3.5% × 24.99 = 0.87465, plus 0.10 fixed = 0.97465 → 0.97.
        Assert.Equal(Usd(0.97m), ue.Payment);
        BreakdownLine payment = ue.Lines.Single(l => l.Kind == BreakdownLineKind.Payment);
        Assert.Equal("payment and FX", payment.Label);
        Assert.Equal("currency conversion 1.5% + USD 0.10; card 2% of what the buyer pays", payment.Rule);

        BreakdownLine returns = ue.Lines.Single(l => l.Kind == BreakdownLineKind.Returns);
        Assert.Equal("expected returns", returns.Label);
        Assert.Equal("10% return rate × (20% of fees not refunded + 50% unsellable × landed cost + 1 return shipping)", returns.Rule);

        BreakdownLine ads = ue.Lines.Single(l => l.Kind == BreakdownLineKind.Advertising);
        Assert.Equal("advertising", ads.Label);
        Assert.Equal("TACoS 12% of the price", ads.Rule);

        BreakdownLine storage = ue.Lines.Single(l => l.Kind == BreakdownLineKind.Storage);
        Assert.Equal("FBA monthly storage", storage.Label);
        Assert.Equal("0.0231 ft³ × 0.78 per month × 30 / 30 days", storage.Rule);
        Assert.Equal("amazon-us/standard", storage.Provenance!.Key);

        BreakdownLine fba = ue.Lines.Single(l => l.Kind == BreakdownLineKind.Fulfilment);
        Assert.Equal("FBA fulfilment fee", fba.Label);
        Assert.Equal(Usd(3.24m), fba.Amount);
        Assert.Equal("small-standard at shipping weight 6 oz, any other price", fba.Rule);
        Assert.Equal("amazon-us/small-standard", fba.Provenance!.Key);

        // Below $10 the low-price FBA fee applies, and the rule says by how much it is lower.
        BreakdownLine low = model.At(Usd(9.99m)).Lines.Single(l => l.Kind == BreakdownLineKind.Fulfilment);
        Assert.Equal(Usd(2.47m), low.Amount);
        Assert.Equal("small-standard at shipping weight 6 oz, price below 10 (low-price FBA, 0.77 less)", low.Rule);
        Assert.Equal(Usd(3.24m), model.At(Usd(10m)).Fulfilment);
    }

    [Fact]
    public void A_fixed_fulfilment_cost_is_its_own_line()
    {
        ListingInput input = new ListingInput("home-and-kitchen", Usd(6m)) { Fulfilment = Fulfilment.Fixed(Usd(2.50m), "3PL pick and pack") };
        UnitEconomics ue = UsModel(input).At(Usd(20m));
        Assert.Equal(4, ue.Lines.Count);
        BreakdownLine line = ue.Lines[1];
        Assert.Equal(BreakdownLineKind.Fulfilment, line.Kind);
        Assert.Equal("3PL pick and pack", line.Label);
        Assert.Equal(Usd(2.50m), line.Amount);
        Assert.Equal("fixed per unit (caller's input)", line.Rule);
        Assert.Equal(Usd(8.50m), ue.NetProfit);
    }

    [Fact]
    public void Inputs_in_another_currency_are_rejected_naming_the_listing_or_sale()
    {
        Money eur = Money.Of(1m, "EUR");
        ListingInput ok = new("home-and-kitchen", Usd(6m));
        AssertMismatch("listing", () => UsModel(new ListingInput("home-and-kitchen", Money.Of(6m, "EUR"))));
        AssertMismatch("listing", () => UsModel(ok with { Fulfilment = Fulfilment.Fixed(eur) }));
        AssertMismatch("listing", () => UsModel(ok with { Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(50), eur) }));
        AssertMismatch("listing", () => UsModel(ok with { PaymentCosts = new[] { new PaymentCost("FX", Percentage.FromPercent(1), eur) } }));
        AssertMismatch("sale", () => PricingEngine.Default.Model(new SaleContext(MarketplaceId.Parse("amazon-us"), Day, Currency.EUR, Percentage.Zero, false), new ListingInput("home-and-kitchen", eur)));

        static void AssertMismatch(string param, Func<ListingModel> make)
        {
            CurrencyMismatchException e = Assert.Throws<CurrencyMismatchException>(make);
            Assert.Equal(param, e.ParamName);
            Assert.Contains("EUR", e.Message, StringComparison.Ordinal);
            Assert.Contains("USD", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Us_sales_tax_is_in_the_base_of_ebay_fees_but_not_of_amazon_referral_fees()
    {
        SaleContext ebay = new(MarketplaceId.Parse("ebay-us"), Day, Currency.USD, Percentage.Zero, false, Percentage.FromPercent(8));
        UnitEconomics e = PricingEngine.Default.Model(ebay, new ListingInput("most-categories", Usd(10m))
        {
            PaymentCosts = new[] { new PaymentCost("FX", Percentage.FromPercent(1)) },
        }).At(Usd(50m));
        // Buyer pays 54.00: final value fee 13.6% × 54 = 7.344 → 7.34, per-order fee 0.40 (total above $10); FX 1% × 54.
        Assert.Equal(Usd(7.74m), e.MarketplaceFees);
        Assert.Equal(Usd(0.54m), e.Payment);
        Assert.Equal(Usd(31.72m), e.NetProfit);

        SaleContext usTaxed = UnitEconomicsTests.Us with { SalesTaxRate = Percentage.FromPercent(8) };
        UnitEconomics a = PricingEngine.Default.Model(usTaxed, new ListingInput("home-and-kitchen", Usd(6m))).At(Usd(20m));
        Assert.Equal(Usd(3.00m), a.MarketplaceFees); // 15% of the price before tax

        // A VAT-inclusive price with a sales tax on top (a fee on what the buyer pays): 23.80 × 1.05 = 24.99, 15% → 3.75.
        SaleContext deTaxed = UnitEconomicsTests.De with { SalesTaxRate = Percentage.FromPercent(5) };
        UnitEconomics d = PricingEngine.Default.Model(deTaxed, new ListingInput("home-and-kitchen", Money.Of(5m, "EUR"))).At(Money.Of(23.80m, "EUR"));
        Assert.Equal(Money.Of(3.80m, "EUR"), d.Vat);
        Assert.Equal(Money.Of(3.75m, "EUR"), d.MarketplaceFees);
    }

    [Fact]
    public void Promotion_fees_are_rounded_on_the_promotional_price_and_the_rule_names_every_fee()
    {
        ListingModel model = UsModel(UnitEconomicsTests.FbaSmall(6m));
        PromotionOutcome coupon = model.Promote(Usd(24.99m), Promotion.PercentageCoupon(Percentage.FromPercent(20), Usd(0.60m)));
        Assert.Equal(Usd(19.99m), coupon.Promotional.Price);
        Assert.Equal(Usd(3.00m), coupon.Promotional.MarketplaceFees); // 15% × 19.99 = 2.9985 → 3.00
        BreakdownLine line = coupon.Promotional.Lines.Single(l => l.Kind == BreakdownLineKind.Promotion);
        Assert.Equal("promotion fees", line.Label);
        Assert.Equal(Usd(0.60m), line.Amount);
        Assert.Equal("coupon 20%: price USD 19.99, fee per redemption USD 0.60", line.Rule);

        PromotionOutcome deal = model.Promote(Usd(24.99m), Promotion.Deal("lightning deal", Percentage.FromPercent(15), Usd(70m), 100));
        Assert.Equal("lightning deal: price USD 21.24, deal fee USD 70.00 over 100 units", deal.Promotional.Lines.Single(l => l.Kind == BreakdownLineKind.Promotion).Rule);

        Assert.Equal("promotion", Assert.Throws<ArgumentNullException>(() => model.Promote(Usd(24.99m), null!)).ParamName);
    }

    [Fact]
    public void Solve_rejects_bad_targets_naming_the_target()
    {
        ListingModel model = UsModel(new ListingInput("home-and-kitchen", Usd(6m)));
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => model.Solve(null!)).ParamName);
        CurrencyMismatchException mismatch = Assert.Throws<CurrencyMismatchException>(() => model.Solve(PriceTarget.ProfitPerUnit(Money.Of(1m, "EUR"))));
        Assert.Equal("target", mismatch.ParamName);
        ArgumentException roi = Assert.Throws<ArgumentException>(() => UsModel(new ListingInput("home-and-kitchen", Usd(0m))).Solve(PriceTarget.ReturnOnLandedCost(Percentage.FromPercent(50))));
        Assert.Equal("target", roi.ParamName);
        Assert.Contains("needs a landed cost above zero", roi.Message, StringComparison.Ordinal);
        Assert.Contains("profit target", roi.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ending_that_only_lands_in_a_dearer_fee_band_is_reported_unreachable()
    {
        // Beauty: 8% up to $10.00, 15% above. Landed $0.60, 86% margin: at $10.00, 10 − 0.80 − 0.60 = 8.60 = 86% (reached);
        // at $9.99, 8.59 < 8.5914. Every .99 price above $10 pays 15%, so the margin can only approach 85%.
        ListingModel model = UsModel(new ListingInput("beauty-health-personal-care", Usd(0.60m)));
        PriceTarget target = PriceTarget.NetMargin(Percentage.FromPercent(86));
        PriceSolution plain = model.Solve(target);
        Assert.Equal(Usd(10.00m), plain.Price);
        PriceSolution s = model.Solve(target, PriceEnding.NinetyNine);
        Assert.False(s.IsReachable);
        Assert.Null(s.Economics);
        Assert.Equal(Usd(10.00m), s.MinimumPrice);
        Assert.Contains("USD 10.00", s.Reason, StringComparison.Ordinal);
        Assert.Contains("within 200 steps", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_reasons_name_the_limit()
    {
        // Germany, VAT-inclusive: net revenue is price / 1.19, the fee 15% and TACoS 10% of the price, so the margin can only
        // approach (1/1.19 − 0.25) / (1/1.19) = 1 − 0.25 × 1.19 = 70.25%.
        ListingModel de = PricingEngine.Default.Model(UnitEconomicsTests.De, new ListingInput("home-and-kitchen", Money.Of(5m, "EUR"))
        {
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(10)),
        });
        PriceSolution margin = de.Solve(PriceTarget.NetMargin(Percentage.FromPercent(80)));
        Assert.False(margin.IsReachable);
        Assert.Contains("net margin of 80%", margin.Reason, StringComparison.Ordinal);
        Assert.Contains("only approach 70.25%", margin.Reason, StringComparison.Ordinal);

        // Referral 15% + TACoS 90%: each extra dollar of price loses 5 cents.
        ListingModel losing = UsModel(new ListingInput("home-and-kitchen", Usd(6m)) { Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(90)) });
        PriceSolution profit = losing.Solve(PriceTarget.ProfitPerUnit(Usd(1m)));
        Assert.False(profit.IsReachable);
        Assert.Contains("profit falls as the price rises (-0.05 per unit of price)", profit.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("net margin", profit.Reason, StringComparison.Ordinal);

        PriceSolution huge = UsModel(new ListingInput("home-and-kitchen", Usd(6m))).Solve(PriceTarget.ProfitPerUnit(Usd(2_000_000_000m)));
        Assert.False(huge.IsReachable);
        Assert.Equal("The target is reached only above 1000000000 USD.", huge.Reason);
    }

    [Fact]
    public void Solver_places_fee_band_breakpoints_on_what_the_buyer_pays()
    {
        // eBay's final value fee is 13.6% of what the buyer pays up to $7,500 and 2.35% above; with 8% sales tax that bound is
        // a price of 6,944.44. Above it profit = p − (1020 + 0.0235 × (1.08p − 7500)) − 0.40 − 100 = 0.97462p − 944.15,
        // so a $6,300 profit needs p ≥ 7,432.79.
        SaleContext taxed = new(MarketplaceId.Parse("ebay-us"), Day, Currency.USD, Percentage.Zero, false, Percentage.FromPercent(8));
        AssertMinimum(taxed, 6300m, 7432.79m);

        // A VAT-exclusive price with 10% VAT (fee on the VAT-inclusive total): the bound is 7500 / 1.1 = 6,818.18; above it
        // profit = p − (1020 + 0.0235 × (1.1p − 7500)) − 0.40 − 100 = 0.97415p − 944.15, so $6,000 needs p ≥ 7,128.42 (fee rounded to the cent).
        SaleContext vatExclusive = new(MarketplaceId.Parse("ebay-us"), Day, Currency.USD, Percentage.FromPercent(10), false);
        AssertMinimum(vatExclusive, 6000m, 7128.42m);

        static void AssertMinimum(SaleContext sale, decimal profit, decimal expected)
        {
            ListingModel m = PricingEngine.Default.Model(sale, new ListingInput("most-categories", Money.Of(100m, "USD")));
            PriceTarget target = PriceTarget.ProfitPerUnit(Money.Of(profit, "USD"));
            PriceSolution s = m.Solve(target);
            Assert.Equal(Money.Of(expected, "USD"), s.Price);
            Assert.True(s.Economics!.NetProfit.Amount >= profit);
            Assert.True(m.At(Money.Of(expected - 0.01m, "USD")).NetProfit.Amount < profit);
        }
    }

    [Fact]
    public void Margin_target_on_a_vat_inclusive_price_uses_net_revenue()
    {
        // Germany, 19% VAT in the price, 15% referral on it, landed 100: net = p / 1.19, profit = net − 0.15p − 100 ≥ 30% × net
        // gives p ≥ 228.2; at 228.19 VAT is 36.43, net 191.76, fee 34.23, profit 57.53 ≥ 57.528; at 228.18 it falls short.
        ListingModel de = PricingEngine.Default.Model(UnitEconomicsTests.De, new ListingInput("home-and-kitchen", Money.Of(100m, "EUR")));
        PriceSolution s = de.Solve(PriceTarget.NetMargin(Percentage.FromPercent(30)));
        Assert.Equal(Money.Of(228.19m, "EUR"), s.Price);
        Assert.Equal(Money.Of(57.53m, "EUR"), s.Economics!.NetProfit);
        Assert.Equal(Money.Of(191.76m, "EUR"), s.Economics.NetRevenue);
    }

    [Fact]
    public void A_flat_profit_line_is_unreachable_for_a_higher_profit()
    {
        // Referral 15% + TACoS 85%: profit no longer moves with the price (−0.30 minimum aside), so $1 profit is never reached.
        ListingModel flat = UsModel(new ListingInput("home-and-kitchen", Usd(6m)) { Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(85)) });
        PriceSolution s = flat.Solve(PriceTarget.ProfitPerUnit(Usd(1m)));
        Assert.False(s.IsReachable);
        Assert.Matches(@"profit falls as the price rises \(-?0(\.0+)? per unit of price\)", s.Reason);
    }

    [Fact]
    public void Solver_places_the_bounds_of_a_vat_inclusive_price_with_sales_tax_on_the_buyer_total()
    {
        // 10% VAT in the price and 8% sales tax on top: the buyer pays 1.08p, so the $7,500 bound is a price of 6,944.44.
        // Net = p − VAT (p / 11, rounded); fee 13.6% of 1.08p below the bound: $5,000 profit needs p ≥ 6,691.59; above it,
        // 2.35% of the excess: $5,500 needs p ≥ 7,292.14.
        SaleContext sale = new(MarketplaceId.Parse("ebay-us"), Day, Currency.USD, Percentage.FromPercent(10), true, Percentage.FromPercent(8));
        ListingModel m = PricingEngine.Default.Model(sale, new ListingInput("most-categories", Usd(100m)));
        Assert.Equal(Usd(6691.59m), m.Solve(PriceTarget.ProfitPerUnit(Usd(5000m))).Price);
        Assert.Equal(Usd(7292.14m), m.Solve(PriceTarget.ProfitPerUnit(Usd(5500m))).Price);
    }

    [Theory]
    [InlineData(0, false, 10.00)] // plain US
    [InlineData(8, false, 10.00)] // sales tax is not in the referral fee's base: the 8% band still ends at a price of $10.00
    [InlineData(0, true, 12.50)]  // 25% VAT in the price: the band ends at net revenue 10.00, a price of 12.50
    public void Whole_price_band_bound_is_on_the_fee_base(int salesTaxPercent, bool vatInclusive, decimal expected)
    {
        // Beauty: 8% of net revenue up to $10.00, 15% above. Landed $0.60 and an 86% margin: reached exactly at net revenue
        // 10.00 (10 − 0.80 − 0.60 = 8.60 = 86%), never above the bound, where the margin can only approach 85%.
        SaleContext sale = new(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, vatInclusive ? Percentage.FromPercent(25) : Percentage.Zero, vatInclusive, Percentage.FromPercent(salesTaxPercent));
        ListingModel m = PricingEngine.Default.Model(sale, new ListingInput("beauty-health-personal-care", Usd(0.60m)));
        PriceSolution s = m.Solve(PriceTarget.NetMargin(Percentage.FromPercent(86)));
        Assert.Equal(Usd(expected), s.Price);
        Assert.Equal(Usd(10.00m), s.Economics!.NetRevenue);
    }

    [Fact]
    public void Vat_exclusive_prices_put_the_band_bound_on_the_price()
    {
        // 25% VAT charged on top of the price: the referral fee is on the price, so the 8% band still ends at $10.00.
        SaleContext sale = new(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, Percentage.FromPercent(25), false);
        ListingModel m = PricingEngine.Default.Model(sale, new ListingInput("beauty-health-personal-care", Usd(0.60m)));
        Assert.Equal(Usd(10.00m), m.Solve(PriceTarget.NetMargin(Percentage.FromPercent(86))).Price);
    }

    [Fact]
    public void Two_fees_stepping_at_the_same_price_share_one_breakpoint()
    {
        // A seller's own schedule: 8% up to $10 and 15% above, plus a closing fee of $0.50 up to $10 and $1.00 above. Both
        // step at $10; with $5 landed, break-even is 5.98 (fee 0.4784 → 0.48, 5.98 − 0.48 − 0.50 − 5 = 0).
        var source = new CrossBorder.Domain.Data.Source("my fee card", "https://example.com/fees", Day, CrossBorder.Domain.Data.SourceKind.UserSupplied);
        var schedule = new MarketplaceFeeSchedule(
            MarketplaceId.Parse("amazon-us"),
            "two-banded",
            Currency.USD,
            new[]
            {
                new SellingFee("referral fee", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(10m, Percentage.FromPercent(8)), new FeeBand(null, Percentage.FromPercent(15)) }),
                new SellingFee("closing fee", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(10m, Percentage.Zero, 0.50m), new FeeBand(null, Percentage.Zero, 1.00m) }),
            },
            CrossBorder.Domain.Data.EffectivePeriod.From(new LocalDate(2025, 1, 1)),
            source);
        var engine = new PricingEngine(MarketplaceFeeSchedules.Default.Override(new[] { schedule }), FbaFeeTables.Default);
        ListingModel m = engine.Model(UnitEconomicsTests.Us, new ListingInput("two-banded", Usd(5m)));
        Assert.Equal(Usd(5.98m), m.BreakEven().Price);
        UnitEconomics at10 = m.At(Usd(10m));
        Assert.Equal(Usd(1.30m), at10.MarketplaceFees);
        UnitEconomics above = m.At(Usd(10.01m));
        Assert.Equal(Usd(2.50m), above.MarketplaceFees); // 15% × 10.01 = 1.5015 → 1.50, plus 1.00
        Assert.Equal(new[] { "referral fee", "closing fee" }, above.Lines.Where(l => l.Kind == BreakdownLineKind.MarketplaceFee).Select(l => l.Label).ToArray());
        Assert.Equal(Usd(10.00m), m.Solve(PriceTarget.ProfitPerUnit(Usd(3.70m))).Price); // 10 − 0.80 − 0.50 − 5 = 3.70
    }

    [Fact]
    public void A_target_reached_exactly_at_the_price_ceiling_is_still_solved()
    {
        // Above $2 the profit is 0.85p − 6 exactly; 849,999,994 is reached at 1,000,000,000.00, the solver's ceiling, and not
        // a cent below it (fee 149,999,999.9985 → 150,000,000.00).
        ListingModel m = UsModel(new ListingInput("home-and-kitchen", Usd(6m)));
        PriceSolution s = m.Solve(PriceTarget.ProfitPerUnit(Usd(849_999_994m)));
        Assert.Equal(Usd(1_000_000_000m), s.Price);
        Assert.Null(s.Reason);
    }

    [Fact]
    public void A_segment_that_falls_short_at_its_bound_hands_over_to_the_next()
    {
        // Below $2 the $0.30 minimum binds: profit = p − 0.30 − 1, 0.70 at $2.00 and 0.71 at $2.01, short of 0.72 by less than
        // the rounding tolerance, so both are checked and rejected; above, 0.85p − 1 reaches 0.72 at $2.02 (fee 0.303 → 0.30).
        ListingModel m = UsModel(new ListingInput("home-and-kitchen", Usd(1m)));
        PriceSolution s = m.Solve(PriceTarget.ProfitPerUnit(Usd(0.72m)));
        Assert.Equal(Usd(2.02m), s.Price);
        Assert.Equal(Usd(0.72m), s.Economics!.NetProfit);
    }
}
