using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// The FBA record types built directly (as a seller with an own contract would): fee cards of both shapes, price bands, storage
/// and aged-inventory rates, size tiers and the returns-processing rule. Figures are Amazon's: the 2025 US small standard card with
/// the $0.77 low-price discount below $10, and the 2026 US large standard card (GABBX6GZPA8MSZGW,
/// https://sellercentral.amazon.com/help/hub/reference/external/GABBX6GZPA8MSZGW).
/// </summary>
public class FbaFulfilmentFeeCardMutationTests
{
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");
    private static readonly Currency Usd = Currency.FromCode("USD");
    private static readonly EffectivePeriod Period = EffectivePeriod.From(new LocalDate(2026, 1, 1));
    private static readonly Source Src = new("a seller's own fee card", "https://example.com/fba", new LocalDate(2026, 1, 1), SourceKind.UserSupplied);

    private static FbaFulfilmentFeeCard Flat(
        (decimal, decimal)[] bands,
        (decimal, decimal, decimal, decimal)? above = null,
        decimal? below = null,
        decimal discount = 0m,
        MarketplaceId? marketplace = null) =>
        new(marketplace ?? Us, "small-standard", Usd, MassUnit.Ounce, bands, above, below, discount, Period, Src);

    private static FbaFulfilmentFeeCard Priced(
        FbaPriceBand[] priceBands,
        (decimal, IReadOnlyList<decimal>)[] bands,
        (decimal, IReadOnlyList<decimal>, decimal, decimal)? above = null,
        decimal surcharge = 0m,
        string currency = "USD",
        MarketplaceId? marketplace = null) =>
        new(marketplace ?? Us, "large-standard", Currency.FromCode(currency), MassUnit.Pound, priceBands, bands, above, Period, Src, surcharge);

    private static readonly FbaPriceBand[] Bands2026 = { FbaPriceBand.Below(10m), FbaPriceBand.AtMost(50m), FbaPriceBand.Any };

    private static (decimal, IReadOnlyList<decimal>)[] Rows2026 => new (decimal, IReadOnlyList<decimal>)[]
    {
        (0.25m, new[] { 2.91m, 3.73m, 3.99m }),
        (3m, new[] { 5.85m, 6.67m, 6.93m }),
    };

    private static (decimal, IReadOnlyList<decimal>, decimal, decimal) Above2026 => (3m, new[] { 6.15m, 6.97m, 7.23m }, 0.25m, 0.08m);

    private static FbaFulfilmentFeeCard Card2025() => Flat(new[] { (2m, 3.06m), (4m, 3.15m) }, (4m, 3.24m, 2m, 0.09m), 10m, 0.77m);

