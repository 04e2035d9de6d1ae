using Apache.Arrow;
using Apache.Arrow.Ipc;
using CrossBorder.Domain.Arrow;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Tests.Kpis;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Arrow;

public sealed class ArrowLedgerTests
{
    private static IEnumerable<T[]> Chunks<T>(T[] rows, int size) => rows.Chunk(Math.Max(1, size));

    private static bool SameReport(KpiReport a, KpiReport b) =>
        a.RowsRead == b.RowsRead && a.Rejections.Equals(b.Rejections) && a.Total == b.Total
        && a.Groups.Count == b.Groups.Count && a.Groups.All(x => b.Find(x.Key) is { } y && x.Totals == y.Totals);

    /// <summary>Aggregating Arrow batches one by one and merging the partial results equals aggregating every row at once.</summary>
    [Property(MaxTest = 40)]
    public bool Per_batch_aggregation_merged_equals_aggregating_all_rows(int seed, byte batchSize)
    {
        var ledger = new RandomLedger(seed);
        KpiQuery query = RandomLedger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku | KpiDimensions.Campaign, PeriodGrouping.IsoWeek);
        KpiReport whole = KpiEngine.Aggregate(query, new LedgerData { OrderLines = ledger.OrderLines, Refunds = ledger.Refunds, Fees = ledger.Fees, Advertising = ledger.Advertising }, 1);

        LedgerKeys keys = RandomLedger.Keys;
        var batches = new List<(ArrowLedgerTable Table, RecordBatch Batch)>();
        batches.AddRange(Chunks(ledger.OrderLines, batchSize % 9).Select(c => (ArrowLedgerTable.OrderLines, LedgerBatches.OrderLines(c, keys))));
        batches.AddRange(Chunks(ledger.Refunds, batchSize % 5).Select(c => (ArrowLedgerTable.Refunds, LedgerBatches.Refunds(c, keys))));
        batches.AddRange(Chunks(ledger.Fees, batchSize % 4).Select(c => (ArrowLedgerTable.Fees, LedgerBatches.Fees(c, keys))));
        batches.AddRange(Chunks(ledger.Advertising, batchSize % 7).Select(c => (ArrowLedgerTable.Advertising, LedgerBatches.Advertising(c, keys))));

        // Within a process: one KpiAggregation per batch, merged.
        var merged = new KpiAggregation(query);
        // Across processes: one KpiReport per batch, merged (reports of an empty ledger are the identity).
        KpiReport reports = new KpiAggregation(query).ToReport();
        foreach ((ArrowLedgerTable table, RecordBatch batch) in batches)
        {
            var part = new KpiAggregation(query);
            ArrowLedger.Add(part, table, batch);
            merged.Merge(part);
            reports = reports.Merge(part.ToReport());
        }

        KpiReport fromAggregations = merged.ToReport();
        return SameReport(whole, fromAggregations) && SameReport(whole, reports)
            && whole.Groups.Select(g => g.Key).SequenceEqual(fromAggregations.Groups.Select(g => g.Key)); // same deterministic order
    }

    [Fact]
    public async Task Arrow_ipc_file_aggregates_batch_by_batch()
    {
        var ledger = new RandomLedger(42);
        KpiQuery query = RandomLedger.Query(KpiDimensions.Marketplace, PeriodGrouping.None);
        using var file = new MemoryStream();
        RecordBatch first = LedgerBatches.OrderLines(ledger.OrderLines.Take(5).ToArray(), RandomLedger.Keys);
        using (var writer = new ArrowFileWriter(file, first.Schema, leaveOpen: true))
        {
            foreach (OrderLine[] chunk in Chunks(ledger.OrderLines, 5))
            {
                await writer.WriteRecordBatchAsync(LedgerBatches.OrderLines(chunk, RandomLedger.Keys));
            }

            await writer.WriteEndAsync();
        }

        file.Position = 0;
        using var reader = new ArrowFileReader(file);
        KpiAggregation aggregation = await ArrowLedger.AggregateAsync(query, ArrowLedgerTable.OrderLines, reader);
        KpiReport expected = KpiEngine.Aggregate(query, new LedgerData { OrderLines = ledger.OrderLines });
        Assert.True(SameReport(expected, aggregation.ToReport()));
        Assert.Equal(ledger.OrderLines.Length, aggregation.RowsRead);
    }

    [Fact]
    public void Rows_read_back_equal_the_rows_written()
    {
        var ledger = new RandomLedger(3);
        var keys = new LedgerKeys();
        OrderLine[] back = ArrowLedger.ReadOrderLines(LedgerBatches.OrderLines(ledger.OrderLines, RandomLedger.Keys), keys);
        Assert.Equal(ledger.OrderLines.Length, back.Length);
        Assert.All(back.Zip(ledger.OrderLines), p =>
        {
            Assert.Equal((p.Second.OrderId, p.Second.OrderedAt, p.Second.ItemPrice, p.Second.Fees, p.Second.Channel), (p.First.OrderId, p.First.OrderedAt, p.First.ItemPrice, p.First.Fees, p.First.Channel));
            Assert.Equal(RandomLedger.Keys.SkuOf(p.Second.Sku), keys.SkuOf(p.First.Sku));
        });
    }

    [Fact]
    public void Float_amounts_missing_columns_and_bad_cells_are_all_reported()
    {
        RecordBatch schemaBad = new RecordBatch.Builder()
            .Append("charged_at", false, new TimestampArray.Builder().Append(DateTimeOffset.UnixEpoch).Build())
            .Append("marketplace", false, LedgerBatches.Strings(new[] { "amazon-de" }))
            .Append("amount", false, new DoubleArray.Builder().Append(0.1).Build())
            .Build();
        ArrowLedgerException ex = Assert.Throws<ArrowLedgerException>(() => ArrowLedger.ReadFees(schemaBad, new LedgerKeys()));
        Assert.Contains(ex.Problems, p => p.Row == -1 && p.Column == "amount" && p.Message.Contains("float", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Row == -1 && p.Column == "kind");
        Assert.Contains(ex.Problems, p => p.Row == -1 && p.Column == "currency");

        RecordBatch rowsBad = new RecordBatch.Builder()
            .Append("charged_at", false, new TimestampArray.Builder().Append(DateTimeOffset.UnixEpoch).Append(DateTimeOffset.UnixEpoch).Build())
            .Append("marketplace", false, LedgerBatches.Strings(new[] { "amazon-de", "amazon-de" }))
            .Append("kind", false, LedgerBatches.Strings(new[] { "storage", "parking" }))
            .Append("currency", false, LedgerBatches.Strings(new[] { "EUR", "EURO" }))
            .Append("amount", false, LedgerBatches.Decimals(new[] { 1.5m, 2m }))
            .Build();
        var keys = new LedgerKeys();
        ArrowLedgerException rows = Assert.Throws<ArrowLedgerException>(() => ArrowLedger.ReadFees(rowsBad, keys));
        Assert.Equal(new[] { "kind", "currency" }, rows.Problems.Select(p => p.Column));
        Assert.All(rows.Problems, p => Assert.Equal(1, p.Row));
        Assert.Contains("batch 0, row 1, column kind", rows.Message, StringComparison.Ordinal);
    }
}
