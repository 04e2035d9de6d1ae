using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Money arithmetic against raw <see cref="decimal"/> (the baseline of each category). Target: ≤ 1.3× decimal, 0 B.
/// Operands come from fields so that the JIT cannot fold them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyArithmeticBenchmarks
{
    private decimal a = 1234.56m;
    private decimal b = 789.01m;
    private decimal factor = 1.19m;
    private Money ma = Money.Of(1234.56m, "USD");
    private Money mb = Money.Of(789.01m, "USD");

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public decimal DecimalAdd() => a + b;

    [Benchmark, BenchmarkCategory("Add")]
    public Money MoneyAdd() => ma + mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Subtract")]
    public decimal DecimalSubtract() => a - b;

    [Benchmark, BenchmarkCategory("Subtract")]
    public Money MoneySubtract() => ma - mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Multiply")]
    public decimal DecimalMultiply() => a * factor;

    [Benchmark, BenchmarkCategory("Multiply")]
    public Money MoneyMultiply() => ma * factor;

    [Benchmark(Baseline = true), BenchmarkCategory("Divide")]
    public decimal DecimalDivide() => a / factor;

    [Benchmark, BenchmarkCategory("Divide")]
    public Money MoneyDivide() => ma / factor;

    [Benchmark(Baseline = true), BenchmarkCategory("Compare")]
    public bool DecimalCompare() => a < b;

    [Benchmark, BenchmarkCategory("Compare")]
    public bool MoneyCompare() => ma < mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Round")]
    public decimal DecimalRound() => Math.Round(a * factor, 2, MidpointRounding.ToEven);

    [Benchmark, BenchmarkCategory("Round")]
    public Money MoneyRound() => (ma * factor).Round();
}

/// <summary>Allocating an amount to 100 parts. Target: one allocation (the result array).</summary>
[MemoryDiagnoser]
public class MoneyAllocationBenchmarks
{
    private readonly int[] ratios = Enumerable.Range(1, 100).ToArray();
    private Money amount = Money.Of(1_000_000.07m, "USD");
    private decimal raw = 1_000_000.07m;

    /// <summary>The naive way: divide and round each share; the shares need not add up to the total.</summary>
    [Benchmark(Baseline = true)]
    public decimal[] NaiveDecimalShares()
    {
        var result = new decimal[ratios.Length];
        decimal total = 5050m;
        for (int i = 0; i < ratios.Length; i++)
        {
            result[i] = Math.Round(raw * ratios[i] / total, 2);
        }

        return result;
    }

    [Benchmark]
    public Money[] AllocateByRatios() => amount.Allocate(ratios);

    [Benchmark]
    public Money[] Split100() => amount.Split(100);
}

/// <summary>Formatting against <c>decimal.ToString("C")</c>. Target: ≤ 1.3×, one allocation (the string).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyFormatBenchmarks
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo DeDe = CultureInfo.GetCultureInfo("de-DE");
    private decimal raw = 1234.5m;
    private Money usd = Money.Of(1234.5m, "USD");
    private Money eur = Money.Of(1234.5m, "EUR");

    [Benchmark(Baseline = true), BenchmarkCategory("C en-US")]
    public string DecimalCurrencyEnUs() => raw.ToString("C", EnUs);

    [Benchmark, BenchmarkCategory("C en-US")]
    public string MoneyCurrencyEnUs() => usd.ToString("C", EnUs);

    [Benchmark(Baseline = true), BenchmarkCategory("C de-DE")]
    public string DecimalCurrencyDeDe() => raw.ToString("C", DeDe);

    [Benchmark, BenchmarkCategory("C de-DE")]
    public string MoneyCurrencyDeDe() => eur.ToString("C", DeDe);

    [Benchmark(Baseline = true), BenchmarkCategory("C EUR in en-US")]
    public string DecimalCurrencyEnUsForeign() => raw.ToString("C", EnUs);

    [Benchmark, BenchmarkCategory("C EUR in en-US")]
    public string MoneyCurrencyEnUsForeign() => eur.ToString("C", EnUs);

    [Benchmark(Baseline = true), BenchmarkCategory("Invariant")]
    public string DecimalInvariant() => raw.ToString("F2", CultureInfo.InvariantCulture);

    [Benchmark, BenchmarkCategory("Invariant")]
    public string MoneyInvariant() => usd.ToString();

    [Benchmark, BenchmarkCategory("Parse")]
    public Money MoneyParse() => Money.Parse("USD 1234.50");
}

/// <summary>Currency lookup by code. Target: ≤ 20 ns, 0 B.</summary>
[MemoryDiagnoser]
public class CurrencyLookupBenchmarks
{
    private readonly Dictionary<string, Currency> dictionary = Currency.All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    private string code = "eur";

    [Benchmark(Baseline = true)]
    public Currency FromCode() => Currency.FromCode(code);

    [Benchmark]
    public Currency DictionaryOrdinalIgnoreCase() => dictionary[code];
}
