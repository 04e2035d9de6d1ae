using CrossBorder.Domain.Catalog;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Catalog;

public class HsCodeTests
{
    // Loudspeaker assembly: HS 2022 subheading 8518.22 ("multiple loudspeakers, mounted in the same enclosure").
    [Theory]
    [InlineData("8518.22", "851822", "8518.22")]
    [InlineData("85182200", "85182200", "8518.22.00")]
    [InlineData("8518.22.00 00", "8518220000", "8518.22.00.00")]
    [InlineData("610910", "610910", "6109.10")]
    public void Parse_keeps_digits_and_prints_the_dotted_form(string input, string digits, string text)
    {
        HsCode code = HsCode.Parse(input);
        Assert.Equal(digits, code.Digits);
        Assert.Equal(text, code.ToString());
        Assert.Equal(digits.Substring(0, 2), code.Chapter);
        Assert.Equal(digits.Substring(0, 4), code.Heading);
        Assert.Equal(digits.Substring(0, 6), code.Subheading);
    }

    [Theory]
    [InlineData("85182")]
    [InlineData("8518220")]
    [InlineData("851822000000")]
    [InlineData("8518-22")]
    [InlineData("000000")]
    [InlineData("980000")]
    [InlineData("770000")]
    [InlineData("")]
    public void Parse_rejects_malformed_codes_with_the_value_in_the_message(string input)
    {
        var ex = Assert.Throws<FormatException>(() => HsCode.Parse(input));
        Assert.Contains("'" + input + "'", ex.Message, StringComparison.Ordinal);
        Assert.False(HsCode.TryParse(input, out _));
    }

    [Fact]
    public void StartsWith_matches_chapters_and_headings()
    {
        HsCode code = HsCode.Parse("8518.22.00");
        Assert.True(code.StartsWith("85"));
        Assert.True(code.StartsWith("8518.2"));
        Assert.False(code.StartsWith("8517"));
        Assert.Equal(HsCode.Parse("851822"), code.ToSubheading());
    }

    [Property]
    public void Dotted_form_parses_back_to_the_same_code(uint n)
    {
        string digits = (10_00_00 + (n % 87_00_00)).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        if (digits.StartsWith("77", StringComparison.Ordinal))
        {
            return;
        }

        HsCode code = HsCode.Parse(digits);
        Assert.Equal(code, HsCode.Parse(code.ToString()));
    }
}
