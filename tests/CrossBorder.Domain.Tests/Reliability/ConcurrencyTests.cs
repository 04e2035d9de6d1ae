using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Tests.Compliance;
using CrossBorder.Domain.Tests.Kpis;
using NodaTime;

namespace CrossBorder.Domain.Tests.Reliability;

/// <summary>
/// The default datasets, rule engines and calculators are shared across threads: 8 threads × 100,000 mixed operations must give
/// exactly the results of a single-threaded run. Cheap operations (money arithmetic, allocation, market lookups) run every time;
/// the expensive ones (landed cost, price solve, compliance evaluation, KPI aggregation) once in every few hundred operations so
/// that the test stays within seconds on a shared machine.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;
    private const int OperationsPerThread = 100_000;

    private static readonly LocalDate Day = new(2026, 9, 15);
    private static readonly string[] Countries = { "DE", "FR", "IT", "ES", "NL", "PL", "SE", "GB", "US", "JP", "AU", "CA" };
    private static readonly WorkedLedger Ledger = new();
    private static readonly ExchangeRateTable NoRates = new(Array.Empty<ExchangeRate>());
    private static readonly SaleContext Us = new(MarketplaceId.Parse("amazon-us"), new LocalDate(2025, 6, 1), Currency.USD, Percentage.Zero, false);

    private static string Operation(int i)
    {
        switch (i % 500)
        {
            case 0:
                var line = new ShipmentLine("SKU", HsCode.Parse("6109100010"), "CN", 1 + (i % 7), Money.Of(5m + (i % 13), Currency.USD), Mass.FromGrams(200));
                var shipment = new Shipment(new[] { line }, "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(10 + (i % 3), Currency.USD), "air"), Day, Currency.USD);
                return LandedCostCalculator.WithSamples(NoRates).Calculate(shipment).Total.ToString(null, CultureInfo.InvariantCulture);
            case 1:
                ListingInput listing = new("home-and-kitchen", new UnitCost(Money.Of(4m + (i % 11), "USD")));
                return PricingEngine.Default.Model(Us, listing).Solve(PriceTarget.NetMargin(Percentage.FromPercent(10 + (i % 20)))).ToString() ?? string.Empty;
            case 2:
                ComplianceReport report = ComplianceRuleSet.Default.Evaluate(SampleProducts.Speaker(), Countries[i % 8], Day);
                return report.CanSell + ":" + string.Join(",", report.Missing.Select(m => m.ToString()));
            case 3:
                return KpiEngine.Aggregate(Ledger.Query(), Ledger.Data, 1).Total.Kpis.ToString() ?? string.Empty;
            default:
                break;
        }

        Money a = Money.Of((i % 9973) / 100m, Currency.EUR);
        Money b = Money.Of((i % 311) / 7m, Currency.EUR);
        switch (i % 4)
        {
            case 0:
                return ((a + b) * 1.19m).Round(RoundingMode.HalfToEven).ToString(null, CultureInfo.InvariantCulture);
            case 1:
                return string.Join("|", (a + Money.Of(0.01m, Currency.EUR)).Allocate(1, 2, 3 + (i % 5)).Select(m => m.Amount.ToString(CultureInfo.InvariantCulture)));
            case 2:
                return Markets.Default.For(Countries[i % Countries.Length]).On(Day).StandardVatRate.ToString() ?? string.Empty;
            default:
                return Percentage.FromPercent(i % 37).Of(a).Round().ToString(null, CultureInfo.InvariantCulture) + (a > b ? ">" : "<=");
        }
    }

    [Fact]
    public void Eight_threads_of_mixed_operations_agree_with_a_single_threaded_run()
    {
        string[] expected = new string[OperationsPerThread];
        for (int i = 0; i < expected.Length; i++)
        {
            expected[i] = Operation(i);
        }

        int mismatches = 0;
        string? firstMismatch = null;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int k = 0; k < OperationsPerThread; k++)
            {
                int i = (k + (t * 12_347)) % OperationsPerThread; // each thread walks the sequence from a different place
                string actual = Operation(i);
                if (!string.Equals(actual, expected[i], StringComparison.Ordinal) && Interlocked.Increment(ref mismatches) == 1)
                {
                    firstMismatch = $"thread {t}, operation {i}: {actual} ≠ {expected[i]}";
                }
            }
        })).ToList();
        threads.ForEach(th => th.Start());
        threads.ForEach(th => th.Join());
        Assert.True(mismatches == 0, $"{mismatches} results differ from the single-threaded run; first: {firstMismatch}");
    }

    [Fact]
    public void First_touch_of_the_default_datasets_from_many_threads_sees_one_instance()
    {
        // The defaults are Lazy<T> (ExecutionAndPublication) or static readonly: every thread must see the same instance, even when all
        // threads ask at the same moment. (If the defaults were already touched by another test, this still checks identity.)
        const int n = 16;
        var seen = new object[n][];
        using var start = new Barrier(n);
        var threads = Enumerable.Range(0, n).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            seen[t] = new object[]
            {
                Markets.Default, ComplianceRuleSet.Default, PricingEngine.Default, MarketplaceFeeSchedules.Default, FbaFeeTables.Default,
                CrossBorder.Domain.Customs.MarketImportRules.Default, CrossBorder.Domain.Customs.ImportRulesTable.Sample,
                CrossBorder.Domain.Customs.TariffSchedule.Sample, RetailCalendar.Default, Currency.FromCode("EUR"),
            };
        })).ToList();
        threads.ForEach(th => th.Start());
        threads.ForEach(th => th.Join());
        for (int k = 0; k < seen[0].Length; k++)
        {
            Assert.All(seen, s => Assert.Same(seen[0][k], s[k]));
        }
    }
}
