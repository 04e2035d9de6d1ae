#:project ../../src/CrossBorder.Domain.Arrow/CrossBorder.Domain.Arrow.csproj
// Arrow ledger: run with `dotnet run docs/examples/arrow-ledger.cs` from the repository root.
// Writes a month of order lines as an Arrow IPC file with Apache.Arrow (standing in for a DuckDB or Polars export: DECIMAL(18,2)
// amounts, TIMESTAMPTZ instants), then reads it back batch by batch, aggregates each batch on its own, merges the partial
// results and prints the KPI table — the same report as aggregating every row at once.
using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using CrossBorder.Domain.Arrow;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

var inv = CultureInfo.InvariantCulture;
string path = Path.Combine(Path.GetTempPath(), "crossborder-order-lines.arrow");
string[] skus = ["MUG-01", "MUG-02", "TEA-SET"];
decimal[] prices = [14.99m, 19.99m, 39.99m];

// 1. "Another tool" writes the ledger: 4 batches of 250 order lines (example data, not real sales).
var amount = new Decimal128Type(18, 2);
using (var file = File.Create(path))
{
    ArrowFileWriter? writer = null;
    for (int b = 0; b < 4; b++)
    {
        var ids = new StringArray.Builder(); var lineNo = new Int32Array.Builder(); var at = new TimestampArray.Builder(TimeUnit.Microsecond, "UTC");
        var market = new StringArray.Builder(); var sku = new StringArray.Builder(); var qty = new Int64Array.Builder(); var cur = new StringArray.Builder();
        var price = new Decimal128Array.Builder(amount); var discount = new Decimal128Array.Builder(amount); var tax = new Decimal128Array.Builder(amount); var fees = new Decimal128Array.Builder(amount);
        for (int i = 0; i < 250; i++)
        {
            int n = b * 250 + i, s = n % 3, q = 1 + n % 2;
            ids.Append($"113-{n:0000000}"); lineNo.Append(1);
            at.Append(new DateTimeOffset(2026, 10, 1 + n % 31, 17, 0, 0, TimeSpan.Zero));
            market.Append("amazon-us"); sku.Append(skus[s]); qty.Append(q); cur.Append("USD");
            price.Append(prices[s] * q); discount.Append(n % 10 == 0 ? 2.00m : 0m); tax.Append(Math.Round(prices[s] * q * 0.07m, 2)); fees.Append(Math.Round(prices[s] * q * 0.15m, 2) + 3.06m);
        }

        RecordBatch batch = new RecordBatch.Builder()
            .Append("order_id", false, ids.Build()).Append("line_number", false, lineNo.Build()).Append("ordered_at", false, at.Build())
            .Append("marketplace", false, market.Build()).Append("sku", false, sku.Build()).Append("quantity", false, qty.Build())
            .Append("currency", false, cur.Build()).Append("item_price", false, price.Build()).Append("discount", false, discount.Build())
            .Append("tax", false, tax.Build()).Append("fees", false, fees.Build())
            .Build();
        writer ??= new ArrowFileWriter(file, batch.Schema);
        await writer.WriteRecordBatchAsync(batch);
    }

    await writer!.WriteEndAsync();
    writer.Dispose();
}

// 2. .NET reads it batch by batch: one aggregation per batch (as separate workers would), merged.
var keys = new LedgerKeys();
var query = new KpiQuery(keys, Currency.USD, new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)), _ => DateTimeZoneProviders.Tzdb["America/Los_Angeles"])
{
    GroupBy = KpiDimensions.Sku,
};
var merged = new KpiAggregation(query);
int batches = 0;
using (var reader = new ArrowFileReader(File.OpenRead(path)))
{
    while (await reader.ReadNextRecordBatchAsync() is { } batch)
    {
        var part = new KpiAggregation(query);
        ArrowLedger.Add(part, ArrowLedgerTable.OrderLines, batch);
        merged.Merge(part);
        batches++;
    }
}

KpiReport report = merged.ToReport();

// 3. The same file in one pass, for comparison.
using var again = new ArrowFileReader(File.OpenRead(path));
KpiReport onePass = (await ArrowLedger.AggregateAsync(query, ArrowLedgerTable.OrderLines, again)).ToReport();

Console.WriteLine($"Read {report.RowsRead.ToString(inv)} order lines in {batches.ToString(inv)} Arrow batches from {Path.GetFileName(path)}");
Console.WriteLine();
Console.WriteLine($"{"SKU",-8} {"Orders",7} {"Units",6} {"Net revenue",12} {"Fees",10} {"Contribution",13}");
foreach (KpiGroup g in report.Groups)
{
    LedgerTotals t = g.Totals;
    Console.WriteLine($"{g.Key.Sku,-8} {t.Orders.ToString(inv),7} {t.Units.ToString(inv),6} {t.NetRevenue.Amount.ToString("N2", inv),12} {t.VariableFees.Amount.ToString("N2", inv),10} {t.Contribution.Amount.ToString("N2", inv),13}");
}

LedgerTotals total = report.Total;
Console.WriteLine($"{"Total",-8} {total.Orders.ToString(inv),7} {total.Units.ToString(inv),6} {total.NetRevenue.Amount.ToString("N2", inv),12} {total.VariableFees.Amount.ToString("N2", inv),10} {total.Contribution.Amount.ToString("N2", inv),13}");
Console.WriteLine();
bool same = onePass.Total == report.Total && onePass.Groups.Count == report.Groups.Count;
Console.WriteLine($"Per-batch aggregation merged equals one pass over the file: {same}");
File.Delete(path);
return same ? 0 : 1;
