using System.Diagnostics;
using BenchmarkDotNet.Running;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/CrossBorder.Domain.Benchmarks -- --filter '*Money*'</c>.
/// <c>-- --cold-start</c> instead measures, in this fresh process, the first use of the embedded dataset (JIT and load included).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--cold-start")
        {
            ColdStart();
            return;
        }

        if (args.Length == 2 && args[0] == "--kpi-check")
        {
            KpiGroupByBenchmarks.Check(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void ColdStart()
    {
        var watch = Stopwatch.StartNew();
        Currency usd = Currency.FromCode("USD");
        TimeSpan firstCurrency = watch.Elapsed;
        int tables = ReferenceData.Tables.Count;
        TimeSpan allTables = watch.Elapsed;
        Console.WriteLine($"first Currency.FromCode(\"{usd.Code}\"): {firstCurrency.TotalMilliseconds:0.0} ms; all {tables} embedded tables listed: {allTables.TotalMilliseconds:0.0} ms");
    }
}
