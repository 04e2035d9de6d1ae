using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Compliance;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Catalog;

public class ProductTests
{
    [Fact]
    public void Negative_watt_hours_are_rejected_naming_the_argument_and_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Battery(BatteryChemistry.LithiumIon, -20m, 1, BatteryConfiguration.ContainedInEquipment));
        Assert.Equal("wattHours", ex.ParamName);
        Assert.Contains("-20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lithium_ion_battery_must_state_its_watt_hours()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Battery(BatteryChemistry.LithiumIon, 0m, 1, BatteryConfiguration.Standalone));
        Assert.Equal("wattHours", ex.ParamName);
        Assert.Equal(0m, new Battery(BatteryChemistry.Alkaline, 0m, 2, BatteryConfiguration.PackedWithEquipment).WattHours);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Battery_counts_must_be_positive(int count, int cells)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Battery(BatteryChemistry.LithiumIon, 10m, count, BatteryConfiguration.Standalone, cells));
    }

    [Fact]
    public void Cell_watt_hours_share_the_battery_rating()
    {
        var battery = new Battery(BatteryChemistry.LithiumIon, 37m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 3);
        Assert.Equal(37m / 3m, battery.CellWattHours);
    }

    [Theory]
    [InlineData("85.18")]
    [InlineData("8518.2")]
    [InlineData("77.01.00")]
    [InlineData("ABCDEF")]
    public void An_hs_code_of_unknown_format_is_rejected(string code)
    {
        var ex = Assert.Throws<FormatException>(() => HsCode.Parse(code));
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ÄÖÜ")]
    public void A_malformed_sku_is_rejected(string sku)
    {
        Assert.Throws<FormatException>(() => Sku.Parse(sku));
        Assert.False(Sku.TryParse(sku, out _));
    }

    [Fact]
    public void A_liquid_volume_must_be_positive()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SampleProducts.Cosmetic() with { LiquidMillilitres = -5m });
        Assert.Equal("LiquidMillilitres", ex.ParamName);
    }

    [Fact]
    public void Fibre_shares_must_add_up_to_one_hundred_percent()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TextileComposition(new[] { new FibreShare("cotton", 60m), new FibreShare("polyester", 30m) }));
        Assert.Equal("fibres", ex.ParamName);
        Assert.Contains("90", ex.Message, StringComparison.Ordinal);
        var blend = new TextileComposition(new[] { new FibreShare("elastane", 5m), new FibreShare("cotton", 95m) });
        Assert.Equal("95% cotton, 5% elastane", blend.ToString());
    }

    [Fact]
    public void Cas_numbers_are_checked_with_their_check_digit()
    {
        Assert.Equal("117-81-7", new DeclaredSubstance("DEHP", "117-81-7", 0.5m).CasNumber); // bis(2-ethylhexyl) phthalate
        var ex = Assert.Throws<ArgumentException>(() => new DeclaredSubstance("DEHP", "117-81-8"));
        Assert.Equal("casNumber", ex.ParamName);
    }

    [Fact]
    public void A_certificate_cannot_expire_before_it_is_issued()
    {
        var ex = Assert.Throws<ArgumentException>(() => SampleProducts.Certificate("CE-RED", validUntil: new LocalDate(2024, 1, 1), issuedOn: new LocalDate(2025, 1, 1)));
        Assert.Equal("validUntil", ex.ParamName);
    }

    [Fact]
    public void A_certificate_is_valid_from_issue_to_its_last_day_inclusive()
    {
        HeldCertificate c = SampleProducts.Certificate("UKCA", "GB", validUntil: new LocalDate(2026, 12, 31), issuedOn: new LocalDate(2026, 1, 1));
        Assert.False(c.IsValidOn(new LocalDate(2025, 12, 31)));
        Assert.True(c.IsValidOn(new LocalDate(2026, 1, 1)));
        Assert.True(c.IsValidOn(new LocalDate(2026, 12, 31)));
        Assert.False(c.IsValidOn(new LocalDate(2027, 1, 1)));
        Assert.True(c.Covers(CountryCode.Parse("GB")));
        Assert.False(c.Covers(CountryCode.Parse("DE")));
    }

    [Fact]
    public void Categories_are_closed_but_extensible()
    {
        Assert.Same(ProductCategory.Toy, ProductCategory.FromCode("toy"));
        ProductCategory garden = ProductCategory.Define("garden-tools", "Garden tools");
        Assert.False(garden.IsBuiltIn);
        Assert.Equal(garden, ProductCategory.Define("garden-tools", "Other name"));
        Assert.Throws<ArgumentException>(() => ProductCategory.Define("toy", "Toys again"));
        Assert.Throws<ArgumentException>(() => ProductCategory.Define("Garden Tools", "Bad code"));
        Assert.Throws<ArgumentException>(() => ProductCategory.FromCode("spaceships"));
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Descriptions_do_not_depend_on_the_culture()
    {
        Assert.Equal("lithium-ion 20.5 Wh × 1, contained in equipment", new Battery(BatteryChemistry.LithiumIon, 20.5m, 1, BatteryConfiguration.ContainedInEquipment).ToString());
        Assert.Equal("mains 100–240 V AC, 30.5 W", new ElectricalRating(true, 100m, 240m, CurrentType.Alternating, 30.5m).ToString());
        Assert.Equal(CertificateType.Parse("pse-circle"), CertificateType.Parse("PSE-CIRCLE")); // upper-cased invariantly (no dotted İ)
    }

    [Fact]
    public void A_product_requires_its_identity()
    {
        Assert.Throws<ArgumentException>(() => new Product(default, "x", HsCode.Parse("851822"), ProductCategory.General, CountryCode.Parse("CN"), Money.Of(1m, "USD")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Product(Sku.Parse("A1"), "x", HsCode.Parse("851822"), ProductCategory.General, CountryCode.Parse("CN"), Money.Of(-1m, "USD")));
        Product p = SampleProducts.Speaker().WithCertificate(SampleProducts.Certificate("CE-RED"));
        Assert.Single(p.Certificates);
        Assert.Empty(SampleProducts.Speaker().Certificates);
    }
}
