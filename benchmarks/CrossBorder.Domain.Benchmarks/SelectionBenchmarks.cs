using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Selection;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Ranking 20 products × 3 markets (60 cases, each with an intended listing, a demand series and competition inputs) with
/// <see cref="ProductMarketFitAssessor.Rank"/>, against the peer a caller would write: assess each case on its own (a market
/// view per case) and sort with LINQ.
/// </summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private static readonly LocalDate Day = new(2025, 6, 1);
    private FitCase[] cases = null!;

    [GlobalSetup]
    public void Setup()
    {
        var markets = new[] { ("US", "amazon-us", Currency.USD, 0m, false), ("DE", "amazon-de", Currency.EUR, 19m, true), ("GB", "amazon-uk", Currency.GBP, 20m, true) };
        var list = new List<FitCase>();
        for (int i = 0; i < 20; i++)
        {
            var product = new Product(Sku.Parse("P-" + i), "Product " + i, HsCode.Parse("9503.00"), ProductCategory.General, CountryCode.Parse("CN"), Money.Of(1m, "USD"))
            {
                PackedWeight = Mass.FromGrams(100 + (i * 400)),
                PackedDimensions = Dimensions.Of(10 + i, 10 + i, 5 + i, LengthUnit.Centimetre),
            };
            foreach ((string code, string marketplace, Currency currency, decimal vat, bool included) in markets)
            {
                var sale = new SaleContext(MarketplaceId.Parse(marketplace), Day, currency, Percentage.FromPercent(vat), included);
                var input = new ListingInput("home-and-kitchen", Money.Of(4m + i, currency)) { Fulfilment = Fulfilment.Fixed(Money.Of(3m, currency)) };
                list.Add(new FitCase(product, CountryCode.Parse(code), Day)
                {
                    Listing = new IntendedListing(sale, input, Money.Of(19.99m + (i * 2), currency)),
                    Demand = DemandSeries.Monthly(new LocalDate(2024, 1, 1), Enumerable.Range(1, 12).Select(m => (decimal)(100 + (((m * i) % 7) * 20)))),
                    Competition = new CompetitionInputs(i * 3, i * 50),
                });
            }
        }

        cases = list.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Rank() => ProductMarketFitAssessor.Default.Rank(cases).Count;

    [Benchmark]
    public int AssessEachThenLinqSort() =>
        cases.Select(ProductMarketFitAssessor.Default.Assess)
            .OrderByDescending(f => f.IsViable).ThenByDescending(f => f.Score).ThenBy(f => f.Product.Sku.Value, System.StringComparer.Ordinal).ThenBy(f => f.Market.Value, System.StringComparer.Ordinal)
            .Count();

    [Benchmark]
    public decimal AssessOne() => ProductMarketFitAssessor.Default.Assess(cases[0]).Score;
}
