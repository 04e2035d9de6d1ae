using System.Reflection;
using System.Text.Json;
using Ardalis.SmartEnum;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Serialization;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>Round-trip properties: every value read back equals the value written and writes the same text again.</summary>
public class JsonValuePropertyTests
{
    private static void RoundTrips<T>(T value)
    {
        string json = JsonSerializer.Serialize(value, CrossBorderJson.Options);
        T back = JsonSerializer.Deserialize<T>(json, CrossBorderJson.Options)!;
        Assert.Equal(value, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, CrossBorderJson.Options));
        // Value types carry their converters: the same text without the library's options.
        Assert.Equal(json, JsonSerializer.Serialize(value));
    }

    private static decimal Scaled(long units, int scale)
    {
        ulong u = units == long.MinValue ? long.MaxValue : (ulong)Math.Abs(units);
        return new decimal(unchecked((int)(uint)u), unchecked((int)(uint)(u >> 32)), 0, false, (byte)scale);
    }

    [Property]
    public void Percentages_round_trip(long units, byte scale) => RoundTrips(Percentage.FromPercent(units < 0 ? -Scaled(units, scale % 10) : Scaled(units, scale % 10)));

    [Property]
    public void Masses_round_trip(uint units, byte scale, byte unit) =>
        RoundTrips(new Mass(Scaled(units, scale % 7), (MassUnit)(unit % Enum.GetValues<MassUnit>().Length)));

    [Property]
    public void Lengths_round_trip(uint units, byte scale, byte unit) =>
        RoundTrips(new Length(Scaled(units, scale % 7), (LengthUnit)(unit % Enum.GetValues<LengthUnit>().Length)));

    [Property]
    public void Volumes_round_trip(uint units, byte scale, byte unit) =>
        RoundTrips(new Volume(Scaled(units, scale % 7), (VolumeUnit)(unit % Enum.GetValues<VolumeUnit>().Length)));

    [Property]
    public void Dimensions_round_trip(PositiveInt a, PositiveInt b, PositiveInt c, byte scale) =>
        RoundTrips(Dimensions.Of(Scaled(a.Get, scale % 4), Scaled(b.Get, scale % 3), Scaled(c.Get, 1), LengthUnit.Centimetre));

    [Property]
    public void Country_codes_round_trip(byte first, byte second)
    {
        string code = new(new[] { (char)('A' + (first % 26)), (char)('A' + (second % 26)) });
        if (CountryCode.TryParse(code, out CountryCode country))
        {
            RoundTrips(country);
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryCode>("\"" + code + "\"", CrossBorderJson.Options));
        }
    }

    [Property]
    public void Hs_codes_round_trip(uint digits, bool eight, bool ten)
    {
        string text = (digits % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + (eight ? "12" + (ten ? "34" : string.Empty) : string.Empty);
        if (HsCode.TryParse(text, out HsCode code))
        {
            RoundTrips(code);
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HsCode>("\"" + text + "\"", CrossBorderJson.Options));
        }
    }

    [Property]
    public void Skus_round_trip(NonEmptyString text)
    {
        if (Sku.TryParse(text.Get, out Sku sku))
        {
            RoundTrips(sku);
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sku>(JsonSerializer.Serialize(text.Get), CrossBorderJson.Options));
        }
    }

    [Property]
    public void Effective_periods_round_trip(ushort startDay, ushort length, bool open)
    {
        var from = new LocalDate(2000, 1, 1).PlusDays(startDay);
        RoundTrips(open ? EffectivePeriod.From(from) : EffectivePeriod.Between(from, from.PlusDays(length)));
        RoundTrips(EffectivePeriod.Always.WithValidTo(open ? null : from));
    }

    [Fact]
    public void An_open_start_is_written_as_null_and_reads_back_as_always()
    {
        // EffectivePeriod.Always starts on LocalDate.MinIsoValue (year -9998), which has no yyyy-MM-dd form.
        string json = JsonSerializer.Serialize(EffectivePeriod.Always, CrossBorderJson.Options);
        Assert.Equal("{\"validFrom\":null,\"validTo\":null}", json);
        Assert.Equal(EffectivePeriod.Always, JsonSerializer.Deserialize<EffectivePeriod>(json, CrossBorderJson.Options));
        Assert.Equal(EffectivePeriod.From(new LocalDate(2024, 9, 1)), JsonSerializer.Deserialize<EffectivePeriod>("{\"validFrom\":\"2024-09-01\"}", CrossBorderJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EffectivePeriod>("{\"validTo\":null}", CrossBorderJson.Options));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(EffectivePeriod.From(new LocalDate(-5, 1, 1)), CrossBorderJson.Options));
        Assert.Contains("validFrom", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public void Exchange_rates_round_trip(Currency quote, PositiveInt units, byte scale, ushort day)
    {
        if (quote == Currency.EUR)
        {
            return;
        }

        RoundTrips(new ExchangeRate(Currency.EUR, quote, Scaled(units.Get, scale % 12), new LocalDate(2020, 1, 1).PlusDays(day), "example"));
    }

    [Property]
    public void Insurance_covers_round_trip(PositiveInt premium, byte rate)
    {
        RoundTrips(InsuranceCover.Given(Money.Of(premium.Get / 100m, "USD")));
        RoundTrips(InsuranceCover.Estimated(Percentage.FromPercent(1 + (rate % 50) / 10m), Percentage.FromPercent(110)));
        RoundTrips(InsuranceCover.None);
    }

    [Property]
    public void Chargeable_weights_round_trip(PositiveInt grams, PositiveInt side)
    {
        var carton = new Carton(Dimensions.Of(side.Get % 200 + 1, 20, 10, LengthUnit.Centimetre), Mass.FromGrams(grams.Get % 100_000 + 1));
        RoundTrips(ChargeableWeight.Of([carton], VolumetricDivisor.Express, WeightRounding.UpTo(Mass.FromGrams(500))));
    }

    [Property]
    public void Advertising_assumptions_round_trip(byte acos, byte share) =>
        RoundTrips(AdvertisingAssumptions.FromAcos(Percentage.FromPercent(acos), Percentage.FromPercent(share % 101)));

    [Fact]
    public void Product_categories_round_trip_built_in_and_user_defined()
    {
        foreach (ProductCategory category in ProductCategory.All)
        {
            Assert.Same(category, JsonSerializer.Deserialize<ProductCategory>(JsonSerializer.Serialize(category, CrossBorderJson.Options), CrossBorderJson.Options));
        }

        ProductCategory mine = ProductCategory.Define("garden-tools", "Garden tools");
        string json = JsonSerializer.Serialize(mine, CrossBorderJson.Options);
        Assert.Equal("{\"code\":\"garden-tools\",\"name\":\"Garden tools\"}", json);
        ProductCategory back = JsonSerializer.Deserialize<ProductCategory>(json, CrossBorderJson.Options)!;
        Assert.Equal(mine, back);
        Assert.Equal("Garden tools", back.Name);
        Assert.Same(ProductCategory.Toy, JsonSerializer.Deserialize<ProductCategory>("\"toy\"", CrossBorderJson.Options));
    }

    [Fact]
    public void Fulfilment_round_trips_in_each_form()
    {
        foreach (Fulfilment f in new[] { Fulfilment.None, Fulfilment.Fixed(Money.Of(3.9m, "EUR"), "3PL"), Fulfilment.ByAmazon(Dimensions.Of(20, 15, 5, LengthUnit.Centimetre), Mass.FromGrams(250)) })
        {
            string json = JsonSerializer.Serialize(f, CrossBorderJson.Options);
            Fulfilment back = JsonSerializer.Deserialize<Fulfilment>(json, CrossBorderJson.Options)!;
            Assert.Equal(json, JsonSerializer.Serialize(back, CrossBorderJson.Options));
            Assert.Equal(f.IsByAmazon, back.IsByAmazon);
            Assert.Equal(f.FixedCost, back.FixedCost);
        }
    }

    public static IEnumerable<object[]> SmartEnumTypes() =>
        typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>))
            .Select(t => new object[] { t.Name, t });

    [Theory]
    [MemberData(nameof(SmartEnumTypes))]
    public void Every_smart_enum_member_round_trips_as_its_camel_case_name(string name, Type type)
    {
        Assert.NotNull(name);
        var members = (System.Collections.IEnumerable)type.BaseType!.BaseType!.GetProperty("List", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        int count = 0;
        foreach (object member in members)
        {
            string memberName = (string)type.GetProperty("Name")!.GetValue(member)!;
            string json = JsonSerializer.Serialize(member, type, CrossBorderJson.Options);
            Assert.Equal("\"" + JsonNamingPolicy.CamelCase.ConvertName(memberName) + "\"", json);
            Assert.Same(member, JsonSerializer.Deserialize(json, type, CrossBorderJson.Options));
            count++;
        }

        Assert.True(count > 0);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"noSuchMember\"", type, CrossBorderJson.Options));
        Assert.Contains("use one of", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("1", type, CrossBorderJson.Options));
    }

    public static IEnumerable<object[]> EnumTypes() =>
        typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum).Select(t => new object[] { t.Name, t });

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_enum_member_round_trips_as_a_camel_case_name_and_numbers_are_refused(string name, Type type)
    {
        Assert.NotNull(name);
        foreach (object member in Enum.GetValues(type))
        {
            string json = JsonSerializer.Serialize(member, type);
            Assert.StartsWith("\"", json, StringComparison.Ordinal);
            Assert.Equal(member, JsonSerializer.Deserialize(json, type, CrossBorderJson.Options));
        }

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("0", type, CrossBorderJson.Options));
    }

    public static IEnumerable<object[]> FlagsEnumTypes() =>
        typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.IsDefined(typeof(FlagsAttribute), false)).Select(t => new object[] { t.Name, t });

    [Theory]
    [MemberData(nameof(FlagsEnumTypes))]
    public void Every_combination_of_a_flags_enum_round_trips_as_comma_separated_camel_case_names(string name, Type type)
    {
        Assert.NotNull(name);
        Assert.NotNull(type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>());
        long all = 0;
        foreach (object member in Enum.GetValues(type))
        {
            all |= Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture);
        }

        object combined = Enum.ToObject(type, all);
        string json = JsonSerializer.Serialize(combined, type, CrossBorderJson.Options);
        Assert.Matches("^\"[a-z][A-Za-z0-9]*(, [a-z][A-Za-z0-9]*)+\"$", json);
        Assert.Equal(combined, JsonSerializer.Deserialize(json, type, CrossBorderJson.Options));
    }

    [Fact]
    public void Kpi_dimensions_and_memberships_write_their_documented_form()
    {
        Assert.Equal("\"marketplace, sku\"", JsonSerializer.Serialize(Domain.Kpis.KpiDimensions.Marketplace | Domain.Kpis.KpiDimensions.Sku, CrossBorderJson.Options));
        Assert.Equal("\"euMember, euCustomsUnion\"", JsonSerializer.Serialize(Membership.EuMember | Membership.EuCustomsUnion, CrossBorderJson.Options));
        Assert.Equal(Membership.EuMember | Membership.Eea, JsonSerializer.Deserialize<Membership>("\"eea, euMember\"", CrossBorderJson.Options));
    }
}