    private static void AssertArgument<T>(Action act, string param, string? text = null)
        where T : ArgumentException
    {
        T ex = Assert.Throws<T>(act);
        Assert.Equal(param, ex.ParamName);
        if (text is not null)
        {
            Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_flat_card_charges_its_bands_its_increment_and_the_low_price_discount()
    {
        FbaFulfilmentFeeCard c = Card2025();
        Assert.Equal(new (decimal, decimal)[] { (2m, 3.06m), (4m, 3.15m) }, c.Bands);
        Assert.False(c.IsPriceDependent);
        Assert.Equal(new[] { "price below 10", "any other price" }, c.PriceBands.Select(b => b.ToString()));
        Assert.Equal(3.06m, c.FeeFor(Mass.FromOunces(2)));
        Assert.Equal(3.15m, c.FeeFor(Mass.FromOunces(3)));
        Assert.Equal(3.42m, c.FeeFor(Mass.FromOunces(7)));           // 3.24 + ceil(3 / 2) × 0.09
        Assert.Equal(2.29m, c.FeeFor(Mass.FromOunces(2), 8m));       // 3.06 − 0.77
        Assert.Equal(2.38m, c.FeeFor(Mass.FromOunces(3), 9.99m));    // 3.15 − 0.77
        Assert.Equal(2.65m, c.FeeFor(Mass.FromOunces(7), 5m));       // 3.42 − 0.77
        Assert.Equal(3.06m, c.FeeFor(Mass.FromOunces(2), 10m));      // $10 is not below $10
        Assert.Equal(new[] { 2.29m, 2.38m }, c.FeesOf(0));
        Assert.Equal(new[] { 3.06m, 3.15m }, c.FeesOf(1));
        Assert.Null(c.FeeFor(Mass.Zero));
        Assert.Null(c.FeeAt(0, Mass.Zero));
        AssertArgument<ArgumentOutOfRangeException>(() => c.FeesOf(2), "priceBand");
        AssertArgument<ArgumentOutOfRangeException>(() => c.FeeAt(2, Mass.FromOunces(2)), "priceBand");
        AssertArgument<ArgumentOutOfRangeException>(() => c.FeeAt(-1, Mass.FromOunces(2)), "priceBand");
    }

    [Fact]
    public void A_flat_card_without_a_low_price_rule_uses_its_increment_at_any_price()
    {
        FbaFulfilmentFeeCard c = Flat(new[] { (2m, 3.06m), (4m, 3.15m) }, (4m, 3.24m, 2m, 0.09m));
        Assert.Equal(new[] { FbaPriceBand.Any }, c.PriceBands);
        Assert.Equal(3.42m, c.FeeFor(Mass.FromOunces(7)));
        Assert.Equal(3.42m, c.FeeFor(Mass.FromOunces(7), 5m));
        Assert.Equal(3.24m, c.FeeFor(Mass.FromOunces(4.5m)) - 0.09m);
        Assert.Null(Flat(new[] { (2m, 3.06m) }).FeeFor(Mass.FromOunces(3)));
    }

    [Fact]
    public void A_low_price_rule_without_an_increment_rule_stops_at_the_last_band()
    {
        FbaFulfilmentFeeCard c = Flat(new[] { (2m, 3.06m) }, null, 10m, 0.77m);
        Assert.Equal(2.29m, c.FeeFor(Mass.FromOunces(1), 8m));
        Assert.Null(c.FeeFor(Mass.FromOunces(3), 8m));
    }

    [Fact]
    public void A_flat_card_refuses_bad_bands_by_name()
    {
        AssertArgument<ArgumentException>(() => Flat(new[] { (2m, 3.06m) }, marketplace: default(MarketplaceId)), "marketplace", "marketplace must be a parsed MarketplaceId, not default.");
        AssertArgument<ArgumentOutOfRangeException>(() => Flat(new[] { (0m, 3.06m) }), "bands", "greater than zero");
        AssertArgument<ArgumentOutOfRangeException>(() => Flat(new[] { (2m, -0.01m) }), "bands", "zero or greater");
        AssertArgument<ArgumentException>(() => Flat(new[] { (2m, 3.06m), (2m, 3.15m) }), "bands", "weight bands must be ascending.");
        AssertArgument<ArgumentException>(() => Flat(new[] { (4m, 3.06m), (2m, 3.15m) }), "bands", "weight bands must be ascending.");
        AssertArgument<ArgumentException>(() => Flat(new[] { (2m, 3.06m), (4m, 3.15m) }, (3m, 3.24m, 1m, 0.09m)), "above", "the increment rule must start at or after the last band.");
        Assert.Equal(3.33m, Flat(new[] { (2m, 3.06m), (4m, 3.15m) }, (4m, 3.24m, 1m, 0.09m)).FeeFor(Mass.FromOunces(5)));
    }

    [Fact]
    public void A_price_dependent_card_charges_by_price_band_and_weight()
    {
        FbaFulfilmentFeeCard c = Priced(Bands2026, Rows2026, Above2026);
        Assert.True(c.IsPriceDependent);
        Assert.Equal(new (decimal, decimal)[] { (0.25m, 3.99m), (3m, 6.93m) }, c.Bands);
        Assert.Equal((3m, 7.23m, 0.25m, 0.08m), c.Above);
        Assert.Equal(new[] { 3.73m, 6.67m }, c.FeesOf(1));
        Assert.Equal(5.85m, c.FeeFor(Mass.FromPounds(1), 5m));
        Assert.Equal(6.67m, c.FeeFor(Mass.FromPounds(1), 50m));
        Assert.Equal(6.93m, c.FeeFor(Mass.FromPounds(1), 50.01m));
        Assert.Equal(6.31m, c.FeeFor(Mass.FromPounds(3.5m), 5m));     // 6.15 + 2 × 0.08
        Assert.Equal(7.13m, c.FeeFor(Mass.FromPounds(3.5m), 20m));    // 6.97 + 2 × 0.08
        Assert.Equal(7.39m, c.FeeFor(Mass.FromPounds(3.5m), 60m));    // 7.23 + 2 × 0.08
        Assert.Equal(2, c.PriceBandIndex(50.01m));
        Assert.Equal(0, c.PriceBandIndex(9.99m));
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => c.FeeFor(Mass.FromPounds(1)));
        Assert.Contains("The large-standard fee card of 'amazon-us' in force", ex.Message, StringComparison.Ordinal);
        Assert.Contains("depends on the sale price; call FeeFor(shippingWeight, price).", ex.Message, StringComparison.Ordinal);
        AssertArgument<ArgumentOutOfRangeException>(() => c.FeeAt(3, Mass.FromPounds(1)), "priceBand");
    }

    [Fact]
    public void A_price_dependent_card_refuses_bad_input_by_name()
    {
        AssertArgument<ArgumentException>(() => Priced(Bands2026, Rows2026, marketplace: default(MarketplaceId)), "marketplace", "marketplace must be a parsed MarketplaceId, not default.");
        AssertArgument<ArgumentException>(() => Priced(new[] { FbaPriceBand.Below(10m) }, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 1m }) }), "priceBands", "the last price band must admit any price (FbaPriceBand.Any).");
        AssertArgument<ArgumentOutOfRangeException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (0m, new[] { 1m, 2m, 3m }) }), "bands", "greater than zero");
        AssertArgument<ArgumentOutOfRangeException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 1m, -2m, 3m }) }), "bands", "zero or greater");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 1m, 2m, 3m }), (1m, new[] { 1m, 2m, 3m }) }), "bands", "weight bands must be ascending.");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (2m, new[] { 1m, 2m, 3m }), (1m, new[] { 1m, 2m, 3m }) }), "bands", "weight bands must be ascending.");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 1m, 2m }) }), "bands", "every weight band needs one fee per price band (3).");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, new (decimal, IReadOnlyList<decimal>)[] { (1m, null!) }), "bands", "every weight band needs one fee per price band (3).");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, Rows2026, (2m, new[] { 6.15m, 6.97m, 7.23m }, 0.25m, 0.08m)), "above", "the increment rule must start at or after the last band.");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, Rows2026, (3m, new[] { 6.15m, 6.97m }, 0.25m, 0.08m)), "above", "the increment rule needs one fee per price band.");
        AssertArgument<ArgumentException>(() => Priced(Bands2026, Rows2026, (3m, null!, 0.25m, 0.08m)), "above", "the increment rule needs one fee per price band.");
        AssertArgument<ArgumentOutOfRangeException>(() => Priced(Bands2026, Rows2026, (3m, new[] { 6.15m, -1m, 7.23m }, 0.25m, 0.08m)), "above");
        AssertArgument<ArgumentOutOfRangeException>(() => Priced(Bands2026, Rows2026, surcharge: 1.01m), "surchargeRate");
    }

    [Fact]
    public void Without_a_surcharge_a_fee_is_not_rounded_and_with_one_it_is_rounded_to_the_currency()
    {
        var one = new[] { FbaPriceBand.Any };
        // No surcharge: the card's figure as written, even with a third decimal.
        Assert.Equal(1.005m, Priced(one, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 1.005m }) }).FeeFor(Mass.FromPounds(1), 5m));
        // 3.5%: 500 × 1.035 = 517.5, rounded to yen (no minor unit) half away from zero → 518; in dollars 4.86 × 1.035 = 5.0301 → 5.03.
        Assert.Equal(518m, Priced(one, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 500m }) }, surcharge: 0.035m, currency: "JPY").FeeFor(Mass.FromPounds(1), 5m));
        Assert.Equal(5.03m, Priced(one, new (decimal, IReadOnlyList<decimal>)[] { (1m, new[] { 4.86m }) }, surcharge: 0.035m).FeeFor(Mass.FromPounds(1), 5m));
    }

    [Fact]
    public void Price_bands_admit_below_or_up_to_their_limit_and_say_so()
    {
        Assert.False(FbaPriceBand.Any.IncludesLimit);
        Assert.Null(FbaPriceBand.Any.Limit);
        Assert.Equal("any other price", FbaPriceBand.Any.ToString());
        FbaPriceBand below = FbaPriceBand.Below(10m);
        Assert.False(below.IncludesLimit);
        Assert.False(below.Admits(10m));
        Assert.True(below.Admits(9.99m));
        Assert.Equal("price below 10", below.ToString());
        FbaPriceBand atMost = FbaPriceBand.AtMost(50m);
        Assert.True(atMost.IncludesLimit);
        Assert.True(atMost.Admits(50m));
        Assert.False(atMost.Admits(50.01m));
        Assert.Equal("price up to 50", atMost.ToString());
        AssertArgument<ArgumentOutOfRangeException>(() => FbaPriceBand.Below(0m), "limit");
    }

    [Fact]
    public void Records_refuse_a_default_marketplace_by_name()
    {
        const string text = "marketplace must be a parsed MarketplaceId, not default.";
        AssertArgument<ArgumentException>(() => _ = new FbaSizeTier(default, "t", 1, null, null, null, null, null, FbaWeightBasis.UnitWeight, 139m, LengthUnit.Inch, MassUnit.Pound, null, "standard", Period, Src), "marketplace", text);
        AssertArgument<ArgumentException>(() => _ = new FbaStorageRate(default, "standard", Usd, VolumeUnit.CubicFoot, 0.78m, 2.4m, 10, Period, Src), "marketplace", text);
        AssertArgument<ArgumentException>(() => _ = new FbaAgedInventoryRate(default, 181, 210, Usd, VolumeUnit.CubicFoot, 0.5m, null, Array.Empty<string>(), Period, Src), "marketplace", text);
    }

    [Fact]
    public void An_aged_inventory_bracket_must_end_at_or_after_it_starts()
    {
        AssertArgument<ArgumentException>(() => _ = new FbaAgedInventoryRate(Us, 181, 180, Usd, VolumeUnit.CubicFoot, 0.5m, null, Array.Empty<string>(), Period, Src), "toDay", "toDay must be at or after fromDay.");
        var oneDay = new FbaAgedInventoryRate(Us, 181, 181, Usd, VolumeUnit.CubicFoot, 0.5m, null, Array.Empty<string>(), Period, Src);
        Assert.True(oneDay.Covers(181));
        Assert.False(oneDay.Covers(182));
    }

    [Fact]
    public void An_aged_inventory_rate_refuses_a_zero_volume_and_negative_units_and_takes_the_greater_charge()
    {
        // 366–455 days from 2026-01-15: $6.90 per cubic foot or $0.30 per unit, whichever is greater.
        var rate = new FbaAgedInventoryRate(Us, 366, 455, Usd, VolumeUnit.CubicFoot, 6.9m, 0.3m, Array.Empty<string>(), Period, Src);
        ArgumentOutOfRangeException volume = Assert.Throws<ArgumentOutOfRangeException>(() => rate.Surcharge(Volume.Zero, 1));
        Assert.Equal("unitVolume", volume.ParamName);
        Assert.Contains("unitVolume was", volume.Message, StringComparison.Ordinal);
        Assert.Contains("it must be greater than zero", volume.Message, StringComparison.Ordinal);
        AssertArgument<ArgumentOutOfRangeException>(() => rate.Surcharge(Volume.FromCubicFeet(1), -1), "units", "units was -1");
        Assert.Equal(Money.Of(3.00m, "USD"), rate.Surcharge(Volume.FromCubicFeet(0.01m), 10));   // 10 × $0.30
        Assert.Equal(Money.Of(69.00m, "USD"), rate.Surcharge(Volume.FromCubicFeet(1), 10));     // 10 × $6.90
    }

    [Fact]
    public void The_returns_processing_threshold_is_from_0_inclusive_to_100_percent_exclusive()
    {
        FbaReturnsProcessingRule zero = FbaReturnsProcessingRule.AboveThreshold(Percentage.Zero);
        Assert.Equal(Percentage.Zero, zero.Threshold);
        Assert.Equal(3, zero.ChargeableUnits(30, 3));
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FbaReturnsProcessingRule.AboveThreshold(Percentage.OneHundred));
        Assert.Equal("threshold", ex.ParamName);
        Assert.Contains("threshold was", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a return-rate threshold must be from 0% (inclusive) to 100% (exclusive).", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FbaReturnsProcessingRule.AboveThreshold(Percentage.FromPercent(-1m)));
    }

    [Fact]
    public void Returns_cannot_exceed_units_shipped_and_the_rule_explains_itself()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FbaReturnsProcessingRule.EveryReturn.ChargeableUnits(10, 11));
        Assert.Equal("unitsReturned", ex.ParamName);
        Assert.Contains("unitsReturned was 11; it counts returns of the 10 units shipped in the month, so it cannot exceed them.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("returns processing fee on every returned unit", FbaReturnsProcessingRule.EveryReturn.ToString());
        Percentage ten = Percentage.FromPercent(10m);
        Assert.Equal("returns processing fee on each returned unit above a " + ten + " return rate (products shipping at least 25 units a month)", FbaReturnsProcessingRule.AboveThreshold(ten).ToString());
    }
}
