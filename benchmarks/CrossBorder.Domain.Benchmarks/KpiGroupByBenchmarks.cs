using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using DuckDB.NET.Data;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Group a generated ledger (order lines over 2 years, 5 marketplaces in 4 currencies, 2,000 SKUs, plus refunds and weekly ad rows)
/// by marketplace × SKU × month, in USD with each row translated at its day's rate: revenue (gross and net), units, orders,
/// net profit (revenue − COGS − fees − ad spend), ACoS, return rate.
/// Baseline: the library's parallel engine. Peers: naive LINQ GroupBy over records, and DuckDB in-process (rows preloaded, same query in SQL).
/// The peers get each row's local date precomputed (the library converts instants to marketplace-local days itself).
/// Target: ≤ 1.0× DuckDB, ≥ 5× faster than LINQ, allocations independent of row count.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class KpiGroupByBenchmarks
{
    private KpiLedgerGenerator ledger = null!;
    private KpiQuery query = null!;
    private List<OrderRecord> orderRecords = null!;
    private List<RefundRecord> refundRecords = null!;
    private List<AdRecord> adRecords = null!;
    private Dictionary<(string Currency, DateOnly Day), decimal> rateOf = null!;
    private Dictionary<string, decimal> costOf = null!;
    private DuckDBConnection? duck;

    /// <summary>10 million rows; set KPI_ROWS (for example 1000000) to measure another size, such as the 1M → 10M scaling check.</summary>
    public static IEnumerable<int> RowCounts =>
        Environment.GetEnvironmentVariable("KPI_ROWS") is { Length: > 0 } rows ? new[] { int.Parse(rows, CultureInfo.InvariantCulture) } : new[] { 10_000_000 };

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [GlobalSetup(Target = nameof(Library))]
    public void SetupLibrary()
    {
        ledger = new KpiLedgerGenerator(Rows);
        query = ledger.Query();
    }

    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        SetupLibrary();
        BuildRecords();
    }

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        SetupLibrary();
        BuildRecords();
        duck = LoadDuckDb(ledger, orderRecords, refundRecords, adRecords, rateOf, costOf);
        orderRecords = null!;
        refundRecords = null!;
        adRecords = null!;
        GC.Collect();
    }

    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();

    [Benchmark(Baseline = true)]
    public decimal Library()
    {
        KpiReport report = KpiEngine.Aggregate(query, ledger.Data);
        decimal check = 0m;
        foreach (KpiGroup group in report.Groups)
        {
            KpiValues k = group.Kpis;
            if (k.Totals.OrderLines == 0)
            {
                continue; // like the peers' LEFT JOIN from the sales side
            }

            check += k.NetRevenue.Amount + k.GrossRevenue.Amount + k.Units + k.Orders + k.NetProfit.Amount
                + (k.Acos?.Fraction ?? 0m) + (k.ReturnRate?.Fraction ?? 0m);
        }

        return check;
    }

    [Benchmark]
    public decimal Linq()
    {
        decimal Rate(string currency, DateOnly day) => currency == "USD" ? 1m : rateOf[(currency, day)];
        decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToEven);

        var sales = orderRecords
            .GroupBy(o => (o.Marketplace, o.Sku, Month: new DateOnly(o.LocalDay.Year, o.LocalDay.Month, 1)))
            .ToDictionary(g => g.Key, g => new
            {
                Net = g.Sum(o => Cents(o.ItemPrice * Rate(o.Currency, o.LocalDay)) - Cents(o.Discount * Rate(o.Currency, o.LocalDay))),
                Price = g.Sum(o => Cents(o.ItemPrice * Rate(o.Currency, o.LocalDay))),
                Tax = g.Sum(o => Cents(o.Tax * Rate(o.Currency, o.LocalDay))),
                Units = g.Sum(o => o.Quantity),
                Orders = g.Count(),
                Fees = g.Sum(o => Cents(o.Fees * Rate(o.Currency, o.LocalDay))),
                Cogs = g.Sum(o => Cents(o.Quantity * costOf[o.Sku])),
            });
        var refunds = refundRecords
            .GroupBy(r => (r.Marketplace, r.Sku, Month: new DateOnly(r.LocalDay.Year, r.LocalDay.Month, 1)))
            .ToDictionary(g => g.Key, g => new
            {
                Refunded = g.Sum(r => Cents(r.Amount * Rate(r.Currency, r.LocalDay))),
                Units = g.Sum(r => r.Quantity),
                CogsBack = g.Where(r => r.Resellable).Sum(r => Cents(r.Quantity * costOf[r.Sku])),
            });
        var ads = adRecords
            .GroupBy(a => (a.Marketplace, a.Sku, Month: new DateOnly(a.Day.Year, a.Day.Month, 1)))
            .ToDictionary(g => g.Key, g => new
            {
                Spend = g.Sum(a => Cents(a.Spend * Rate(a.Currency, a.Day))),
                Sales = g.Sum(a => Cents(a.Sales * Rate(a.Currency, a.Day))),
            });
        decimal check = 0m;
        foreach (var pair in sales)
        {
            refunds.TryGetValue(pair.Key, out var r);
            ads.TryGetValue(pair.Key, out var a);
            decimal revenue = pair.Value.Net - (r?.Refunded ?? 0m);
            decimal netProfit = revenue - (pair.Value.Cogs - (r?.CogsBack ?? 0m)) - pair.Value.Fees - (a?.Spend ?? 0m);
            decimal acos = a is null || a.Sales == 0m ? 0m : a.Spend / a.Sales;
            decimal returnRate = pair.Value.Units == 0 ? 0m : (decimal)(r?.Units ?? 0) / pair.Value.Units;
            check += revenue + (pair.Value.Price + pair.Value.Tax) + pair.Value.Units + pair.Value.Orders + netProfit + acos + returnRate;
        }

        return check;
    }

    [Benchmark]
    public decimal DuckDb()
    {
        using DuckDBCommand command = duck!.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        decimal check = 0m;
        while (reader.Read())
        {
            for (int i = 3; i < reader.FieldCount; i++)
            {
                check += reader.IsDBNull(i) ? 0m : reader.GetValue(i) switch
                {
                    System.Numerics.BigInteger big => (decimal)big,
                    var value => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                };
            }
        }

        return check;
    }

    private const string Sql = """
        WITH o AS (
            SELECT o.marketplace, o.sku, date_trunc('month', o.local_day) AS month,
                   SUM(round(o.price * r.rate) - round(o.discount * r.rate)) AS net,
                   SUM(round(o.price * r.rate)) AS price,
                   SUM(round(o.tax * r.rate)) AS tax,
                   SUM(o.qty) AS units, COUNT(*) AS orders,
                   SUM(round(o.fees * r.rate)) AS fees,
                   SUM(round(o.qty * c.cost)) AS cogs
            FROM orders o JOIN rates r ON r.currency = o.currency AND r.day = o.local_day JOIN costs c ON c.sku = o.sku
            GROUP BY ALL),
        f AS (
            SELECT f.marketplace, f.sku, date_trunc('month', f.local_day) AS month,
                   SUM(round(f.amount * r.rate)) AS refunded, SUM(f.qty) AS returned,
                   SUM(CASE WHEN f.resellable THEN round(f.qty * c.cost) ELSE 0 END) AS cogs_back
            FROM refunds f JOIN rates r ON r.currency = f.currency AND r.day = f.local_day JOIN costs c ON c.sku = f.sku
            GROUP BY ALL),
        a AS (
            SELECT a.marketplace, a.sku, date_trunc('month', a.day) AS month,
                   SUM(round(a.spend * r.rate)) AS spend, SUM(round(a.sales * r.rate)) AS ad_sales
            FROM ads a JOIN rates r ON r.currency = a.currency AND r.day = a.day
            GROUP BY ALL)
        SELECT o.marketplace, o.sku, o.month,
               (o.net - coalesce(f.refunded, 0)) / 100 AS revenue,
               (o.price + o.tax) / 100 AS gross,
               o.units, o.orders,
               (o.net - coalesce(f.refunded, 0) - (o.cogs - coalesce(f.cogs_back, 0)) - o.fees - coalesce(a.spend, 0)) / 100 AS net_profit,
               a.spend / nullif(a.ad_sales, 0) AS acos,
               coalesce(f.returned, 0) / o.units AS return_rate
        FROM o LEFT JOIN f USING (marketplace, sku, month) LEFT JOIN a USING (marketplace, sku, month)
        """;

    private void BuildRecords()
    {
        var zones = KpiLedgerGenerator.Marketplaces.ToDictionary(m => m.Id, m => DateTimeZoneProviders.Tzdb[m.Zone]);
        DateOnly Local(Instant at, string marketplace)
        {
            LocalDate d = at.InZone(zones[marketplace]).Date;
            return new DateOnly(d.Year, d.Month, d.Day);
        }

        var keys = ledger.Keys;
        orderRecords = new List<OrderRecord>(ledger.OrderLines.Length);
        foreach (OrderLine l in ledger.OrderLines)
        {
            string m = keys.MarketplaceOf(l.Marketplace).Value;
            orderRecords.Add(new OrderRecord(m, keys.SkuOf(l.Sku), Local(l.OrderedAt, m), l.Currency.Code, l.Quantity, l.ItemPrice.Amount, l.Discount.Amount, l.Tax.Amount, l.Fees.Amount));
        }

        refundRecords = ledger.Refunds.Select(r =>
        {
            string m = keys.MarketplaceOf(r.Marketplace).Value;
            return new RefundRecord(m, keys.SkuOf(r.Sku), Local(r.RefundedAt, m), r.Currency.Code, r.Quantity, r.Amount.Amount, r.Resellable);
        }).ToList();
        adRecords = ledger.Advertising.Select(a => new AdRecord(keys.MarketplaceOf(a.Marketplace).Value, keys.SkuOf(a.Sku), new DateOnly(a.Date.Year, a.Date.Month, a.Date.Day), a.Currency.Code, a.Spend.Amount, a.AttributedSales.Amount)).ToList();
        rateOf = new Dictionary<(string, DateOnly), decimal>();
        foreach (string code in new[] { "EUR", "GBP", "JPY" })
        {
            Currency c = Currency.FromCode(code);
            for (int d = 0; d < KpiLedgerGenerator.Range.Length; d++)
            {
                LocalDate day = KpiLedgerGenerator.Range.Start.PlusDays(d);
                rateOf[(code, new DateOnly(day.Year, day.Month, day.Day))] = ledger.Rates.GetRate(c, Currency.USD, day).Rate;
            }
        }

        // The peers get only rows whose local day is in the range (the library leaves the others out and counts them).
        var first = new DateOnly(KpiLedgerGenerator.Range.Start.Year, KpiLedgerGenerator.Range.Start.Month, KpiLedgerGenerator.Range.Start.Day);
        var last = new DateOnly(KpiLedgerGenerator.Range.End.Year, KpiLedgerGenerator.Range.End.Month, KpiLedgerGenerator.Range.End.Day);
        orderRecords.RemoveAll(o => o.LocalDay < first || o.LocalDay > last);
        refundRecords.RemoveAll(o => o.LocalDay < first || o.LocalDay > last);
        adRecords.RemoveAll(o => o.Day < first || o.Day > last);
        costOf = ledger.UnitCosts.ToDictionary(c => keys.SkuOf(c.Sku), c => c.CostPerUnit.Amount);
    }

    private static DuckDBConnection LoadDuckDb(KpiLedgerGenerator ledger, List<OrderRecord> orders, List<RefundRecord> refunds, List<AdRecord> ads, Dictionary<(string Currency, DateOnly Day), decimal> rates, Dictionary<string, decimal> costs)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE orders (marketplace VARCHAR, sku VARCHAR, local_day DATE, currency VARCHAR, qty INTEGER, price BIGINT, discount BIGINT, tax BIGINT, fees BIGINT);
                CREATE TABLE refunds (marketplace VARCHAR, sku VARCHAR, local_day DATE, currency VARCHAR, qty INTEGER, amount BIGINT, resellable BOOLEAN);
                CREATE TABLE ads (marketplace VARCHAR, sku VARCHAR, day DATE, currency VARCHAR, spend BIGINT, sales BIGINT);
                CREATE TABLE rates (currency VARCHAR, day DATE, rate DECIMAL(18,8));
                CREATE TABLE costs (sku VARCHAR, cost DECIMAL(18,4));
                """;
            create.ExecuteNonQuery();
        }

        // Amounts in minor units of their currency; the rate table carries the minor-unit factor (EUR/GBP cents → USD cents: rate; yen → cents: rate × 100).
        long Minor(decimal amount, string currency) => (long)(currency == "JPY" ? amount : amount * 100m);
        using (var appender = connection.CreateAppender("orders"))
        {
            foreach (OrderRecord o in orders)
            {
                appender.CreateRow().AppendValue(o.Marketplace).AppendValue(o.Sku).AppendValue(o.LocalDay).AppendValue(o.Currency).AppendValue(o.Quantity)
                    .AppendValue(Minor(o.ItemPrice, o.Currency)).AppendValue(Minor(o.Discount, o.Currency)).AppendValue(Minor(o.Tax, o.Currency)).AppendValue(Minor(o.Fees, o.Currency)).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("refunds"))
        {
            foreach (RefundRecord r in refunds)
            {
                appender.CreateRow().AppendValue(r.Marketplace).AppendValue(r.Sku).AppendValue(r.LocalDay).AppendValue(r.Currency).AppendValue(r.Quantity).AppendValue(Minor(r.Amount, r.Currency)).AppendValue(r.Resellable).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("ads"))
        {
            foreach (AdRecord a in ads)
            {
                appender.CreateRow().AppendValue(a.Marketplace).AppendValue(a.Sku).AppendValue(a.Day).AppendValue(a.Currency).AppendValue(Minor(a.Spend, a.Currency)).AppendValue(Minor(a.Sales, a.Currency)).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("rates"))
        {
            foreach (var pair in rates)
            {
                appender.CreateRow().AppendValue(pair.Key.Currency).AppendValue(pair.Key.Day).AppendValue(pair.Key.Currency == "JPY" ? pair.Value * 100m : pair.Value).EndRow();
            }

            for (int d = 0; d < KpiLedgerGenerator.Range.Length; d++)
            {
                LocalDate day = KpiLedgerGenerator.Range.Start.PlusDays(d);
                appender.CreateRow().AppendValue("USD").AppendValue(new DateOnly(day.Year, day.Month, day.Day)).AppendValue(1m).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("costs"))
        {
            foreach (var pair in costs)
            {
                appender.CreateRow().AppendValue(pair.Key).AppendValue(pair.Value * 100m).EndRow();
            }
        }

        _ = ledger;
        return connection;
    }

    private sealed record OrderRecord(string Marketplace, string Sku, DateOnly LocalDay, string Currency, int Quantity, decimal ItemPrice, decimal Discount, decimal Tax, decimal Fees);

    private sealed record RefundRecord(string Marketplace, string Sku, DateOnly LocalDay, string Currency, int Quantity, decimal Amount, bool Resellable);

    private sealed record AdRecord(string Marketplace, string Sku, DateOnly Day, string Currency, decimal Spend, decimal Sales);

    /// <summary>Runs each implementation once on <paramref name="rows"/> rows and prints the checksums and times (a quick agreement check).</summary>
    public static void Check(int rows)
    {
        var b = new KpiGroupByBenchmarks { Rows = rows };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        b.SetupDuckDb();
        Console.WriteLine($"setup {watch.Elapsed.TotalSeconds:0.0} s");
        for (int i = 0; i < 3; i++)
        {
            watch.Restart();
            var agg = new KpiAggregation(b.query);
            agg.Add<OrderLine>(b.ledger.OrderLines);
            var t1 = watch.Elapsed.TotalSeconds;
            agg.Add<Refund>(b.ledger.Refunds);
            agg.Add<AdvertisingDay>(b.ledger.Advertising);
            var t2 = watch.Elapsed.TotalSeconds;
            var report = agg.ToReport();
            var t3 = watch.Elapsed.TotalSeconds;
            var parallel = KpiEngine.Aggregate(b.query, b.ledger.Data);
            var t4 = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"engine (parallel) {t4 - t3:0.000}");
            Console.WriteLine($"lines {t1:0.000} other {t2 - t1:0.000} report {t3 - t2:0.000} groups {report.Groups.Count} rows {b.ledger.OrderLines.Length}+{b.ledger.Refunds.Length}+{b.ledger.Advertising.Length}");
        }

        b.BuildRecords();
        foreach (var (name, run) in new (string, Func<decimal>)[] { ("library", b.Library), ("library", b.Library), ("linq", b.Linq), ("duckdb", b.DuckDb), ("duckdb", b.DuckDb) })
        {
            watch.Restart();
            decimal check = run();
            Console.WriteLine($"{name,-8} {watch.Elapsed.TotalSeconds,6:0.000} s  checksum {check.ToString(CultureInfo.InvariantCulture)}");
        }

        b.Cleanup();
    }
}
