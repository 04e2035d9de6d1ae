using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// The country table against ISO 3166-1 (codes as published by the ISO Online Browsing Platform, mirrored by mledoze/countries),
/// EU law (Directive 2006/112/EC Articles 5–7; Regulation (EU) No 952/2013 Article 4) and the CLDR measurement data.
/// </summary>
public class CountryTableTests
{
    private static CountryTable Countries => Markets.Default.Countries;

    public static Arbitrary<Country> CountryArbitrary() => Gen.Elements(Markets.Default.Countries.All.ToArray()).ToArbitrary();

    [Fact]
    public void All_249_iso_3166_1_countries_are_present_and_unique()
    {
        Assert.Equal(249, Countries.Count);
        Assert.Equal(249, Countries.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(249, Countries.All.Select(c => c.Numeric).Distinct().Count());
        Assert.False(Countries.TryGet("XK", out _)); // Kosovo has a user-assigned code, not an ISO one
    }

    [Theory]
    [InlineData("DE", "DEU", 276, "Germany", "EUR")]
    [InlineData("US", "USA", 840, "United States", "USD")]
    [InlineData("GB", "GBR", 826, "United Kingdom", "GBP")]
    [InlineData("JP", "JPN", 392, "Japan", "JPY")]
    [InlineData("AU", "AUS", 36, "Australia", "AUD")]
    [InlineData("BR", "BRA", 76, "Brazil", "BRL")]
    [InlineData("CW", "CUW", 531, "Curaçao", "XCG")] // ISO 4217 amendment 176: XCG from 2025-03-31
    [InlineData("SX", "SXM", 534, "Sint Maarten", "XCG")]
    public void Get_returns_the_iso_facts(string code, string alpha3, int numeric, string name, string currency)
    {
        Country country = Countries.Get(code);
        Assert.Equal(alpha3, country.Alpha3);
        Assert.Equal(numeric, country.Numeric);
        Assert.Equal(name, country.Name);
        Assert.Equal(currency, country.Currency.Code);
        Assert.Same(country, Countries.GetByAlpha3(alpha3.ToLowerInvariant()));
        Assert.Same(country, Countries.GetByNumeric(numeric));
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Lookups_do_not_depend_on_culture()
    {
        Assert.Equal("ITA", Countries.Get("it").Alpha3);
        Assert.Equal("Italy", Countries.GetByAlpha3("ita").Name);
    }

    [Theory]
    [InlineData("US", MeasurementSystem.UsCustomary)]
    [InlineData("LR", MeasurementSystem.UsCustomary)]
    [InlineData("MM", MeasurementSystem.UsCustomary)]
    [InlineData("GB", MeasurementSystem.Imperial)]
    [InlineData("DE", MeasurementSystem.Metric)]
    [InlineData("CA", MeasurementSystem.Metric)]
    public void Measurement_system_follows_cldr(string code, MeasurementSystem expected) =>
        Assert.Equal(expected, Countries.Get(code).MeasurementSystem);

    [Fact]
    public void Memberships_follow_eu_law_the_eea_agreement_and_the_gcc_charter()
    {
        Assert.Equal(27, Countries.All.Count(c => c.IsEuMember));
        Assert.Equal(30, Countries.All.Count(c => (c.Memberships & Membership.Eea) != 0));
        Assert.Equal(6, Countries.All.Count(c => (c.Memberships & Membership.Gcc) != 0));

        Country de = Countries.Get("DE");
        Assert.True(de.IsEuMember && de.IsInEuCustomsUnion && de.IsInEuVatArea);
        Assert.Contains("Heligoland", de.VatExcludedTerritories);
        Assert.Contains("Canary Islands", Countries.Get("ES").VatExcludedTerritories);

        Country no = Countries.Get("NO");
        Assert.False(no.IsEuMember || no.IsInEuCustomsUnion);
        Assert.True((no.Memberships & Membership.Eea) != 0);

        // Monaco: inside the Union customs territory (UCC Art. 4) and treated as France for VAT (Directive Art. 7).
        Country mc = Countries.Get("MC");
        Assert.True(mc.IsInEuCustomsUnion && mc.IsInEuVatArea && !mc.IsEuMember);

        // Åland and the French outermost regions: customs territory yes, VAT area no (Directive Art. 6(1)).
        foreach (string code in new[] { "AX", "GP", "RE", "MQ", "GF", "YT" })
        {
            Country c = Countries.Get(code);
            Assert.True(c.IsInEuCustomsUnion, code);
            Assert.False(c.IsInEuVatArea, code);
        }

        Assert.Equal(Membership.None, Countries.Get("GB").Memberships);
        Assert.Equal(Membership.None, Countries.Get("GI").Memberships); // left with the UK
        Assert.True((Countries.Get("AE").Memberships & Membership.Gcc) != 0);
    }

    [Fact]
    public void Unknown_codes_throw_a_specific_exception_naming_the_code()
    {
        var ex = Assert.Throws<UnknownCountryException>(() => Countries.Get("ZZ"));
        Assert.Equal("ZZ", ex.Code);
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("'ZZ'", ex.Message, StringComparison.Ordinal);
        Assert.False(Countries.TryGet("ZZ", out _));
        Assert.False(Countries.TryGet(default, out _));
        Assert.Throws<UnknownCountryException>(() => Countries.GetByAlpha3("ZZZ"));
        Assert.Throws<UnknownCountryException>(() => Markets.Default.For("QQ"));
        Assert.False(Markets.Default.TryFor("QQ", out _));
    }

    [Fact]
    public void Users_can_add_or_replace_a_country_without_forking()
    {
        var xk = new Country("XK", "XKX", 999, "Kosovo (user-assigned)", Currency.EUR, new[] { "sqi", "srp" }, MeasurementSystem.Metric, Membership.None, Array.Empty<string>(), Domain.Data.Source.UserSupplied("Own list", new NodaTime.LocalDate(2026, 11, 25)));
        Markets markets = Markets.Default.WithCountries(new[] { xk });
        Assert.Equal("Kosovo (user-assigned)", markets.Countries.Get("XK").Name);
        Assert.Equal(250, markets.Countries.Count);
        Assert.Equal(249, Markets.Default.Countries.Count);
    }

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(CountryTableTests) })]
    public bool Every_country_resolves_a_currency_of_the_currency_table(Country country) =>
        ReferenceEquals(country.Currency, Currency.FromCode(country.Currency.Code))
        && ReferenceEquals(country, Countries.Get(country.Code))
        && country.Code.Index < 676;
}
