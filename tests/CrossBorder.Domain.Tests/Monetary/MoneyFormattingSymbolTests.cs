using System.Globalization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// The "C" format when the culture's currency symbol could also be a character of the formatted number (a digit, a space,
/// a parenthesis, a separator, the minus sign): the symbol must not be swapped at the wrong place. Each case puts such a character
/// in the number before the symbol. Also the fallback paths (long separators, short numbers) and the parser's limits.
/// Added from the Stryker.NET survivors (docs/quality.md).
/// </summary>
public class MoneyFormattingSymbolTests
{
    private static NumberFormatInfo Custom(Action<NumberFormatInfo> change)
    {
        var nfi = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        change(nfi);
        return nfi;
    }

    public static TheoryData<string, decimal, string, string> SymbolsThatLookLikeNumberText => new()
    {
        // culture symbol, amount, description of the culture change, expected text (EUR in that culture)
        { "0", 1234.5m, "digit, symbol after the number", "1,234.50€" },
        { " ", 1234.5m, "space, pattern n $", "1,234.50 €" },
        { "(", -5m, "parenthesis, pattern ($n)", "(€5.00)" },
        { ")", -5m, "closing parenthesis, pattern ($n)", "(€5.00)" },
        { ".", 5m, "decimal separator", "5.00€" },
        { ".", 5m, "decimal separator at index 1", "5_.00€" },
        { ",", 1234m, "group separator", "1,234.00€" },
        { ",", 1234m, "group separator at index 1", "1_,234.00€" },
        { "-", -5m, "negative sign, pattern -n$", "-5.00€" },
        { "-", -5m, "negative sign at index 1", "~-5.00€" },
    };

    [Theory]
    [MemberData(nameof(SymbolsThatLookLikeNumberText))]
    public void A_culture_symbol_that_looks_like_number_text_is_not_swapped_inside_the_number(string symbol, decimal amount, string change, string expected)
    {
        NumberFormatInfo nfi = Custom(n =>
        {
            n.CurrencySymbol = symbol;
            n.CurrencyPositivePattern = symbol == " " ? 3 : 1;
            n.CurrencyNegativePattern = symbol is "(" or ")" ? 0 : 5;
            if (change.EndsWith("separator at index 1", StringComparison.Ordinal))
            {
                if (symbol == ".")
                {
                    n.CurrencyDecimalSeparator = n.NumberDecimalSeparator = "_.";
                }
                else
                {
                    n.CurrencyGroupSeparator = n.NumberGroupSeparator = "_,";
                }
            }

            if (change == "negative sign at index 1")
            {
                n.NegativeSign = "~-";
            }
        });
        Assert.Equal(expected, Money.Of(amount, Currency.EUR).ToString("C2", nfi));
    }

    [Fact]
    public void Short_numbers_with_long_and_short_symbols_use_the_pattern()
    {
        // No culture symbol: the pattern is applied by hand around "5".
        NumberFormatInfo nfi = Custom(n => { n.CurrencySymbol = string.Empty; n.CurrencyPositivePattern = 0; });
        Assert.Equal("€5", Money.Of(5m, Currency.EUR).ToString("C0", nfi));
        Assert.Equal("CA$5", Money.Of(5m, Currency.CAD).ToString("C0", nfi));
        Assert.Equal("¥7", Money.Of(7m, Currency.JPY).ToString("C", nfi));
    }

    [Fact]
    public void A_currency_separator_that_alone_differs_from_the_number_one_is_used()
    {
        // Only the decimal separator differs, then only the group separator: either alone must reach the currency format.
        NumberFormatInfo decimalOnly = Custom(n => { n.CurrencySymbol = string.Empty; n.CurrencyDecimalSeparator = "_"; n.CurrencyPositivePattern = 0; });
        Assert.Equal("€1,234_50", Money.Of(1234.5m, Currency.EUR).ToString("C2", decimalOnly));
        NumberFormatInfo groupOnly = Custom(n => { n.CurrencySymbol = string.Empty; n.CurrencyGroupSeparator = "'"; n.CurrencyPositivePattern = 0; });
        Assert.Equal("€1'234.50", Money.Of(1234.5m, Currency.EUR).ToString("C2", groupOnly));
        NumberFormatInfo numberOnly = Custom(n => { n.CurrencySymbol = string.Empty; n.NumberGroupSeparator = "'"; n.CurrencyPositivePattern = 0; });
        Assert.Equal("€1,234.50", Money.Of(1234.5m, Currency.EUR).ToString("C2", numberOnly));
    }

    [Fact]
    public void Parsing_reads_a_negative_sign_that_alone_carries_a_direction_mark()
    {
        NumberFormatInfo nfi = Custom(n => n.NegativeSign = "\u061C-");
        Assert.Equal(-12.5m, Money.Parse("USD \u061C-12.5", nfi).Amount);
        Assert.Equal(12.5m, Money.Parse("USD +12.5", nfi).Amount);
    }

