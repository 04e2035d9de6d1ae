using CrossBorder.Domain.Logistics;

namespace CrossBorder.Domain.Tests.Logistics;

public class IncotermTests
{
    // Allocation per ICC Incoterms 2020 as summarised in the project's shared reference notes (ICC Panama; eBay IncotermEnum; Stedi X12 335).
    [Theory]
    [InlineData("EXW", 'B', 'B', 'B', 'B', 'B')]
    [InlineData("FCA", 'S', 'B', 'B', 'B', 'B')]
    [InlineData("FOB", 'S', 'B', 'B', 'B', 'B')]
    [InlineData("CFR", 'S', 'S', 'B', 'B', 'B')]
    [InlineData("CIF", 'S', 'S', 'S', 'B', 'B')]
    [InlineData("CPT", 'S', 'S', 'B', 'B', 'B')]
    [InlineData("CIP", 'S', 'S', 'S', 'B', 'B')]
    [InlineData("DAP", 'S', 'S', 'S', 'S', 'B')]
    [InlineData("DPU", 'S', 'S', 'S', 'S', 'B')]
    [InlineData("DDP", 'S', 'S', 'S', 'S', 'S')]
    public void Each_rule_allocates_the_legs(string code, char export, char main, char insurance, char onCarriage, char import)
    {
        Incoterm term = Incoterm.Parse(code);
        static TradeParty P(char c) => c == 'S' ? TradeParty.Seller : TradeParty.Buyer;
        Assert.Equal(P(export), term.PayerOf(CostLeg.ExportClearance));
        Assert.Equal(P(main), term.PayerOf(CostLeg.MainCarriage));
        Assert.Equal(P(insurance), term.PayerOf(CostLeg.Insurance));
        Assert.Equal(P(onCarriage), term.PayerOf(CostLeg.OnCarriage));
        Assert.Equal(P(import), term.PayerOf(CostLeg.ImportDutiesAndTaxes));
        Assert.Equal(P(import), term.PayerOf(CostLeg.ImportClearance));
    }

    [Fact]
    public void There_are_eleven_rules_and_four_are_sea_only()
    {
        Assert.Equal(11, Incoterm.List.Count);
        Assert.Equal(new[] { "FAS", "FOB", "CFR", "CIF" }, Incoterm.List.Where(t => t.IsSeaAndInlandWaterwayOnly).OrderBy(t => t.Value).Select(t => t.Name));
    }

    [Theory]
    [InlineData("fob")]
    [InlineData(" DDP ")]
    public void Parse_is_case_insensitive_and_trims(string text) => Assert.True(Incoterm.TryParse(text, out _));

    [Theory]
    [InlineData("DDU")]
    [InlineData("DAT")]
    [InlineData("")]
    public void Unknown_rules_throw_a_specific_exception(string? text)
    {
        var ex = Assert.Throws<UnknownIncotermException>(() => Incoterm.Parse(text!));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("DAP", ex.Message, StringComparison.Ordinal);
        Assert.False(Incoterm.TryParse(text, out _));
    }

    [Fact]
    public void Null_is_an_argument_null_exception_and_try_parse_answers_false()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Incoterm.Parse(null!)).ParamName);
        Assert.False(Incoterm.TryParse(null, out _));
    }
}
