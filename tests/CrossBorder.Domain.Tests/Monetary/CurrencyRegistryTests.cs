using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// The currency registry built from a currencies document other than the embedded one: how each record is checked, how codes
/// map to the lookup index, and the order of currencies and symbols. Added from the Stryker.NET survivors (docs/quality.md).
/// </summary>
public class CurrencyRegistryTests
{
    /// <summary>The eight currencies the registry exposes as properties; a document without them is refused.</summary>
    private const string Required = """
        {"code": "XXX", "numeric": 999, "name": "No currency", "source": "s"},
        {"code": "USD", "numeric": 840, "minorUnits": 2, "name": "US Dollar", "symbol": "$", "source": "s"},
        {"code": "EUR", "numeric": 978, "minorUnits": 2, "name": "Euro", "symbol": "€", "source": "s"},
        {"code": "GBP", "numeric": 826, "minorUnits": 2, "name": "Pound Sterling", "symbol": "£", "source": "s"},
        {"code": "JPY", "numeric": 392, "minorUnits": 0, "name": "Yen", "symbol": "¥", "source": "s"},
        {"code": "CNY", "numeric": 156, "minorUnits": 2, "name": "Yuan Renminbi", "symbol": "CN¥", "source": "s"},
        {"code": "CAD", "numeric": 124, "minorUnits": 2, "name": "Canadian Dollar", "symbol": "CA$", "source": "s"},
        {"code": "AUD", "numeric": 36, "minorUnits": 2, "name": "Australian Dollar", "symbol": "A$", "source": "s"}
        """;

    private static string Document(string records) => $$"""
        {
          "table": "currencies", "version": "2026.11.25", "description": "Test currencies",
          "sources": { "s": { "title": "Test source", "address": "https://example.org/currencies", "retrieved": "2026-11-25" } },
          "records": [ {{records}} ]
        }
        """;

    private static CurrencyRegistry Load(string records) =>
        new(ReferenceDocument.Parse(Document(records), "currencies", "currencies"));

    private static DataValidationException Refused(string records) =>
        Assert.Throws<DataValidationException>(() => Load(records));

    [Fact]
    public void A_valid_document_gives_every_currency_sorted_by_code()
    {
        // Records out of order, and codes at both ends of the index (AAA is index 0, AAB would be −1 with a subtracting index).
        CurrencyRegistry registry = Load(Required + """
            , {"code": "ZZZ", "numeric": 901, "minorUnits": 3, "name": "Last", "source": "s"}
            , {"code": "AAB", "numeric": 902, "minorUnits": 1, "name": "Second", "source": "s"}
            , {"code": "AAA", "numeric": 903, "minorUnits": 4, "name": "First", "source": "s", "fund": true}
            """);
        Assert.Equal(
            new[] { "AAA", "AAB", "AUD", "CAD", "CNY", "EUR", "GBP", "JPY", "USD", "XXX", "ZZZ" },
            registry.All.Select(c => c.Code));
        Assert.Equal("First", registry.Find("AAA".AsSpan())!.Name);
        Assert.True(registry.Find("aaa".AsSpan())!.IsFund);
        Assert.Equal(4, registry.Find("AAA".AsSpan())!.MinorUnits);
        Assert.Equal(902, registry.Find("AAB".AsSpan())!.NumericCode);
        Assert.Equal("Last", registry.Find("zzz".AsSpan())!.Name);
        Assert.Equal("ZZZ", registry.Find("ZZZ".AsSpan())!.Symbol);
        Assert.Null(registry.Find("XX".AsSpan()));
        Assert.Same(registry.Usd, registry.FindNumeric(840));
        Assert.Null(registry.Find("XXX".AsSpan())!.MinorUnits);
    }