    [Fact]
    public void Separators_too_long_for_the_stack_buffer_still_format()
    {
        string longSeparator = new('_', 120);
        NumberFormatInfo nfi = Custom(n => n.NumberDecimalSeparator = n.CurrencyDecimalSeparator = longSeparator);
        Assert.Equal("USD 1" + longSeparator + "50", Money.Of(1.5m, Currency.USD).ToString(nfi));
        Assert.Equal("USD 1" + longSeparator + "50", Money.Of(1.5m, Currency.USD).ToString("G", nfi));

        NumberFormatInfo symbol = Custom(n => { n.CurrencySymbol = "¤"; n.CurrencyDecimalSeparator = longSeparator; n.CurrencyPositivePattern = 0; });
        Assert.Equal("€1" + longSeparator + "50", Money.Of(1.5m, Currency.EUR).ToString("C2", symbol));
    }

    [Fact]
    public void A_precision_beyond_28_is_refused_with_the_allowed_range()
    {
        FormatException error = Assert.Throws<FormatException>(() => Money.Of(1m, Currency.USD).ToString("N29", CultureInfo.InvariantCulture));
        Assert.Equal("'N29' is not a Money format; the precision after the letter must be 0 to 28, as in C2 or N0.", error.Message);
        Assert.Equal("1.0000000000000000000000000000 USD", Money.Of(1m, Currency.USD).ToString("N28", CultureInfo.InvariantCulture));
        Assert.Equal("$1.00", Money.Of(1m, Currency.USD).ToString("C02", CultureInfo.GetCultureInfo("en-US")));
        Assert.Throws<FormatException>(() => Money.Of(1m, Currency.USD).ToString("C002", CultureInfo.InvariantCulture));
        FormatException unknown = Assert.Throws<FormatException>(() => Money.Of(1m, Currency.USD).ToString("X", CultureInfo.InvariantCulture));
        Assert.Equal("'X' is not a Money format; use G (\"USD 12.34\"), C or Cn (culture currency pattern) or N or Nn (\"1,234.50 USD\").", unknown.Message);
    }

    [Fact]
    public void Parsing_accepts_exactly_200_characters()
    {
        string text = "USD " + new string('0', 195) + "7";
        Assert.Equal(200, text.Length);
        Assert.Equal(Money.Of(7m, Currency.USD), Money.Parse(text));
        FormatException error = Assert.Throws<FormatException>(() => Money.Parse(text + "0"));
        Assert.Equal("text is 201 characters long; money is written in at most 200.", error.Message);
    }

    [Fact]
    public void Parsing_takes_the_first_code_in_the_text()
    {
        FormatException error = Assert.Throws<FormatException>(() => Money.Parse("EUR 5 USD", Currency.USD));
        Assert.Equal("'EUR 5 USD' is in EUR, but USD was expected.", error.Message);
    }

    [Fact]
    public void A_code_next_to_a_no_break_space_is_a_code()
    {
        Assert.Equal(Money.Of(5m, Currency.USD), Money.Parse("USD\u00A05"));
        Assert.Equal(Money.Of(12.5m, Currency.EUR), Money.Parse("12,50\u00A0EUR", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(Money.Of(3m, Currency.EUR), Money.Parse("3\u202FEUR"));
    }

    [Fact]
    public void Percentage_reads_a_multi_character_percent_symbol_before_or_after()
    {
        NumberFormatInfo pct = Custom(n => n.PercentSymbol = "pct");
        Assert.Equal(15m, Percentage.Parse("15pct", pct).Percent);
        Assert.Equal(15m, Percentage.Parse("pct15", pct).Percent);
        Assert.Equal(15m, Percentage.Parse("15%", pct).Percent);
        Assert.Equal(15m, Percentage.Parse("%15", pct).Percent);
        Assert.Equal(25m, Percentage.Parse("pct 25", pct).Percent);
    }

    [Fact]
    public void Percentage_accepts_exactly_64_characters_and_drops_no_break_spaces()
    {
        string text = new string(' ', 62) + "1%";
        Assert.Equal(64, text.Length);
        Assert.Equal(1m, Percentage.Parse(text).Percent);
        Assert.False(Percentage.TryParse(" " + text, CultureInfo.InvariantCulture, out _));
        Assert.Equal(1000m, Percentage.Parse("1\u00A0000%").Percent);
        Assert.Equal(1000m, Percentage.Parse("1\u202F000 %").Percent);
    }

    [Fact]
    public void Comparing_a_percentage_with_another_type_names_both()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ((IComparable)Percentage.FromPercent(5m)).CompareTo(5m));
        Assert.Equal("obj", error.ParamName);
        Assert.StartsWith("obj is a Decimal; a Percentage can only be compared with another Percentage.", error.Message, StringComparison.Ordinal);
    }
}
