using System.Globalization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// Formatting and parsing paths the culture tests do not reach: amounts that round to zero, cultures whose currency separators
/// differ from their number separators, cultures without a currency symbol, precision limits, marks in parsed text.
/// Added from the Stryker.NET survivors (docs/quality.md).
/// </summary>
public class MoneyFormattingEdgeTests
{
    private static NumberFormatInfo Custom(Action<NumberFormatInfo> change)
    {
        var nfi = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        change(nfi);
        return nfi;
    }

    [Fact]
    public void A_negative_amount_that_rounds_to_zero_prints_without_a_minus()
    {
        var us = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal("$0.00", Money.Of(-0.001m, Currency.USD).ToString("C2", us));
        Assert.Equal("-$0.01", Money.Of(-0.005m, Currency.USD).ToString("C2", us));
        Assert.Equal("-$1.50", Money.Of(-1.5m, Currency.USD).ToString("C", us));
        Assert.Equal("€0.00", Money.Of(-0.001m, Currency.EUR).ToString("C2", us));
        Assert.Equal("-€1.50", Money.Of(-1.5m, Currency.EUR).ToString("C", us));
    }

    [Fact]
    public void A_culture_without_a_currency_symbol_gets_the_currency_symbol_in_its_pattern()
    {
        // Symbol empty ⇒ nothing to swap: the pattern is applied by hand ("n $" positive, "-n $" negative).
        NumberFormatInfo nfi = Custom(n =>
        {
            n.CurrencySymbol = string.Empty;
            n.CurrencyPositivePattern = 3;
            n.CurrencyNegativePattern = 8;
            n.NumberGroupSeparator = n.CurrencyGroupSeparator = ".";
            n.NumberDecimalSeparator = n.CurrencyDecimalSeparator = ",";
        });
        Assert.Equal("1.234,50 €", Money.Of(1234.5m, Currency.EUR).ToString("C2", nfi));
        Assert.Equal("-1.234,50 €", Money.Of(-1234.5m, Currency.EUR).ToString("C2", nfi));
        Assert.Equal("0,00 €", Money.Of(-0.001m, Currency.EUR).ToString("C2", nfi));
        Assert.Equal("-0,01 €", Money.Of(-0.01m, Currency.EUR).ToString("C2", nfi));
        Assert.Equal("-9,00 €", Money.Of(-9m, Currency.EUR).ToString("C2", nfi));
    }

    [Fact]
    public void Currency_separators_that_differ_from_number_separators_are_respected()
    {
        NumberFormatInfo nfi = Custom(n =>
        {
            n.CurrencySymbol = string.Empty;
            n.CurrencyDecimalSeparator = ",";
            n.CurrencyGroupSeparator = " ";
            n.CurrencyPositivePattern = 0;
        });
        Assert.Equal("€1 234,50", Money.Of(1234.5m, Currency.EUR).ToString("C2", nfi));

        NumberFormatInfo groups = Custom(n =>
        {
            n.CurrencySymbol = string.Empty;
            n.CurrencyGroupSizes = new[] { 3, 2 };
            n.CurrencyPositivePattern = 0;
        });
        Assert.Equal("€12,34,567.00", Money.Of(1234567m, Currency.EUR).ToString("C2", groups));

        NumberFormatInfo sameLengthOtherSizes = Custom(n =>
        {
            n.CurrencySymbol = string.Empty;
            n.NumberGroupSizes = new[] { 2 };
            n.CurrencyGroupSizes = new[] { 3 };
            n.CurrencyPositivePattern = 0;
        });
        Assert.Equal("€1,234,567.00", Money.Of(1234567m, Currency.EUR).ToString("C2", sameLengthOtherSizes));
    }

    [Fact]
    public void A_culture_symbol_made_of_number_characters_is_not_swapped()
    {
        // A symbol of only digits, spaces or separators cannot be found safely in the formatted text: the pattern is used instead.
        NumberFormatInfo nfi = Custom(n => { n.CurrencySymbol = "0"; n.CurrencyPositivePattern = 2; });
        Assert.Equal("€ 5.00", Money.Of(5m, Currency.EUR).ToString("C2", nfi));
        NumberFormatInfo separator = Custom(n => { n.CurrencySymbol = "."; n.CurrencyPositivePattern = 2; });
        Assert.Equal("€ 5.00", Money.Of(5m, Currency.EUR).ToString("C2", separator));
        NumberFormatInfo parenthesis = Custom(n => { n.CurrencySymbol = "("; n.CurrencyPositivePattern = 1; });
        Assert.Equal("5.00€", Money.Of(5m, Currency.EUR).ToString("C2", parenthesis));
        NumberFormatInfo letter = Custom(n => { n.CurrencySymbol = "K"; n.CurrencyPositivePattern = 1; });
        Assert.Equal("5.00€", Money.Of(5m, Currency.EUR).ToString("C2", letter));
        NumberFormatInfo minus = Custom(n => { n.CurrencySymbol = "-"; n.CurrencyPositivePattern = 1; });
        Assert.Equal("5.00€", Money.Of(5m, Currency.EUR).ToString("C2", minus));
    }

