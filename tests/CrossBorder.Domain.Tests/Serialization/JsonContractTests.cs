using System.Text.Json;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Serialization;
using CrossBorder.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Serialization;

public class JsonContractTests
{
    private sealed record Line(string Sku, Money Price, Percentage Vat, CountryCode Origin, MarketplaceId Marketplace, HsCode Hs, Mass Weight, Dimensions Box, LocalDate Date, EffectivePeriod Period, ValuationBasis Basis, ImportVatBase VatBase);

    private static readonly Line Sample = new(
        "SPK-1",
        Money.Of(1234.5m, "EUR"),
        Percentage.FromPercent(19m),
        CountryCode.Parse("CN"),
        MarketplaceId.Parse("amazon-de"),
        HsCode.Parse("8518.22.00"),
        Mass.FromKilograms(1.25m),
        Dimensions.Of(30m, 20m, 10m, LengthUnit.Centimetre),
        new LocalDate(2026, 11, 27),
        EffectivePeriod.From(new LocalDate(2024, 9, 1)),
        ValuationBasis.Cif,
        ImportVatBase.CustomsValue | ImportVatBase.Duty);

    private const string SampleJson =
        "{\"sku\":\"SPK-1\",\"price\":{\"amount\":\"1234.50\",\"currency\":\"EUR\"},\"vat\":\"19%\",\"origin\":\"CN\",\"marketplace\":\"amazon-de\"," +
        "\"hs\":\"8518.22.00\",\"weight\":\"1.25 kg\",\"box\":{\"longest\":\"30 cm\",\"median\":\"20 cm\",\"shortest\":\"10 cm\"}," +
        "\"date\":\"2026-11-27\",\"period\":{\"validFrom\":\"2024-09-01\",\"validTo\":null},\"basis\":\"cif\",\"vatBase\":\"customsValue, duty\"}";

    [Fact]
    public void The_contract_is_the_documented_text() =>
        Assert.Equal(SampleJson, JsonSerializer.Serialize(Sample, CrossBorderJson.Options));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    public void Output_is_byte_identical_under_every_culture(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            Assert.Equal(SampleJson, JsonSerializer.Serialize(Sample, CrossBorderJson.Options));
            Assert.Equal(Sample, JsonSerializer.Deserialize<Line>(SampleJson, CrossBorderJson.Options));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Value_types_serialize_the_same_without_the_library_options() =>
        Assert.Equal("{\"amount\":\"0.10\",\"currency\":\"USD\"}", JsonSerializer.Serialize(Money.Of(0.1m, "USD")));

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public void Money_round_trips_exactly(Money money)
    {
        string json = JsonSerializer.Serialize(money, CrossBorderJson.Options);
        Money back = JsonSerializer.Deserialize<Money>(json, CrossBorderJson.Options);
        Assert.Equal(money, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, CrossBorderJson.Options));
    }

    [Property]
    public void Percentages_and_masses_round_trip(int basisPoints, uint grams)
    {
        Percentage p = Percentage.FromBasisPoints(basisPoints);
        Assert.Equal(p, JsonSerializer.Deserialize<Percentage>(JsonSerializer.Serialize(p)));
        Mass m = Mass.FromGrams(grams);
        Assert.Equal(m, JsonSerializer.Deserialize<Mass>(JsonSerializer.Serialize(m)));
    }

    [Theory]
    [InlineData("{\"amount\":\"12.34\",\"currency\":\"XYZ\"}", "currency code")]
    [InlineData("{\"currency\":\"USD\"}", "\"amount\" is missing")]
    [InlineData("{\"amount\":\"12.34\"}", "\"currency\" is missing")]
    [InlineData("{\"amount\":0.30000000000000004,\"currency\":\"USD\"}", "binary floating-point")]
    [InlineData("{\"amount\":\"1e3\",\"currency\":\"USD\"}", "decimal number")]
    [InlineData("{\"amount\":\"12.34\",\"currency\":\"USD\",\"extra\":1}", "Unexpected property 'extra'")]
    [InlineData("\"USD 12.34\"", "JSON object")]
    public void Malformed_money_gets_a_clear_error_with_its_path(string money, string expected)
    {
        string json = "{\"lines\":[{\"price\":" + money + "}]}";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Order>(json, CrossBorderJson.Options));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.lines[0].price", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_sent_as_short_numbers_are_accepted() =>
        Assert.Equal(Money.Of(12.34m, "USD"), JsonSerializer.Deserialize<Money>("{\"currency\":\"USD\",\"amount\":12.34}"));

    [Theory]
    [InlineData("\"D\"", typeof(CountryCode))]
    [InlineData("\"85-18\"", typeof(HsCode))]
    [InlineData("\"amazon--de\"", typeof(MarketplaceId))]
    [InlineData("\"5 parsecs\"", typeof(Length))]
    [InlineData("42", typeof(Percentage))]
    [InlineData("\"fob-ish\"", typeof(ValuationBasis))]
    [InlineData("2", typeof(ValuationBasis))]
    [InlineData("{\"validFrom\":\"2024-13-01\",\"validTo\":null}", typeof(EffectivePeriod))]
    [InlineData("{\"validFrom\":\"2025-01-01\",\"validTo\":\"2024-01-01\"}", typeof(EffectivePeriod))]
    public void Malformed_values_are_json_exceptions(string json, Type type) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, CrossBorderJson.Options));

    [Fact]
    public void Shared_options_are_read_only() =>
        Assert.Throws<InvalidOperationException>(() => CrossBorderJson.Options.WriteIndented = true);

    private sealed record Order(IReadOnlyList<OrderLine> Lines);

    private sealed record OrderLine(Money Price);
}
