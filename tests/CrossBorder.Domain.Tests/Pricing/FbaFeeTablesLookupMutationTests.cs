using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// <see cref="FbaFeeTables"/> lookups at their edges, on the embedded tables: Amazon "Product size tiers" (201105770), the 2025
/// US rate card with the low-price FBA discount (quoted by Seller Labs, "Amazon FBA peak fees 2025"), the 2026 US card
/// (GABBX6GZPA8MSZGW, https://sellercentral.amazon.com/help/hub/reference/external/GABBX6GZPA8MSZGW) and the aged-inventory
/// brackets of 2023-04-15 (quoted by Simple Agency). Each bad argument names itself, its value and what is allowed; every
/// explanation string is pinned.
/// </summary>
public class FbaFeeTablesLookupMutationTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly MarketplaceId De = MarketplaceId.Parse("amazon-de");
    private static readonly FbaFeeTables Fba = FbaFeeTables.Default;
    private static readonly LocalDate Mid2025 = new(2025, 6, 15);
    private static readonly LocalDate Feb2026 = new(2026, 2, 1);
    private static readonly Dimensions Small = Dimensions.Of(10m, 8m, 0.5m, LengthUnit.Inch);
    private static readonly Source TestSource = new("a seller's own tier table", "https://example.com/fba", new LocalDate(2026, 1, 1), SourceKind.UserSupplied);

    [Fact]
    public void Classify_refuses_dimensions_without_size_by_name()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.Classify(Us, default, Mass.FromPounds(0.5m), Mid2025));
        Assert.Equal("dimensions", ex.ParamName);
        Assert.Contains("every side must be greater than zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_refuses_a_zero_weight_by_name()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.Classify(Us, Small, Mass.Zero, Mid2025));
        Assert.Equal("unitWeight", ex.ParamName);
        Assert.Contains("unitWeight was", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it must be greater than zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryClassify_is_false_for_a_zero_weight_or_sides_without_size_and_true_for_a_small_standard_unit()
    {
        Assert.True(Fba.TryClassify(Us, Small, Mass.FromPounds(0.5m), Mid2025, out FbaSizeClassification? ok));
        Assert.Equal("small-standard", ok!.Tier.Name);
        Assert.False(Fba.TryClassify(Us, Small, Mass.Zero, Mid2025, out FbaSizeClassification? zeroWeight));
        Assert.Null(zeroWeight);
        Assert.False(Fba.TryClassify(Us, default, Mass.FromPounds(0.5m), Mid2025, out FbaSizeClassification? noSides));
        Assert.Null(noSides);
        Assert.False(Fba.TryClassify(De, Small, Mass.FromPounds(0.5m), Mid2025, out _));
    }

    [Fact]
    public void A_classification_carries_the_tier_table_and_key()
    {
        FbaSizeClassification c = Fba.Classify(Us, Small, Mass.FromPounds(0.5m), Mid2025);
        Assert.Equal("amazon-fba-size-tiers", c.Provenance.Table);
        Assert.Equal("amazon-us/small-standard", c.Provenance.Key);
    }

    [Fact]
    public void A_marketplace_without_tiers_is_named_with_the_known_ones()
    {
        FbaNotEligibleException ex = Assert.Throws<FbaNotEligibleException>(() => Fba.Classify(De, Small, Mass.FromPounds(0.5m), Mid2025));
        Assert.Equal("dimensions", ex.ParamName);
        Assert.StartsWith("Marketplace 'amazon-de' has no FBA size tiers in the tables in use; known: amazon-us.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiers_are_tried_by_their_order_not_by_record_order()
    {
        var period = EffectivePeriod.From(new LocalDate(2026, 1, 1));
        var big = new FbaSizeTier(Us, "a-big", 2, Length.FromInches(100), null, null, null, Mass.FromPounds(100), FbaWeightBasis.UnitWeight, 139m,
            LengthUnit.Inch, MassUnit.Pound, null, "bulky", period, TestSource);
        var small = new FbaSizeTier(Us, "b-small", 1, Length.FromInches(20), null, null, null, Mass.FromPounds(1), FbaWeightBasis.UnitWeight, 139m,
            LengthUnit.Inch, MassUnit.Pound, null, "standard", period, TestSource);
        var tables = new FbaFeeTables(new[] { big, small }, Array.Empty<FbaFulfilmentFeeCard>(), Array.Empty<FbaStorageRate>());
        Assert.Equal("b-small", tables.Classify(Us, Small, Mass.FromPounds(0.5m), new LocalDate(2026, 6, 1)).Tier.Name);
        Assert.Equal("a-big", tables.Classify(Us, Small, Mass.FromPounds(5m), new LocalDate(2026, 6, 1)).Tier.Name);
    }

    [Fact]
    public void GetFulfilmentFee_refuses_a_null_tier_and_a_zero_weight_by_name()
    {
        ArgumentNullException tier = Assert.Throws<ArgumentNullException>(() => Fba.GetFulfilmentFee(Us, null!, Mass.FromOunces(2), Mid2025));
        Assert.Equal("sizeTier", tier.ParamName);
        ArgumentOutOfRangeException weight = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.GetFulfilmentFee(Us, "small-standard", Mass.Zero, Mid2025));
        Assert.Equal("shippingWeight", weight.ParamName);
        Assert.Contains("shippingWeight was", weight.Message, StringComparison.Ordinal);
        Assert.Contains("it must be greater than zero", weight.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_dependent_card_without_a_sale_price_names_its_price_bands()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Feb2026));
        Assert.Equal("salePrice", ex.ParamName);
        Assert.Contains("salePrice is required: the small-standard fee card of 'amazon-us' in force", ex.Message, StringComparison.Ordinal);
        Assert.Contains("charges by sale price (price below 10, price up to 50, any other price).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_beyond_a_card_without_an_increment_rule_is_not_eligible()
    {
        // The 2026 small standard card stops at 16 oz.
        FbaNotEligibleException ex = Assert.Throws<FbaNotEligibleException>(() => Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(20), Feb2026, Money.Of(25m, "USD")));
        Assert.Equal("shippingWeight", ex.ParamName);
        Assert.StartsWith("Shipping weight ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(" is beyond the small-standard fee card of 'amazon-us' in force ", ex.Message, StringComparison.Ordinal);
        Assert.False(Fba.TryGetFulfilmentFee(Us, "small-standard", Mass.FromOunces(20), Feb2026, Money.Of(25m, "USD"), out FbaFulfilmentFee? none));
        Assert.Null(none);
    }

    [Fact]
    public void A_sale_price_in_another_currency_is_refused()
    {
        CurrencyMismatchException ex = Assert.Throws<CurrencyMismatchException>(() => Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Feb2026, Money.Of(25m, "EUR")));
        Assert.Equal("salePrice", ex.ParamName);
    }

    [Fact]
    public void TryGetFulfilmentFee_is_false_for_a_null_tier_or_a_zero_weight_before_looking_at_the_price()
    {
        Assert.False(Fba.TryGetFulfilmentFee(Us, null!, Mass.FromOunces(2), Feb2026, Money.Of(25m, "USD"), out FbaFulfilmentFee? a));
        Assert.Null(a);
        // A zero weight is answered "no fee" before the sale price is looked at (a price in another currency would throw).
        Assert.False(Fba.TryGetFulfilmentFee(Us, "small-standard", Mass.Zero, Feb2026, Money.Of(25m, "EUR"), out FbaFulfilmentFee? b));
        Assert.Null(b);
        Assert.True(Fba.TryGetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Feb2026, Money.Of(25m, "USD"), out FbaFulfilmentFee? c));
        Assert.Equal(3.32m, c!.Amount.Amount);
    }

    [Theory]
    // 2026 large standard 12+ to 16 oz: $3.78 below $10, $4.60 from $10 to $50, $4.86 above $50.
    [InlineData(8.00, 3.78, true, 0.82, "price below 10")]
    [InlineData(25.00, 4.60, false, 0.00, "price up to 50")]
    [InlineData(60.00, 4.86, false, 0.00, "any other price")]
    public void The_2026_low_price_row_reports_its_discount_against_the_10_to_50_row(double price, double fee, bool low, double discount, string band)
    {
        FbaFulfilmentFee f = Fba.GetFulfilmentFee(Us, "large-standard", Mass.FromPounds(1), Feb2026, Money.Of((decimal)price, "USD"));
        Assert.Equal((decimal)fee, f.Amount.Amount);
        Assert.Equal(low, f.LowPriceApplied);
        Assert.Equal((decimal)discount, f.LowPriceDiscount);
        Assert.Equal(band, f.PriceBand!.ToString());
        Assert.Equal("amazon-fba-fulfilment-fees", f.Provenance.Table);
        Assert.Equal("amazon-us/large-standard", f.Provenance.Key);
        Assert.Equal(FormattableString.Invariant($"{f.Amount} FBA fulfilment fee, large-standard at shipping weight {Mass.FromPounds(1)}") + " (" + band + ")", f.ToString());
    }

    [Fact]
    public void The_2025_low_price_discount_is_0_77_below_10_dollars_and_is_explained()
    {
        // 2025 small standard up to 2 oz: $3.06; the low-price FBA discount for items below $10: $0.77.
        FbaFulfilmentFee low = Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Mid2025, Money.Of(8m, "USD"));
        Assert.Equal(2.29m, low.Amount.Amount);
        Assert.True(low.LowPriceApplied);
        Assert.Equal(0.77m, low.LowPriceDiscount);
        Assert.Null(low.PriceBand);
        Assert.Equal(FormattableString.Invariant($"{low.Amount} FBA fulfilment fee, small-standard at shipping weight {Mass.FromOunces(2)}") + " (low-price FBA discount 0.77 applied)", low.ToString());

        FbaFulfilmentFee full = Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Mid2025, Money.Of(25m, "USD"));
        Assert.Equal(3.06m, full.Amount.Amount);
        Assert.False(full.LowPriceApplied);
        Assert.Equal(0m, full.LowPriceDiscount);
        Assert.Null(full.PriceBand);
        Assert.Equal(FormattableString.Invariant($"{full.Amount} FBA fulfilment fee, small-standard at shipping weight {Mass.FromOunces(2)}"), full.ToString());

        FbaFulfilmentFee noPrice = Fba.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), Mid2025);
        Assert.Equal(3.06m, noPrice.Amount.Amount);
        Assert.False(noPrice.LowPriceApplied);
    }

    [Fact]
    public void A_card_without_a_low_price_rule_never_applies_a_discount()
    {
        // 2025 large bulky: $9.61 for the first lb, whatever the price.
        FbaFulfilmentFee f = Fba.GetFulfilmentFee(Us, "large-bulky", Mass.FromPounds(1), Mid2025, Money.Of(8m, "USD"));
        Assert.Equal(9.61m, f.Amount.Amount);
        Assert.False(f.LowPriceApplied);
        Assert.Equal(0m, f.LowPriceDiscount);
        Assert.Null(f.PriceBand);
    }

    [Fact]
    public void GetStorageRate_refuses_a_null_storage_class_by_name()
    {
        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => Fba.GetStorageRate(Us, null!, Mid2025));
        Assert.Equal("storageClass", ex.ParamName);
    }

    [Fact]
    public void The_aged_inventory_surcharge_refuses_negative_units_and_a_zero_volume_even_below_the_first_bracket()
    {
        ArgumentOutOfRangeException units = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.AgedInventorySurcharge(Us, 10, Volume.FromCubicFeet(1), -1, Mid2025));
        Assert.Equal("units", units.ParamName);
        Assert.Contains("units was -1", units.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException age = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.AgedInventorySurcharge(Us, -1, Volume.FromCubicFeet(1), 1, Mid2025));
        Assert.Equal("ageDays", age.ParamName);
        ArgumentOutOfRangeException volume = Assert.Throws<ArgumentOutOfRangeException>(() => Fba.AgedInventorySurcharge(Us, 10, Volume.Zero, 1, Mid2025));
        Assert.Equal("unitVolume", volume.ParamName);
        Assert.Contains("unitVolume was", volume.Message, StringComparison.Ordinal);
        Assert.Contains("it must be greater than zero", volume.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_first_bracket_the_surcharge_is_zero_and_says_why()
    {
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 180, Volume.FromCubicFeet(1), 5, Mid2025);
        Assert.Equal(Money.Zero(Currency.FromCode("USD")), c.Amount);
        Assert.Equal("no surcharge below 181 days", c.Rule);
        Assert.Null(c.Rate);
        Assert.Null(c.Provenance);
        Assert.Equal(180, c.AgeDays);
        Assert.Equal(c.Amount + " aged-inventory surcharge: no surcharge below 181 days", c.ToString());
    }

    [Fact]
    public void A_charge_in_a_bracket_explains_rate_units_and_provenance()
    {
        // 181–210 days: $0.50 per cubic foot; 2 ft³ × 10 units = $10.00.
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 200, Volume.FromCubicFeet(2), 10, Mid2025);
        Assert.Equal(Money.Of(10.00m, "USD"), c.Amount);
        Assert.Equal("181–210 days: 0.5 per CubicFoot, × 10 units", c.Rule);
        Assert.Equal("amazon-fba-aged-inventory-surcharge", c.Provenance!.Table);
        Assert.Equal("amazon-us/181", c.Provenance.Key);
        Assert.Equal(c.Amount + " aged-inventory surcharge: 181–210 days: 0.5 per CubicFoot, × 10 units", c.ToString());
    }

    [Fact]
    public void An_open_ended_bracket_with_a_unit_minimum_explains_both()
    {
        // 366+ days (until 2026-01-14): $6.90 per cubic foot or $0.15 per unit, whichever is greater: 100 × $0.15 = $15.00.
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 400, Volume.FromCubicFeet(0.01m), 100, Mid2025);
        Assert.Equal(Money.Of(15.00m, "USD"), c.Amount);
        Assert.Equal("366+ days: 6.9 per CubicFoot or 0.15 per unit, whichever is greater, × 100 units", c.Rule);
        Assert.Equal("amazon-us/366", c.Provenance!.Key);
    }

    [Fact]
    public void An_exempt_category_is_charged_nothing_and_named()
    {
        FbaAgedInventoryCharge c = Fba.AgedInventorySurcharge(Us, 200, Volume.FromCubicFeet(2), 10, Mid2025, "shoes");
        Assert.Equal(Money.Zero(Currency.FromCode("USD")), c.Amount);
        Assert.Equal("category 'shoes' is exempt in the 181–210 days bracket", c.Rule);
        Assert.Equal("amazon-us/181", c.Provenance!.Key);
    }

    [Fact]
    public void An_unsourced_bracket_throws_naming_the_age()
    {
        // 271–365 days is not in the data (not sourced).
        RecordNotInForceException ex = Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(Us, 300, Volume.FromCubicFeet(1), 1, Mid2025));
        Assert.Equal("ageDays", ex.ParamName);
        Assert.Equal("amazon-fba-aged-inventory-surcharge", ex.Table);
        Assert.Equal("amazon-us/300 days", ex.Key);
        Assert.Contains("the bracket covering 300 days is not in the data (not sourced); see docs/data-sources.md.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marketplace_or_date_without_brackets_throws_naming_the_date()
    {
        RecordNotInForceException de = Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(De, 10, Volume.FromCubicFeet(1), 1, Mid2025));
        Assert.Equal("assessmentDate", de.ParamName);
        Assert.Equal("amazon-de/10 days", de.Key);
        Assert.Contains("no aged-inventory surcharge bracket of 'amazon-de' is in force on that date.", de.Message, StringComparison.Ordinal);
        // The brackets begin on 2023-04-15: before that date even a young unit has no answer.
        RecordNotInForceException early = Assert.Throws<RecordNotInForceException>(() => Fba.AgedInventorySurcharge(Us, 10, Volume.FromCubicFeet(1), 1, new LocalDate(2023, 1, 15)));
        Assert.Equal("assessmentDate", early.ParamName);
        Assert.Contains("'amazon-us'", early.Message, StringComparison.Ordinal);
    }
}
