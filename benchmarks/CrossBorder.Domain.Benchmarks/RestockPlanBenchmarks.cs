using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CrossBorder.Domain.Inventory;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// A restock plan for 10,000 SKUs with two years (730 days) of daily history each (target ≤ 1 s): 30-day velocity excluding
/// stock-out days, safety stock, reorder point, stock-out date with one inbound shipment and order quantity, per SKU.
/// The peer computes the same figures naively with LINQ over a list of daily rows per SKU and <c>double</c> statistics.
/// </summary>
[MemoryDiagnoser]
public class RestockPlanBenchmarks
{
    private const int Days = 730;
    private static readonly LocalDate Today = new(2026, 11, 26);
    private DemandHistory[] histories = Array.Empty<DemandHistory>();
    private List<DayRow>[] rows = Array.Empty<List<DayRow>>();
    private StockPosition[] positions = Array.Empty<StockPosition>();
    private RestockPlanner planner = null!;
    private LeadTimeEstimate leadTime = null!;
    private DemandOutlook outlook = null!;

    /// <summary>SKUs planned.</summary>
    [Params(10_000)]
    public int Skus { get; set; }

    /// <summary>Builds the generated catalogue.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = Today.PlusDays(-Days);
        histories = new DemandHistory[Skus];
        rows = new List<DayRow>[Skus];
        positions = new StockPosition[Skus];
        for (int s = 0; s < Skus; s++)
        {
            int mean = random.Next(0, 40);
            var units = new int[Days];
            var outs = new bool[Days];
            var list = new List<DayRow>(Days);
            for (int d = 0; d < Days; d++)
            {
                outs[d] = random.Next(50) == 0;
                units[d] = outs[d] ? 0 : Math.Max(0, mean + random.Next(-5, 6));
                list.Add(new DayRow(start.PlusDays(d), units[d], outs[d]));
            }

            histories[s] = new DemandHistory(start, units, outs);
            rows[s] = list;
            positions[s] = new StockPosition(random.Next(0, 2_000), new[] { new InboundShipment(Today.PlusDays(random.Next(1, 60)), random.Next(1, 1_000)) });
        }

        planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), 14));
        leadTime = new LeadTimeEstimate(59.5m, 3.95m);
        outlook = new DemandOutlook(
            CrossBorder.Domain.Geography.CountryCode.Parse("US"),
            CrossBorder.Domain.Geography.Markets.Default.Calendar,
            new[] { new EventUplift("black-friday", 3m), new EventUplift("cyber-monday", 2.5m), new EventUplift("christmas", 1.5m), new EventUplift("prime-day", 2m) },
            SeasonalityIndex.FromMonthlyFactors(new[] { 0.8m, 0.7m, 0.9m, 1m, 1m, 1.1m, 1.2m, 0.9m, 0.9m, 1m, 1.3m, 1.6m }));
    }

    /// <summary>The library: velocity plus a full explained plan per SKU.</summary>
    /// <returns>Total units to order (a checksum).</returns>
    [Benchmark(Baseline = true)]
    public decimal Library()
    {
        decimal total = 0m;
        for (int s = 0; s < histories.Length; s++)
        {
            DemandEstimate demand;
            try
            {
                demand = histories[s].Velocity(30);
            }
            catch (InsufficientDemandHistoryException)
            {
                continue;
            }

            total += planner.Plan(demand, leadTime, positions[s], Today).OrderQuantity.Value;
        }

        return total;
    }

    /// <summary>The library with an outlook: monthly seasonality and four event uplifts summed day by day over lead time + review, stock-out simulated day by day.</summary>
    /// <returns>Total units to order (a checksum).</returns>
    [Benchmark]
    public decimal LibraryWithOutlook()
    {
        decimal total = 0m;
        for (int s = 0; s < histories.Length; s++)
        {
            DemandEstimate demand;
            try
            {
                demand = histories[s].Velocity(30);
            }
            catch (InsufficientDemandHistoryException)
            {
                continue;
            }

            total += planner.Plan(demand, leadTime, positions[s], Today, outlook).OrderQuantity.Value;
        }

        return total;
    }

    /// <summary>Naive peer: LINQ over row lists, <c>double</c> statistics, no explanations.</summary>
    /// <returns>Total units to order (a checksum).</returns>
    [Benchmark]
    public double NaiveLinq()
    {
        double total = 0;
        const double z = 1.6448536269514722;
        const double l = 59.5, sl = 3.95;
        for (int s = 0; s < rows.Length; s++)
        {
            var window = rows[s].Where(r => r.Date > Today.PlusDays(-31)).Where(r => !r.StockOut).Select(r => (double)r.Units).ToList();
            if (window.Count == 0)
            {
                continue;
            }

            double d = window.Average();
            double sd = window.Count > 1 ? Math.Sqrt(window.Sum(x => (x - d) * (x - d)) / (window.Count - 1)) : 0;
            double ss = z * Math.Sqrt((l * sd * sd) + (d * d * sl * sl));
            double ip = positions[s].OnHand + positions[s].Inbound.Sum(i => i.Units);
            total += Math.Max(0, Math.Ceiling((d * (l + 14)) + ss - ip));
        }

        return total;
    }

    private readonly record struct DayRow(LocalDate Date, int Units, bool StockOut);
}
