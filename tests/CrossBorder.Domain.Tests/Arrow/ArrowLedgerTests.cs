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

    private static RecordBatch SkuCostBatch(string[] skus, DateTime[] from, DateTime?[] to, decimal[] costs)
    {
        var validTo = new Date32Array.Builder();
        foreach (DateTime? day in to)
        {
            if (day is { } d)
            {
                validTo.Append(d);
            }
            else
            {
                validTo.AppendNull();
            }
        }

        var cost = new Decimal128Array.Builder(new Apache.Arrow.Types.Decimal128Type(18, 4));
        foreach (decimal c in costs)
        {
            cost.Append(c);
        }

        return new RecordBatch.Builder()
            .Append("sku", false, LedgerBatches.Strings(skus))
            .Append("valid_from", false, new Date32Array.Builder().AppendRange(from).Build())
            .Append("valid_to", true, validTo.Build())
            .Append("currency", false, LedgerBatches.Strings(skus.Select(_ => "USD")))
            .Append("cost_per_unit", false, cost.Build())
            .Build();
    }

    [Fact]
    public async Task Sku_costs_read_from_arrow_feed_the_query_like_costs_built_in_code()
    {
        var keys = new LedgerKeys();
        RecordBatch batch = SkuCostBatch(
            ["MUG-01", "MUG-01", "LAMP-02"],
            [new DateTime(2026, 1, 1), new DateTime(2026, 7, 1), new DateTime(2026, 1, 1)],
            [new DateTime(2026, 6, 30), null, null],
            [2.35m, 2.4125m, 7.10m]);
        SkuCost[] costs = ArrowLedger.ReadSkuCosts(batch, keys);
        Assert.Equal(3, costs.Length);
        Assert.Equal("MUG-01", keys.SkuOf(costs[1].Sku));
        Assert.Equal(Domain.Monetary.Money.Of(2.4125m, "USD"), costs[1].CostPerUnit);
        Assert.Equal(Domain.Data.EffectivePeriod.Between(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 6, 30)), costs[0].Period);
        Assert.True(costs[2].Period.IsOpenEnded);

        // The stream twin reads every batch of an IPC stream.
        using var file = new MemoryStream();
        using (var writer = new ArrowStreamWriter(file, batch.Schema, leaveOpen: true))
        {
            await writer.WriteRecordBatchAsync(batch);
            await writer.WriteRecordBatchAsync(batch);
            await writer.WriteEndAsync();
        }

        file.Position = 0;
        using var reader = new ArrowStreamReader(file);
        Assert.Equal(6, (await ArrowLedger.ReadSkuCostsAsync(reader, keys)).Length);
    }

    [Fact]
    public void Sku_cost_problems_are_all_reported()
    {
        RecordBatch bad = SkuCostBatch(
            ["MUG-01", "", "LAMP-02"],
            [new DateTime(2026, 7, 1), new DateTime(2026, 1, 1), new DateTime(2026, 1, 1)],
            [new DateTime(2026, 6, 30), null, null],
            [2.35m, 1m, 7.10m]);
        var keys = new LedgerKeys();
        ArrowLedgerException ex = Assert.Throws<ArrowLedgerException>(() => ArrowLedger.ReadSkuCosts(bad, keys));
        Assert.Contains(ex.Problems, p => p.Row == 0 && p.Column == "valid_to");
        Assert.Contains(ex.Problems, p => p.Row == 1 && p.Column == "sku");
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal(0, keys.SkuCount); // nothing interned from a failed batch

        // The unit cost's own check (a negative cost) becomes a row problem naming the argument.
        RecordBatch negative = SkuCostBatch(["LAMP-02"], [new DateTime(2026, 1, 1)], [null], [-7.10m]);
        ArrowLedgerProblem problem = Assert.Single(Assert.Throws<ArrowLedgerException>(() => ArrowLedger.ReadSkuCosts(negative, new LedgerKeys())).Problems);
        Assert.Contains("costPerUnit", problem.Message, StringComparison.Ordinal);

        RecordBatch missing = new RecordBatch.Builder().Append("sku", false, LedgerBatches.Strings(["A"])).Build();
        ArrowLedgerException schema = Assert.Throws<ArrowLedgerException>(() => ArrowLedger.ReadSkuCosts(missing, new LedgerKeys()));
        Assert.Equal(new[] { "valid_from", "currency", "cost_per_unit" }, schema.Problems.Select(p => p.Column));
    }
}