    [Theory]
    [InlineData("N28")]
    [InlineData("C0")]
    [InlineData("n2")]
    public void Precisions_up_to_28_are_accepted(string format) =>
        Assert.NotEmpty(Money.Of(1.5m, Currency.USD).ToString(format, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("N29")]
    [InlineData("C100")]
    [InlineData("N-1")]
    [InlineData("Nx")]
    [InlineData("X")]
    [InlineData("G2")]
    public void Other_formats_are_refused_naming_the_format(string format) =>
        Assert.Contains($"'{format}'", Assert.Throws<FormatException>(() => Money.Of(1.5m, Currency.USD).ToString(format, CultureInfo.InvariantCulture)).Message, StringComparison.Ordinal);

    [Fact]
    public void General_format_shows_at_least_the_minor_unit_and_all_given_decimals()
    {
        Assert.Equal("USD 1.50", Money.Of(1.5m, Currency.USD).ToString());
        Assert.Equal("USD 1.505", Money.Of(1.505m, Currency.USD).ToString("G", null));
        Assert.Equal("JPY 15", Money.Of(15m, Currency.JPY).ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal("XXX 1.5", Money.Of(1.5m, Currency.XXX).ToString("g", CultureInfo.InvariantCulture));
        Assert.Equal("USD 1,50", Money.Of(1.5m, Currency.USD).ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("1.50 USD", Money.Of(1.5m, Currency.USD).ToString("N"));
    }

    [Theory]
    [InlineData("USD\u200E 12.34", 12.34)]
    [InlineData("\u200FUSD 12.34", 12.34)]
    [InlineData("USD\u061C12.34", 12.34)]
    [InlineData("USD\t12.34", 12.34)]
    [InlineData("12.34USD", 12.34)]
    [InlineData("12.34 USD", 12.34)]
    [InlineData("-USD 1", -1)]
    public void Parsing_drops_spaces_and_direction_marks(string text, double amount)
    {
        Money m = Money.Parse(text, CultureInfo.InvariantCulture);
        Assert.Same(Currency.USD, m.Currency);
        Assert.Equal((decimal)amount, m.Amount);
    }

    [Fact]
    public void Parsing_finds_the_code_before_or_after_the_amount()
    {
        Assert.Equal(Money.Of(5m, Currency.EUR), Money.Parse("ab EUR 5".Substring(3), CultureInfo.InvariantCulture));
        Assert.Equal(Money.Of(5m, Currency.EUR), Money.Parse("5 EUR", CultureInfo.InvariantCulture));
        Assert.Equal(Money.Of(5m, Currency.GBP), Money.Parse("GBP 5", CultureInfo.InvariantCulture));
        Assert.Equal(Money.Of(7m, Currency.USD), Money.Parse("ZZZ USD 7".Replace("ZZZ ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parsing_limits_length_and_names_the_culture_in_errors()
    {
        string justRight = "USD " + new string('1', 196);
        Assert.False(Money.TryParse(justRight + "1", CultureInfo.InvariantCulture, out _));
        Assert.Contains("201 characters", Assert.Throws<FormatException>(() => Money.Parse(justRight + "1")).Message, StringComparison.Ordinal);
        Assert.Contains("'de-DE'", Assert.Throws<FormatException>(() => Money.Parse("USD abc", CultureInfo.GetCultureInfo("de-DE"))).Message, StringComparison.Ordinal);
        Assert.Contains("'invariant'", Assert.Throws<FormatException>(() => Money.Parse("USD abc", CultureInfo.InvariantCulture)).Message, StringComparison.Ordinal);
        Assert.Contains("'invariant'", Assert.Throws<FormatException>(() => Money.Parse("USD abc", NumberFormatInfo.InvariantInfo)).Message, StringComparison.Ordinal);
        Assert.Contains("but USD was expected", Assert.Throws<FormatException>(() => Money.Parse("EUR 1", Currency.USD)).Message, StringComparison.Ordinal);
        Assert.Equal(Money.Of(1m, Currency.USD), Money.Parse("1", Currency.USD));
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Parse("1", (Currency)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Percentage.Parse(null!)).ParamName);
    }

    [Fact]
    public void Parsing_reads_signs_that_carry_direction_marks()
    {
        // ar-SA style signs with a right-to-left mark: the marks are removed from the signs as from the text.
        NumberFormatInfo nfi = Custom(n => { n.NegativeSign = "\u061C-"; n.PositiveSign = "\u061C+"; });
        Assert.Equal(-12.5m, Money.Parse("USD \u061C-12.5", nfi).Amount);
        Assert.Equal(12.5m, Money.Parse("USD \u061C+12.5", nfi).Amount);
        NumberFormatInfo onlyPositive = Custom(n => n.PositiveSign = "\u200E+");
        Assert.Equal(-3m, Money.Parse("USD -3", onlyPositive).Amount);
        Assert.Equal(3m, Money.Parse("USD \u200E+3", onlyPositive).Amount);
    }
}
