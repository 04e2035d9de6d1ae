using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// A landed-cost quote with its full breakdown tree (library, baseline) against a bare spreadsheet formula in decimal (customs value,
/// duty and VAT only, no allocation, no explanation). Targets: one line ≤ 2 µs, 100 lines ≤ 100 µs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LandedCostBenchmarks
{
    private static readonly LocalDate Date = new(2026, 11, 25);
    private LandedCostCalculator calculator = null!;
    private LandedCostCalculator marketCalculator = null!;
    private Shipment one = null!;
    private Shipment hundred = null!;
    private decimal[] prices = null!;
    private int[] quantities = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.1561m, Date) });
        calculator = LandedCostCalculator.WithSamples(rates);
        marketCalculator = new LandedCostCalculator(MarketImportRules.Default, TariffSchedule.Sample, rates, UsCustomsFees.Default);
        string[] codes = { "6109100010", "3924100000", "8518300090", "9503004100", "6105100000" };
        var lines = new ShipmentLine[100];
        prices = new decimal[100];
        quantities = new int[100];
        for (int i = 0; i < lines.Length; i++)
        {
            prices[i] = 1.5m + (i % 17);
            quantities[i] = 10 + (i * 7 % 300);
            lines[i] = new ShipmentLine("SKU-" + i, HsCode.Parse(codes[i % codes.Length]), "CN", quantities[i], Money.Of(prices[i], Currency.USD), Mass.FromGrams(150 + i));
        }

        Shipment Make(ShipmentLine[] l) => new(l, "CN", "DE", Incoterm.FOB, FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(900m, Currency.USD), "LCL"), Date, Currency.EUR,
            insurance: InsuranceCover.Estimated(Percentage.FromPercent(0.3m), Percentage.FromPercent(110)), onCarriage: Money.Of(180m, Currency.EUR),
            fees: new[] { new ShipmentFee("broker", Money.Of(95m, Currency.EUR)) });
        one = Make(new[] { lines[0] });
        hundred = Make(lines);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("1 line")]
    public Money QuoteOneLine() => calculator.Calculate(one).Total;

    [Benchmark, BenchmarkCategory("1 line")]
    public decimal SpreadsheetFormulaOneLine() => Formula(1);

    /// <summary>The same quote with the import rules of the markets dataset (<see cref="MarketImportRules.Default"/>): the real-market path.</summary>
    [Benchmark, BenchmarkCategory("1 line")]
    public Money QuoteOneLineMarketRules() => marketCalculator.Calculate(one).Total;

    /// <summary>The quote, then every line result and every node of the breakdown read (amounts; the rule texts stay unformatted).</summary>
    [Benchmark, BenchmarkCategory("1 line")]
    public Money QuoteOneLineReadAll() => ReadAll(calculator.Calculate(one));

    /// <summary>The reference computation (the pipeline step by step in <see cref="Money"/>, as before the fast path).</summary>
    [Benchmark, BenchmarkCategory("1 line")]
    public Money QuoteOneLineReference() => calculator.CalculateReference(one).Total;

    [Benchmark(Baseline = true), BenchmarkCategory("100 lines")]
    public Money QuoteHundredLines() => calculator.Calculate(hundred).Total;

    [Benchmark, BenchmarkCategory("100 lines")]
    public decimal SpreadsheetFormulaHundredLines() => Formula(100);

    [Benchmark, BenchmarkCategory("100 lines")]
    public Money QuoteHundredLinesMarketRules() => marketCalculator.Calculate(hundred).Total;

    [Benchmark, BenchmarkCategory("100 lines")]
    public Money QuoteHundredLinesReadAll() => ReadAll(calculator.Calculate(hundred));

    [Benchmark, BenchmarkCategory("100 lines")]
    public Money QuoteHundredLinesReference() => calculator.CalculateReference(hundred).Total;

    private static Money ReadAll(LandedCostResult result)
    {
        Money sum = result.Total;
        foreach (LineLandedCost line in result.Lines)
        {
            sum += line.Total;
        }

        foreach (CostNode category in result.Breakdown.Children)
        {
            foreach (CostNode child in category.Children)
            {
                sum += child.Amount;
            }
        }

        return sum;
    }

    private decimal Formula(int n)
    {
        decimal goods = 0m;
        for (int i = 0; i < n; i++)
        {
            goods += prices[i] * quantities[i] / 1.1561m;
        }

        decimal total = 0m;
        for (int i = 0; i < n; i++)
        {
            decimal value = prices[i] * quantities[i] / 1.1561m;
            decimal cif = value + (value / goods * (900m / 1.1561m));
            decimal duty = decimal.Round(cif * 0.12m, 2, MidpointRounding.AwayFromZero);
            decimal vat = decimal.Round((cif + duty) * 0.19m, 2, MidpointRounding.AwayFromZero);
            total += cif + duty + vat;
        }

        return total;
    }
}
