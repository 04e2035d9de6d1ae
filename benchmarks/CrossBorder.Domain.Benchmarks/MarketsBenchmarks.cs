using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Market lookups. Target: country / market lookup by code ≤ 20 ns, 0 B. Each category has the library's lookup as the baseline
/// and the usual peer beside it: a <see cref="Dictionary{TKey, TValue}"/> keyed by the code string, and for the dated VAT rate a
/// LINQ scan over a list of records (what a hand-rolled table often is).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MarketsBenchmarks
{
    private readonly Markets markets = Markets.Default;
    private readonly LocalDate date = new(2025, 12, 1);
    private CountryCode code;
    private string text = "FI";
    private Dictionary<string, Country> countriesByString = null!;
    private Dictionary<string, VatRate[]> ratesByString = null!;
    private List<VatRate> rateList = null!;

    [GlobalSetup]
    public void Setup()
    {
        code = CountryCode.Parse(text);
        countriesByString = markets.Countries.All.ToDictionary(c => c.Code.Value, System.StringComparer.Ordinal);
        rateList = markets.VatRates.Where(r => r.Category == VatRate.StandardCategory && r.Region.Length == 0).ToList();
        ratesByString = rateList.GroupBy(r => r.Country.Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Period.ValidFrom).ToArray(), System.StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Country")]
    public Country CountryByCode() => markets.Countries.Get(code);

    [Benchmark, BenchmarkCategory("Country")]
    public Country CountryByParsedString() => markets.Countries.Get(CountryCode.Parse(text));

    [Benchmark, BenchmarkCategory("Country")]
    public Country DictionaryByString() => countriesByString[text];

    [Benchmark(Baseline = true), BenchmarkCategory("StandardVatRate")]
    public VatRate StandardRateOnDate() => markets.GetStandardVatRate(code, date);

    [Benchmark, BenchmarkCategory("StandardVatRate")]
    public VatRate DictionaryThenScan()
    {
        VatRate[] history = ratesByString[text];
        for (int i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Period.Contains(date))
            {
                return history[i];
            }
        }

        throw new KeyNotFoundException();
    }

    [Benchmark, BenchmarkCategory("StandardVatRate")]
    public VatRate LinqOverList() => rateList.First(r => r.Country == code && r.Period.Contains(date));

    [Benchmark(Baseline = true), BenchmarkCategory("MarketView")]
    public MarketView MarketOnDate() => markets.For(code).On(date);
}