    [Theory]
    [InlineData("usd", "'usd' is not three upper-case ASCII letters.")]
    [InlineData("U1D", "'U1D' is not three upper-case ASCII letters.")]
    [InlineData("US", "'US' is not three upper-case ASCII letters.")]
    [InlineData("USDX", "'USDX' is not three upper-case ASCII letters.")]
    public void A_code_that_is_not_three_upper_case_letters_is_a_problem(string code, string message)
    {
        DataValidationException error = Refused(Required + $$""", {"code": "{{code}}", "numeric": 901, "minorUnits": 2, "name": "Bad", "source": "s"}""");
        Assert.Equal("currencies", error.ParamName);
        DataProblem problem = Assert.Single(error.Problems);
        Assert.Equal("records[8].code", problem.Location);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(-5)]
    public void A_numeric_code_outside_1_to_999_is_a_problem(int numeric)
    {
        DataValidationException error = Refused(Required + $$""", {"code": "ABC", "numeric": {{numeric}}, "minorUnits": 2, "name": "Bad", "source": "s"}""");
        DataProblem problem = Assert.Single(error.Problems);
        Assert.Equal("records[8].numeric", problem.Location);
        Assert.Equal($"{numeric} is not a three-digit ISO 4217 numeric code (1–999).", problem.Message);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void Minor_units_outside_0_to_4_are_a_problem(int minorUnits)
    {
        DataValidationException error = Refused(Required + $$""", {"code": "ABC", "numeric": 901, "minorUnits": {{minorUnits}}, "name": "Bad", "source": "s"}""");
        DataProblem problem = Assert.Single(error.Problems);
        Assert.Equal("records[8].minorUnits", problem.Location);
        Assert.Equal($"{minorUnits} is not a valid number of minor units (0–4, or null where not applicable).", problem.Message);
    }

    [Theory]
    [InlineData("""{"numeric": 901, "name": "No code", "source": "s"}""", "records[8].code")]
    [InlineData("""{"code": "ABC", "name": "No number", "source": "s"}""", "records[8].numeric")]
    [InlineData("""{"code": "ABC", "numeric": 901, "source": "s"}""", "records[8].name")]
    public void A_missing_field_is_the_only_problem_reported(string record, string location)
    {
        DataValidationException error = Refused(Required + ", " + record);
        DataProblem problem = Assert.Single(error.Problems);
        Assert.Equal(location, problem.Location);
        Assert.EndsWith("is required.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_a_source_is_refused_by_the_document_check()
    {
        DataValidationException error = Refused(Required + """, {"code": "ABC", "numeric": 901, "name": "No source"}""");
        DataProblem problem = Assert.Single(error.Problems);
        Assert.Equal("records[8].source", problem.Location);
    }

    [Fact]
    public void A_document_without_one_of_the_named_currencies_is_refused()
    {
        string withoutAud = Required.Substring(0, Required.LastIndexOf(",\n", StringComparison.Ordinal));
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Load(withoutAud));
        Assert.Equal("The embedded currency table lacks AUD; the package is damaged.", error.Message);
    }

    [Fact]
    public void Symbols_are_ordered_longest_first_then_by_ordinal()
    {
        var symbols = CurrencyRegistry.Default.Symbols.Select(s => s.Symbol).ToList();
        Assert.True(symbols.Count > 16, "enough symbols for the sort to be exercised beyond insertion sort");
        var expected = symbols.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, symbols);
        Assert.DoesNotContain(CurrencyRegistry.Default.Symbols, s => s.Symbol == s.Currency.Code);
    }

    [Theory]
    // A character outside A–Z anywhere in the code never maps onto another code's slot.
    [InlineData("B@N")] // would land on AZN if a negative letter were used
    [InlineData("MF{")] // would land on MGA if '{' were a letter
    [InlineData("B1D")] // would land on BBD if a non-letter counted as B
    [InlineData("U$D")]
    [InlineData("@@@")]
    [InlineData("AA")]
    [InlineData("AAAA")]
    public void Codes_with_other_characters_are_not_found(string code)
    {
        Assert.False(Currency.TryFromCode(code, out Currency? found), found?.Code);
        Assert.Null(CurrencyRegistry.Default.Find(code.AsSpan()));
    }

    [Fact]
    public void Equality_is_by_code_even_between_instances()
    {
        // A currency built apart from the registry (as a user document would) equals the registry's instance with that code.
        var copy = new Currency("USD", 840, 2, "US Dollar", "$", false);
        Assert.True(Currency.USD.Equals(copy));
        Assert.True(Currency.USD == copy);
        Assert.Equal(0, Currency.Compare(Currency.USD, copy));
        Assert.False(Currency.USD < copy);
        Assert.False(Currency.USD > copy);
        Assert.False(Currency.USD < Currency.FromCode("usd"));
        Assert.False(Currency.USD > Currency.FromCode("usd"));
        Assert.False(Currency.USD.Equals(new Currency("USN", 997, 2, "US Dollar (Next day)", "USN", true)));
    }

    [Fact]
    public void Comparing_a_currency_with_another_type_names_both()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ((IComparable)Currency.USD).CompareTo("USD"));
        Assert.Equal("obj", error.ParamName);
        Assert.StartsWith("obj is a String; a Currency can only be compared with another Currency.", error.Message, StringComparison.Ordinal);
    }
}
