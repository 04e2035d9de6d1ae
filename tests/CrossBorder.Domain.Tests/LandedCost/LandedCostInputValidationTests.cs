using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

/// <summary>
/// The small LandedCost value objects: each guard on both sides of its boundary, with the exception's type, parameter name and
/// message (the offending value and what is allowed), and the texts a breakdown node prints.
/// </summary>
public class LandedCostInputValidationTests
{
    private static readonly LocalDate Date = new(2026, 9, 15);

    private static Money Usd(decimal a) => Money.Of(a, Currency.USD);

    private static ShipmentLine Line(string sku = "TEE") => new(sku, HsCode.Parse("6109100010"), "CN", 1, Usd(5m), Mass.FromGrams(200));

    private static Shipment Ship(IReadOnlyList<ShipmentLine> lines, CountryCode origin, CountryCode destination, Money? onCarriage = null, IReadOnlyList<ShipmentFee>? fees = null) =>
        new(lines, origin, destination, Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Usd(10m), "air"), Date, Currency.USD, onCarriage: onCarriage, fees: fees);

    [Fact]
    public void Insurance_cover_says_whether_its_premium_is_estimated()
    {
        Assert.False(InsuranceCover.None.IsEstimated);                          // no premium, rate 0
        Assert.False(InsuranceCover.Given(Usd(12m)).IsEstimated);               // premium given
        Assert.False(InsuranceCover.Given(Usd(0m)).IsEstimated);                // a zero premium is still given, not estimated
        Assert.True(InsuranceCover.Estimated(Percentage.FromPercent(0.3m), Percentage.FromPercent(110)).IsEstimated);
        Assert.Equal(Usd(0m), InsuranceCover.Given(Usd(0m)).Premium);
    }

    [Fact]
    public void Negative_premium_is_rejected_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => InsuranceCover.Given(Usd(-1.25m)));
        Assert.Equal("premium", ex.ParamName);
        Assert.Contains("-1.25", ex.Message, StringComparison.Ordinal);
        Assert.Contains("zero or greater", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 110)]     // rate not greater than zero
    [InlineData(1, 0)]       // cover not greater than zero
    [InlineData(50, 200)]    // rate × cover = 0.5 × 2 = 1, i.e. 100 %: not below 100 %
    [InlineData(90, 120)]    // 0.9 × 1.2 = 1.08 (while 0.9 / 1.2 = 0.75 would pass)
    public void Estimated_cover_outside_its_range_is_rejected(decimal ratePercent, decimal coverPercent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => InsuranceCover.Estimated(Percentage.FromPercent(ratePercent), Percentage.FromPercent(coverPercent)));
        Assert.Equal("rate", ex.ParamName);
        Assert.Contains("greater than zero with rate × cover below 100%", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, 50)]     // 0.6 × 0.5 = 0.3 < 1 (while 0.6 / 0.5 = 1.2 would not)
    [InlineData(0.3, 110)]
    [InlineData(99, 100)]    // 0.99
    public void Estimated_cover_inside_its_range_is_kept(decimal ratePercent, decimal coverPercent)
    {
        InsuranceCover cover = InsuranceCover.Estimated(Percentage.FromPercent(ratePercent), Percentage.FromPercent(coverPercent));
        Assert.Null(cover.Premium);
        Assert.Equal(Percentage.FromPercent(ratePercent), cover.Rate);
        Assert.Equal(Percentage.FromPercent(coverPercent), cover.CoverRatio);
    }

    [Fact]
    public void Fixed_fulfilment_fee_rejects_a_negative_fee_and_always_answers_its_fee()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FixedFulfilmentFee(Money.Of(-0.5m, Currency.EUR)));
        Assert.Equal("feePerUnit", ex.ParamName);
        Assert.Contains("-0.5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("zero or greater", ex.Message, StringComparison.Ordinal);

        var fee = new FixedFulfilmentFee(Money.Of(3.2m, Currency.EUR));
        Assert.True(fee.TryGetFulfilmentFee(MarketplaceId.Parse("amazon-de"), Dimensions.Of(1, 1, 1, LengthUnit.Centimetre), Mass.FromGrams(1), Date, out Money? got));
        Assert.Equal(Money.Of(3.2m, Currency.EUR), got);
    }

    [Fact]
    public void Shipment_rejects_a_null_line_at_any_position()
    {
        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => Ship(new ShipmentLine[] { null! }, "CN", "US")).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => Ship(new[] { Line("A"), null! }, "CN", "US")).ParamName);
    }

    [Fact]
    public void Shipment_rejects_default_countries_naming_the_one_missing()
    {
        var noOrigin = Assert.Throws<ArgumentException>(() => Ship(new[] { Line() }, default, "US"));
        Assert.Equal("origin", noOrigin.ParamName);
        Assert.Contains("default CountryCode", noOrigin.Message, StringComparison.Ordinal);
        var noDestination = Assert.Throws<ArgumentException>(() => Ship(new[] { Line() }, "CN", default));
        Assert.Equal("destination", noDestination.ParamName);
        Assert.Contains("default CountryCode", noDestination.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipment_rejects_negative_on_carriage_and_defaults_fees_to_none()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ship(new[] { Line() }, "CN", "US", onCarriage: Usd(-3m)));
        Assert.Equal("onCarriage", ex.ParamName);
        Assert.Contains("-3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("zero or greater", ex.Message, StringComparison.Ordinal);

        Shipment s = Ship(new[] { Line() }, "CN", "US", onCarriage: Usd(0m));
        Assert.NotNull(s.Fees);
        Assert.Empty(s.Fees);
        Assert.Equal(Usd(0m), s.OnCarriage);
    }

    [Fact]
    public void Shipment_line_rejects_default_codes_and_a_zero_mass_naming_the_sku()
    {
        var hs = Assert.Throws<ArgumentException>(() => new ShipmentLine("MUG-1", default, "CN", 1, Usd(5m), Mass.FromGrams(200)));
        Assert.Equal("hsCode", hs.ParamName);
        Assert.Contains("'MUG-1'", hs.Message, StringComparison.Ordinal);
        Assert.Contains("default HsCode", hs.Message, StringComparison.Ordinal);

        var origin = Assert.Throws<ArgumentException>(() => new ShipmentLine("MUG-1", HsCode.Parse("6912000000"), default, 1, Usd(5m), Mass.FromGrams(200)));
        Assert.Equal("origin", origin.ParamName);
        Assert.Contains("'MUG-1'", origin.Message, StringComparison.Ordinal);
        Assert.Contains("country of origin", origin.Message, StringComparison.Ordinal);

        var mass = Assert.Throws<ArgumentOutOfRangeException>(() => new ShipmentLine("MUG-1", HsCode.Parse("6912000000"), "CN", 1, Usd(5m), Mass.FromGrams(0)));
        Assert.Equal("unitMass", mass.ParamName);
        Assert.Contains("'MUG-1'", mass.Message, StringComparison.Ordinal);
        Assert.Contains("greater than zero", mass.Message, StringComparison.Ordinal);

        Assert.Equal(0.001m, new ShipmentLine("MUG-1", HsCode.Parse("6912000000"), "CN", 1, Usd(5m), Mass.FromGrams(0.001m)).UnitMass.Grams);
    }

    [Fact]
    public void Cost_node_prints_label_amount_rate_base_and_rule()
    {
        var noRate = new CostNode("Goods", CostKind.Goods, Usd(100m), "invoice value", null, null, null, Date, counted: true, children: null);
        Assert.Equal("Goods: USD 100.00 — invoice value", noRate.ToString());

        var rateOnBase = new CostNode("Duty", CostKind.Duty, Usd(12m), "MFN rate", "12%", Usd(100m), null, Date, counted: true, children: null);
        Assert.Equal("Duty: USD 12.00 — 12% of USD 100.00; MFN rate", rateOnBase.ToString());

        var rateOnly = new CostNode("Fee", CostKind.Fee, Usd(3m), "per item", "USD 3/item", null, null, Date, counted: false, children: null);
        Assert.Equal("Fee: USD 3.00 (not counted) — USD 3/item; per item", rateOnly.ToString());
        Assert.Equal("USD 3/item", rateOnly.Rate);
        Assert.Equal("USD 3/item", rateOnly.Rate); // second read, from the kept text
    }

    [Fact]
    public void Cost_node_tree_indents_two_spaces_per_level_and_cites_sources()
    {
        var source = new Source("Tariff schedule", "https://example.org/tariff", Date);
        var grandchild = new CostNode("Fee", CostKind.Fee, Usd(3m), "per item", "USD 3/item", null, null, Date, counted: false, children: null);
        var child = new CostNode("Duty", CostKind.Duty, Usd(12m), "MFN rate", "12%", Usd(100m), source, new LocalDate(2026, 1, 2), counted: true, children: new[] { grandchild });
        var root = new CostNode("Total", CostKind.Total, Usd(115m), "sum of the parts", null, null, null, Date, counted: true, children: new[] { child });
        Assert.Equal(
            "Total: USD 115.00 — sum of the parts\n"
            + "  Duty: USD 12.00 — 12% of USD 100.00; MFN rate [Tariff schedule; as of 2026-01-02]\n"
            + "    Fee: USD 3.00 (not counted) — USD 3/item; per item\n",
            root.ToTreeString());
    }
}
