using System.Linq;
using BenchmarkDotNet.Attributes;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Selection;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// A start-up capital plan of 5 SKUs over 24 months (≈ 730 simulated days): brand stocking (purchase orders, FIFO lots) as the
/// baseline, dropshipping and the readable explanation beside it.
/// </summary>
[MemoryDiagnoser]
public class StartupCapitalBenchmarks
{
    private LaunchCase launch = null!;
    private BrandStockingModel brand = null!;
    private DropshippingModel drop = null!;
    private CapitalPlan plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        launch = new LaunchCase(
            new LocalDate(2026, 1, 1),
            24,
            Enumerable.Range(0, 5).Select(i => new LaunchSku(Sku.Parse("SKU-" + i), Money.Of(19.99m + i, "USD"), Money.Of(3m, "USD"), 40m + (i * 7))
            {
                DropshipCostPerUnit = Money.Of(9.5m, "USD"),
                PurchaseCostPerUnit = Money.Of(2.4m + i, "USD"),
                FreightPerUnit = Money.Of(0.6m, "USD"),
                DutiesPerUnit = Money.Of(0.15m, "USD"),
                FulfilmentPerUnit = Money.Of(3.22m, "USD"),
            }),
            PayoutSchedule.Every(14, 7))
        {
            AdvertisingCostPerSale = Money.Of(2m, "USD"),
            FixedCostsPerMonth = Money.Of(39.99m, "USD"),
        };
        brand = new BrandStockingModel(Percentage.FromPercent(9), 2, 25, 35, 60) { DepositShare = Percentage.FromPercent(30) };
        drop = new DropshippingModel(Percentage.FromPercent(5), 12);
        plan = StartupCapitalPlanner.Plan(launch, brand);
    }

    [Benchmark(Baseline = true)]
    public CapitalPlan BrandStocking() => StartupCapitalPlanner.Plan(launch, brand);

    [Benchmark]
    public CapitalPlan Dropshipping() => StartupCapitalPlanner.Plan(launch, drop);

    [Benchmark]
    public int Explain() => plan.Explain().Length;
}
