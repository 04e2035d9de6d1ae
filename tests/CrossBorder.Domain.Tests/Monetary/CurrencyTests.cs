using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>Worked values from ISO 4217 list one (published 2024-06-25, SIX Financial Information), the embedded source.</summary>
public class CurrencyTests
{
    [Theory]
    [InlineData("USD", 840, 2, "US Dollar")]
    [InlineData("EUR", 978, 2, "Euro")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("KRW", 410, 0, "Won")]
    [InlineData("KWD", 414, 3, "Kuwaiti Dinar")]
    [InlineData("BHD", 48, 3, "Bahraini Dinar")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    [InlineData("CNY", 156, 2, "Yuan Renminbi")]
    [InlineData("VND", 704, 0, "Dong")]
    public void FromCode_returns_the_iso_4217_facts(string code, int numeric, int minorUnits, string name)
    {
        Currency currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(numeric, currency.NumericCode);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(name, currency.Name);
    }

    [Theory]
    [InlineData("XAU")]
    [InlineData("XDR")]
    [InlineData("XXX")]
    public void Codes_without_a_minor_unit_say_so(string code) => Assert.Null(Currency.FromCode(code).MinorUnits);

    [Fact]
    public void All_active_list_one_codes_are_present_and_unique()
    {
        Assert.Equal(179, Currency.All.Count);
        Assert.Equal(Currency.All.Count, Currency.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(Currency.All.Count, Currency.All.Select(c => c.NumericCode).Distinct().Count());
        Assert.Equal(Currency.All.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Code), Currency.All.Select(c => c.Code));
    }

    [Fact]
    public void Caribbean_guilder_replaces_the_netherlands_antillean_guilder()
    {
        // ISO 4217 Amendment 176 (SIX, 2023-12-06): from 2025-03-31 Curaçao and Sint Maarten use XCG, numeric 532 (kept from ANG),
        // 2 minor units; ANG is withdrawn, so list one (and this table) no longer carries it.
        Currency xcg = Currency.FromCode("XCG");
        Assert.Equal(532, xcg.NumericCode);
        Assert.Equal(2, xcg.MinorUnits);
        Assert.Equal("Caribbean Guilder", xcg.Name);
        Assert.Same(xcg, Currency.FromNumericCode(532));
        Assert.False(Currency.TryFromCode("ANG", out _));
    }

    [Fact]
    public void Display_symbols_are_unambiguous()
    {
        var symbols = Currency.All.Select(c => c.Symbol).ToList();
        Assert.Equal(symbols.Count, symbols.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("$", Currency.USD.Symbol);
        Assert.Equal("CA$", Currency.CAD.Symbol);
        Assert.Equal("€", Currency.EUR.Symbol);
        Assert.Equal("CHF", Currency.FromCode("CHF").Symbol);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("uSD")]
    public void Lookup_ignores_case(string code) => Assert.Same(Currency.USD, Currency.FromCode(code));

    [Fact]
    [UseCulture("tr-TR")]
    public void Lookup_ignores_case_under_turkish_culture_where_i_is_special()
    {
        Assert.Equal("IDR", Currency.FromCode("idr").Code);
        Assert.Equal("ISK", Currency.FromCode("isk").Code);
        Assert.Equal("INR", Currency.FromCode("inr").Code);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("")]
    [InlineData("U$D")]
    [InlineData("DEM")]
    public void Unknown_codes_throw_a_specific_exception_naming_the_code(string code)
    {
        var ex = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode(code));
        Assert.Equal("code", ex.ParamName);
        Assert.Equal(code, ex.Code);
        Assert.Contains("'" + code + "'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 4217", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_code_throws_argument_null()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void TryFromCode_does_not_throw()
    {
        Assert.False(Currency.TryFromCode("ABC", out _));
        Assert.False(Currency.TryFromCode((string?)null, out _));
        Assert.True(Currency.TryFromCode("gbp", out Currency? gbp));
        Assert.Same(Currency.GBP, gbp);
        Assert.True(Currency.TryFromCode("JPY".AsSpan(), out Currency? jpy));
        Assert.Same(Currency.JPY, jpy);
    }

    [Fact]
    public void Numeric_codes_resolve()
    {
        Assert.Same(Currency.EUR, Currency.FromNumericCode(978));
        Assert.Same(Currency.JPY, Currency.FromNumericCode(392));
        Assert.True(Currency.TryFromNumericCode(840, out Currency? usd));
        Assert.Same(Currency.USD, usd);
        Assert.False(Currency.TryFromNumericCode(1, out _));
        var ex = Assert.Throws<UnknownCurrencyException>(() => Currency.FromNumericCode(1));
        Assert.Equal("numericCode", ex.ParamName);
        Assert.Contains("'001'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_and_order_are_by_code()
    {
        Assert.True(Currency.FromCode("eur") == Currency.EUR);
        Assert.False(Currency.EUR != Currency.FromCode("EUR"));
        Assert.True(Currency.EUR < Currency.USD);
        Assert.True(Currency.USD > Currency.EUR);
        Assert.True(Currency.USD >= Currency.USD);
        Assert.True(Currency.AUD <= Currency.CAD);
        Assert.Equal(Currency.EUR.GetHashCode(), Currency.FromCode("eur").GetHashCode());
        Assert.Equal("USD", Currency.USD.ToString());
        Assert.True(Currency.USD.CompareTo(null) > 0);
        Assert.Equal(0, Currency.Compare(null, null));
    }

    [Fact]
    public void Funds_are_flagged()
    {
        Assert.True(Currency.FromCode("USN").IsFund);
        Assert.True(Currency.FromCode("CLF").IsFund);
        Assert.False(Currency.USD.IsFund);
    }

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Every_currency_resolves_from_its_code_in_any_case(Currency currency) =>
        ReferenceEquals(currency, Currency.FromCode(currency.Code.ToLowerInvariant()))
        && ReferenceEquals(currency, Currency.FromNumericCode(currency.NumericCode));
}
