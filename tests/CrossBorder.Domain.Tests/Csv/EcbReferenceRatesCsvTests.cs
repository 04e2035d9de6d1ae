using System;
using System.IO;
using System.Linq;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Monetary;
using NodaTime;
using Xunit;

namespace CrossBorder.Domain.Tests.Csv;

/// <summary>
/// The ECB reference-rate CSV layouts, from ECB "Euro foreign exchange reference rates"
/// (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html):
/// the daily eurofxref.csv and the historic eurofxref-hist.csv. Sample values are the published rates of the dates shown.
/// </summary>
public sealed class EcbReferenceRatesCsvTests
{
    private const string Daily =
        "Date, USD, JPY, BGN, CZK, GBP, \n" +
        "22 November 2024, 1.0412, 161.43, 1.9558, 25.316, 0.83188, \n";

    private const string Historic =
        "Date,USD,JPY,CYP,GBP,\n" +
        "2024-11-22,1.0412,161.43,N/A,0.83188,\n" +
        "2024-11-21,1.0493,162.45,N/A,0.83220,\n";

    [Fact]
    public void Daily_file_gives_one_rate_per_currency_with_the_long_date()
    {
        CsvImport<ExchangeRate> import = EcbReferenceRatesCsv.Read(new StringReader(Daily));

        Assert.Equal(5, import.Rows.Count);
        ExchangeRate usd = import.Rows[0];
        Assert.Equal(Currency.EUR, usd.BaseCurrency);
        Assert.Equal(Currency.USD, usd.QuoteCurrency);
        Assert.Equal(1.0412m, usd.Rate);
        Assert.Equal(new LocalDate(2024, 11, 22), usd.Date);
        Assert.Equal(EcbReferenceRatesCsv.DefaultSource, usd.Source);
        Assert.Equal(0.83188m, import.Rows.Single(r => r.QuoteCurrency == Currency.GBP).Rate);
        Assert.Empty(import.Skipped);
    }

    [Fact]
    public void Historic_file_with_a_withdrawn_currency_fails_by_default_naming_the_column()
    {
        CsvImportException ex = Assert.Throws<CsvImportException>(() => EcbReferenceRatesCsv.Read(new StringReader(Historic)));

        CsvProblem problem = Assert.Single(ex.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("CYP", problem.Column);
        Assert.Contains("SkipColumn", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Historic_file_skips_withdrawn_currencies_when_asked_and_treats_NA_as_no_rate()
    {
        CsvImport<ExchangeRate> import = EcbReferenceRatesCsv.Read(new StringReader(Historic), UnknownCurrencyHandling.SkipColumn, "my copy");

        Assert.Equal(6, import.Rows.Count);
        Assert.Equal("CYP", Assert.Single(import.Skipped).Column);
        Assert.All(import.Rows, r => Assert.Equal("my copy", r.Source));
        Assert.Equal(new[] { new LocalDate(2024, 11, 22), new LocalDate(2024, 11, 21) }, import.Rows.Select(r => r.Date).Distinct());
        Assert.Equal(162.45m, import.Rows.Single(r => r.Date == new LocalDate(2024, 11, 21) && r.QuoteCurrency == Currency.JPY).Rate);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line_and_column_and_nothing_is_imported()
    {
        const string bad =
            "Date,USD,JPY\n" +
            "2024-11-22,1.0412,161.43\n" +
            "2024-13-01,1.05,160\n" +
            "2024-11-20,-1,abc\n" +
            "2024-11-19,1.04,160,99,98\n";

        CsvImportException ex = Assert.Throws<CsvImportException>(() => EcbReferenceRatesCsv.Read(new StringReader(bad)));

        Assert.Equal(4, ex.Problems.Count);
        Assert.Equal((3, "Date"), (ex.Problems[0].Line, ex.Problems[0].Column));
        Assert.Equal((4, "USD"), (ex.Problems[1].Line, ex.Problems[1].Column));
        Assert.Equal((4, "JPY"), (ex.Problems[2].Line, ex.Problems[2].Column));
        Assert.Equal(5, ex.Problems[3].Line);
        Assert.Contains("2024-13-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, column USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_Date_header_or_empty_is_refused()
    {
        Assert.Equal("the first column must be 'Date'.", Assert.Single(Assert.Throws<CsvImportException>(() => EcbReferenceRatesCsv.Read(new StringReader("Day,USD\n2024-11-22,1.04\n"))).Problems).Message);
        Assert.Contains("empty", Assert.Single(Assert.Throws<CsvImportException>(() => EcbReferenceRatesCsv.Read(new StringReader(string.Empty))).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_reader_names_the_parameter()
    {
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => EcbReferenceRatesCsv.Read(null!)).ParamName);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    public void Culture_does_not_change_the_rates(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            CsvImport<ExchangeRate> import = EcbReferenceRatesCsv.Read(new StringReader(Daily));
            Assert.Equal(1.0412m, import.Rows[0].Rate);
            Assert.Equal(25.316m, import.Rows.Single(r => r.QuoteCurrency.Code == "CZK").Rate);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
