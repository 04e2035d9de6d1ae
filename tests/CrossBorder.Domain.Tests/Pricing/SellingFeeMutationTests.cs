using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// <see cref="SellingFee"/> and <see cref="FeeBand"/> pinned exactly: every validation (exception type, parameter name, message),
/// the band arithmetic at and across bounds, the minimum and the cap, tax on the fee, and the text used as a breakdown line's rule.
/// </summary>
public class SellingFeeMutationTests
{
    private static Percentage Pct(decimal percent) => Percentage.FromPercent(percent);

    // 10% of the first 100, 5% of the next 100, 1% of the rest: three marginal bands, so the middle band has a lower bound.
    private static readonly SellingFee ThreeMarginal = new(
        "commission", FeeBase.PriceIncludingTax, FeeBandMode.Marginal,
        new[] { new FeeBand(100m, Pct(10)), new FeeBand(200m, Pct(5)), new FeeBand(null, Pct(1)) });

    // 10% of the whole price, at least 0.50, at most 12.
    private static readonly SellingFee Capped = new(
        "referral fee", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(null, Pct(10)) }, minimum: 0.50m, maximum: 12m);

    // Shopee Malaysia 2023 (Lowyat.NET, citing Shopee): commission 4% before 6% SST → 4.24% of the price.
    private static readonly SellingFee WithTax = new(
        "commission fee", FeeBase.PriceIncludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(null, Pct(4)) }, taxOnFee: Pct(6));

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Theory]
    [InlineData(50, 5.00)]     // inside the first band
    [InlineData(100, 10.00)]   // exactly at the first bound: 10% × 100
    [InlineData(150, 12.50)]   // 10 + 5% × 50
    [InlineData(200, 15.00)]   // 10 + 5
    [InlineData(300, 16.00)]   // 10 + 5 + 1% × 100: the middle band is charged on (200 - 100), not (200 + 100)
    [InlineData(1100, 24.00)]  // 10 + 5 + 1% × 900
    public void Marginal_bands_charge_each_portion_at_its_own_rate(int baseAmount, double expected)
    {
        Assert.Equal(Usd((decimal)expected), ThreeMarginal.Compute(Usd(baseAmount)));
        Assert.Equal((decimal)expected, ThreeMarginal.Raw(baseAmount));
    }

    [Theory]
    [InlineData(0, 0.50)]      // the minimum applies to a zero base
    [InlineData(2, 0.50)]      // 0.20 → minimum 0.50
    [InlineData(5, 0.50)]      // 0.50 exactly
    [InlineData(100, 10.00)]   // between the minimum and the cap: the cap does not bind
    [InlineData(120, 12.00)]   // exactly at the cap
    [InlineData(500, 12.00)]   // 50 → capped at 12
    public void Minimum_and_cap_clamp_the_fee(int baseAmount, double expected) =>
        Assert.Equal(Usd((decimal)expected), Capped.Compute(Usd(baseAmount)));

    [Fact]
    public void Tax_on_the_fee_is_added_and_rounded_half_away_from_zero()
    {
        Assert.Equal(Money.Of(4.24m, "MYR"), WithTax.Compute(Money.Of(100m, "MYR")));           // 4 × 1.06
        Assert.Equal(Money.Of(0.53m, "MYR"), WithTax.Compute(Money.Of(12.50m, "MYR")));         // 0.5 × 1.06 = 0.53
        Assert.Equal(Money.Of(0.05m, "MYR"), WithTax.Compute(Money.Of(1.10m, "MYR")));          // 0.0466.. → 0.05
        Assert.Equal(0.53m, WithTax.Raw(12.50m));
        Assert.Equal(10m, Capped.Raw(100m)); // no tax: the fee itself
    }

    [Fact]
    public void Whole_price_bands_apply_one_rate_to_the_whole_base_with_the_band_fixed_amount()
    {
        // eBay per-order fee from 2024-03-15: $0.30 for orders of $10 and under, $0.40 above (eBay 2024 winter seller update).
        var perOrder = new SellingFee("per-order fee", FeeBase.PriceIncludingTax, FeeBandMode.WholePrice,
            new[] { new FeeBand(10.00m, Percentage.Zero, 0.30m), new FeeBand(null, Percentage.Zero, 0.40m) });
        Assert.Equal(Usd(0.30m), perOrder.Compute(Usd(10.00m)));
        Assert.Equal(Usd(0.40m), perOrder.Compute(Usd(10.01m)));

        // Shopify Basic online card rate: 2.9% + 30c (Shopify pricing page).
        var card = new SellingFee("card fee", FeeBase.PriceIncludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(null, Pct(2.9m), 0.30m) });
        Assert.Equal(Usd(3.20m), card.Compute(Usd(100m)));
    }

    [Fact]
    public void A_negative_base_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Capped.Compute(Usd(-1m)));
        Assert.Equal("baseAmount", ex.ParamName);
        Assert.Contains("baseAmount was -1; it must be zero or greater.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_rate_is_the_open_band_rate_after_tax_or_zero_when_capped()
    {
        Assert.Equal(0.01m, ThreeMarginal.TopRate);
        Assert.Equal(0.04m * 1.06m, WithTax.TopRate);
        Assert.Equal(0m, Capped.TopRate);
        var single = new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(null, Pct(15)) });
        Assert.Equal(0.15m, single.TopRate);
        var twoBands = new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, new[] { new FeeBand(10m, Pct(8)), new FeeBand(null, Pct(15)) });
        Assert.Equal(0.15m, twoBands.TopRate);
    }

    [Fact]
    public void ToString_describes_mode_bands_base_minimum_cap_and_tax()
    {
        var full = new SellingFee("commission", FeeBase.PriceIncludingTax, FeeBandMode.Marginal,
            new[] { new FeeBand(100m, Pct(10)), new FeeBand(200m, Pct(5)), new FeeBand(null, Pct(1)) }, minimum: 0.5m, maximum: 12m, taxOnFee: Pct(6));
        Assert.Equal("commission: marginal bands [up to 100: 10%; up to 200: 5%; above: 1%] of the price including tax, minimum 0.5, maximum 12, plus 6% tax on the fee", full.ToString());

        var perOrder = new SellingFee("per-order fee", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice,
            new[] { new FeeBand(10.00m, Percentage.Zero, 0.30m), new FeeBand(null, Percentage.Zero, 0.40m) });
        Assert.Equal("per-order fee: whole-price bands [up to 10.00: 0% + 0.30; above: 0% + 0.40] of the price excluding tax", perOrder.ToString());

        Assert.Equal("referral fee: whole-price bands [above: 10%] of the price excluding tax, minimum 0.50, maximum 12", Capped.ToString());
        Assert.Equal("commission fee: whole-price bands [above: 4%] of the price including tax, plus 6% tax on the fee", WithTax.ToString());
    }

    [Fact]
    public void Properties_keep_what_was_given()
    {
        Assert.Equal("commission", ThreeMarginal.Name);
        Assert.Equal(FeeBase.PriceIncludingTax, ThreeMarginal.Base);
        Assert.Equal(FeeBandMode.Marginal, ThreeMarginal.Mode);
        Assert.Equal(3, ThreeMarginal.Bands.Count);
        Assert.Equal(new FeeBand(200m, Pct(5)), ThreeMarginal.Bands[1]);
        Assert.Null(ThreeMarginal.Minimum);
        Assert.Null(ThreeMarginal.Maximum);
        Assert.Equal(Percentage.Zero, ThreeMarginal.TaxOnFee);
        Assert.Equal(0.50m, Capped.Minimum);
        Assert.Equal(12m, Capped.Maximum);
        Assert.Equal(Pct(6), WithTax.TaxOnFee);
    }

    [Fact]
    public void An_undefined_fee_base_or_band_mode_is_refused_by_name()
    {
        FeeBand[] open = { new(null, Pct(10)) };
        var b = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", (FeeBase)7, FeeBandMode.WholePrice, open));
        Assert.Equal("feeBase", b.ParamName);
        Assert.Contains("feeBase was 7; it must be a defined FeeBase.", b.Message, StringComparison.Ordinal);

        var m = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, (FeeBandMode)9, open));
        Assert.Equal("mode", m.ParamName);
        Assert.Contains("mode was 9; it must be a defined FeeBandMode.", m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_band_is_open()
    {
        var early = Assert.Throws<ArgumentException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice,
            new[] { new FeeBand(null, Pct(10)), new FeeBand(null, Pct(5)) }));
        Assert.Equal("bands", early.ParamName);
        Assert.StartsWith("bands[0] must have an upper bound: only the last band of a fee is open.", early.Message, StringComparison.Ordinal);

        var closed = Assert.Throws<ArgumentException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice,
            new[] { new FeeBand(10m, Pct(10)), new FeeBand(20m, Pct(5)) }));
        Assert.Equal("bands", closed.ParamName);
        Assert.StartsWith("bands[1] must be open (upTo null): only the last band of a fee is open.", closed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 10)] // equal bounds are not ascending
    [InlineData(20, 10)]
    public void Band_bounds_must_be_strictly_ascending(int first, int second)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.Marginal,
            new[] { new FeeBand(first, Pct(10)), new FeeBand(second, Pct(5)), new FeeBand(null, Pct(1)) }));
        Assert.Equal("bands", ex.ParamName);
        Assert.StartsWith($"bands[1].upTo was {second}; bands must be ascending (previous bound {first}).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marginal_band_cannot_carry_a_fixed_amount()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.Marginal,
            new[] { new FeeBand(10m, Pct(10)), new FeeBand(null, Pct(5), 0.30m) }));
        Assert.Equal("bands", ex.ParamName);
        Assert.StartsWith("bands[1] has a fixed amount; fixed amounts are allowed in whole-price bands only.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_maximum_and_tax_on_the_fee_are_checked()
    {
        FeeBand[] open = { new(null, Pct(10)) };
        var min = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, minimum: -0.01m));
        Assert.Equal("minimum", min.ParamName);
        Assert.Contains("minimum was -0.01; it must be zero or greater.", min.Message, StringComparison.Ordinal);

        var max = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, maximum: -1m));
        Assert.Equal("maximum", max.ParamName);
        Assert.Contains("maximum was -1; it must be zero or greater.", max.Message, StringComparison.Ordinal);

        var below = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, minimum: 2m, maximum: 1m));
        Assert.Equal("maximum", below.ParamName);
        Assert.Contains("maximum was 1; it must be at least the minimum 2.", below.Message, StringComparison.Ordinal);

        // A cap equal to or above the minimum is fine.
        Assert.Equal(2m, new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, minimum: 2m, maximum: 2m).Maximum);
        Assert.Equal(5m, new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, minimum: 2m, maximum: 5m).Maximum);
        Assert.Equal(5m, new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, maximum: 5m).Maximum);

        foreach (decimal percent in new[] { 101m, -1m })
        {
            var tax = Assert.Throws<ArgumentOutOfRangeException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, taxOnFee: Pct(percent)));
            Assert.Equal("taxOnFee", tax.ParamName);
            Assert.Contains("it must be in the range [0, 1]", tax.Message, StringComparison.Ordinal);
        }

        Assert.Equal(Percentage.OneHundred, new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open, taxOnFee: Percentage.OneHundred).TaxOnFee);
    }

    [Fact]
    public void Name_and_bands_are_required()
    {
        FeeBand[] open = { new(null, Pct(10)) };
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new SellingFee(null!, FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SellingFee(" ", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, open)).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new SellingFee("f", FeeBase.PriceExcludingTax, FeeBandMode.WholePrice, Array.Empty<FeeBand>())).ParamName);
    }

    [Fact]
    public void Fee_band_checks_its_bound_rate_and_fixed_amount()
    {
        foreach (decimal bound in new[] { 0m, -5m })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FeeBand(bound, Pct(10)));
            Assert.Equal("upTo", ex.ParamName);
            Assert.Contains("it must be greater than zero.", ex.Message, StringComparison.Ordinal);
        }

        foreach (decimal percent in new[] { 100.5m, -0.5m })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FeeBand(10m, Pct(percent)));
            Assert.Equal("rate", ex.ParamName);
            Assert.Contains("it must be in the range [0, 1]", ex.Message, StringComparison.Ordinal);
        }

        var f = Assert.Throws<ArgumentOutOfRangeException>(() => new FeeBand(null, Pct(10), -0.01m));
        Assert.Equal("fixedAmount", f.ParamName);

        var edge = new FeeBand(0.01m, Percentage.OneHundred, 0m);
        Assert.Equal(0.01m, edge.UpTo);
        Assert.Equal(Percentage.OneHundred, edge.Rate);
        Assert.Equal(0m, edge.FixedAmount);
    }

    [Fact]
    public void Fee_band_equality_compares_bound_rate_and_fixed_amount()
    {
        var a = new FeeBand(10m, Pct(8), 0.30m);
        var same = new FeeBand(10m, Pct(8), 0.30m);
        FeeBand[] different = { new(20m, Pct(8), 0.30m), new(null, Pct(8), 0.30m), new(10m, Pct(9), 0.30m), new(10m, Pct(8), 0.40m) };

        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        foreach (FeeBand d in different)
        {
            Assert.False(a.Equals(d));
            Assert.False(a == d);
            Assert.True(a != d);
            Assert.False(a.Equals((object)d));
        }

        Assert.False(a.Equals("up to 10: 8% + 0.30"));
    }

    [Fact]
    public void Fee_band_text()
    {
        Assert.Equal("up to 10.00: 8%", new FeeBand(10.00m, Pct(8)).ToString());
        Assert.Equal("above: 15%", new FeeBand(null, Pct(15)).ToString());
        Assert.Equal("above: 2.9% + 0.30", new FeeBand(null, Pct(2.9m), 0.30m).ToString());
        Assert.Equal("up to 7500: 13.6%", new FeeBand(7500m, Pct(13.6m)).ToString());
    }
}
