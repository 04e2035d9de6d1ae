using System;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using CrossBorder.Domain.Arrow.Internal;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Arrow;

/// <summary>
/// Reads KPI ledger rows from Apache Arrow record batches — the columnar format DuckDB, Polars and Spark export — and feeds them to
/// the KPI engine batch by batch. Columns are found by name (case-insensitive, any order, extra columns ignored); names and accepted
/// types are in <c>docs/arrow.md</c>.
/// </summary>
/// <remarks>
/// <para>Each batch is read whole or not at all: every schema and row problem of the batch is collected and thrown together in an
/// <see cref="ArrowLedgerException"/>, and none of its rows is returned or aggregated.</para>
/// <para>Amounts must be exact: decimal columns (DuckDB <c>DECIMAL</c>, Polars <c>Decimal</c>), integers, or text; floating-point
/// columns are refused. Timestamps with a time zone are instants (Arrow stores them in UTC); timestamps without one are read as UTC.
/// Marketplaces, SKUs and campaigns are interned into the query's <see cref="LedgerKeys"/> as rows are read.</para>
/// <para>For ledgers larger than one machine, aggregate each partition where it lives (<see cref="AggregateAsync"/> or
/// <see cref="Add(KpiAggregation, ArrowLedgerTable, RecordBatch)"/>) and merge the partial results: <see cref="KpiAggregation.Merge"/> within a process,
/// <see cref="KpiReport.Merge"/> across processes. The result equals aggregating all rows at once.</para>
/// </remarks>
public static class ArrowLedger
{
    /// <summary>Reads a batch of order lines.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into (the <see cref="KpiQuery.Keys"/>).</param>
    /// <returns>The rows, in batch order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; all are listed.</exception>
    public static OrderLine[] ReadOrderLines(RecordBatch batch, LedgerKeys keys) => ReadOrderLines(batch, keys, 0);

    /// <summary>Reads a batch of refunds.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <returns>The rows, in batch order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; all are listed.</exception>
    public static Refund[] ReadRefunds(RecordBatch batch, LedgerKeys keys) => ReadRefunds(batch, keys, 0);

    /// <summary>Reads a batch of fee charges.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <returns>The rows, in batch order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; all are listed.</exception>
    public static FeeCharge[] ReadFees(RecordBatch batch, LedgerKeys keys) => ReadFees(batch, keys, 0);

    /// <summary>Reads a batch of advertising campaign days.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="keys">The keys to intern marketplaces, campaigns and SKUs into.</param>
    /// <returns>The rows, in batch order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; all are listed.</exception>
    public static AdvertisingDay[] ReadAdvertising(RecordBatch batch, LedgerKeys keys) => ReadAdvertising(batch, keys, 0);

    /// <summary>
    /// Reads a batch of effective-dated unit costs (<see cref="SkuCost"/>), for <see cref="KpiQuery.UnitCosts"/>: columns
    /// <c>sku</c>, <c>valid_from</c> (date), <c>valid_to</c> (date, optional; null = open-ended), <c>currency</c>, <c>cost_per_unit</c> (amount).
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="keys">The keys to intern SKUs into (the <see cref="KpiQuery.Keys"/> of the query that will use the costs).</param>
    /// <returns>The rows, in batch order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; all are listed.</exception>
    public static SkuCost[] ReadSkuCosts(RecordBatch batch, LedgerKeys keys) => ReadSkuCosts(batch, keys, 0);

    /// <summary>
    /// Reads every batch of a stream of unit costs (<see cref="ReadSkuCosts(RecordBatch, LedgerKeys)"/>): unit costs are a
    /// small table that a query holds whole (<see cref="KpiQuery.UnitCosts"/>), not rows to aggregate.
    /// </summary>
    /// <param name="stream">The batches; not disposed.</param>
    /// <param name="keys">The keys to intern SKUs into.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The rows of every batch, in stream order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">A batch has problems (its index is in each problem); nothing is returned.</exception>
    public static async Task<SkuCost[]> ReadSkuCostsAsync(IArrowArrayStream stream, LedgerKeys keys, CancellationToken cancellationToken = default)
    {
        NotNull(stream, nameof(stream));
        NotNull(keys, nameof(keys));
        var rows = new System.Collections.Generic.List<SkuCost>();
        int index = 0;
        while (await stream.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false) is { } batch)
        {
            using (batch)
            {
                rows.AddRange(ReadSkuCosts(batch, keys, index++));
            }
        }

        return rows.ToArray();
    }

    /// <summary>Reads one batch of <paramref name="table"/> and adds its rows to <paramref name="aggregation"/>.</summary>
    /// <param name="aggregation">The aggregation; its query's keys intern the batch's marketplaces, SKUs and campaigns.</param>
    /// <param name="table">Which ledger the batch holds.</param>
    /// <param name="batch">The batch.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">The batch has problems; nothing of it was added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="table"/> is not defined, or a row takes a KPI sum beyond 64 bits (see <see cref="KpiAggregation.Add{TRow}(ReadOnlySpan{TRow})"/>).
    /// </exception>
    public static void Add(KpiAggregation aggregation, ArrowLedgerTable table, RecordBatch batch) => Add(aggregation, table, batch, 0);

    /// <summary>
    /// Aggregates a stream of record batches (an Arrow IPC file or stream, a DuckDB or Polars export) batch by batch: memory holds one
    /// batch and the groups, never the whole ledger.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="table">Which ledger the stream holds.</param>
    /// <param name="stream">The batches (for example an <see cref="ArrowFileReader"/> or <see cref="ArrowStreamReader"/>); not disposed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The aggregation of every row; merge it with others or call <see cref="KpiAggregation.ToReport"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArrowLedgerException">A batch has problems (its index is in each problem); nothing is returned.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row takes a KPI sum beyond 64 bits (the message names the row of its batch).</exception>
    public static async Task<KpiAggregation> AggregateAsync(KpiQuery query, ArrowLedgerTable table, IArrowArrayStream stream, CancellationToken cancellationToken = default)
    {
        NotNull(query, nameof(query));
        NotNull(stream, nameof(stream));
        var aggregation = new KpiAggregation(query);
        int index = 0;
        while (await stream.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false) is { } batch)
        {
            using (batch)
            {
                Add(aggregation, table, batch, index++);
            }
        }

        return aggregation;
    }

    private static void Add(KpiAggregation aggregation, ArrowLedgerTable table, RecordBatch batch, int index)
    {
        NotNull(aggregation, nameof(aggregation));
        LedgerKeys keys = aggregation.Query.Keys;
        switch (table)
        {
            case ArrowLedgerTable.OrderLines:
                aggregation.Add<OrderLine>(ReadOrderLines(batch, keys, index));
                break;
            case ArrowLedgerTable.Refunds:
                aggregation.Add<Refund>(ReadRefunds(batch, keys, index));
                break;
            case ArrowLedgerTable.Fees:
                aggregation.Add<FeeCharge>(ReadFees(batch, keys, index));
                break;
            case ArrowLedgerTable.Advertising:
                aggregation.Add<AdvertisingDay>(ReadAdvertising(batch, keys, index));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, "table must be OrderLines, Refunds, Fees or Advertising.");
        }
    }

    private static OrderLine[] ReadOrderLinesCore(RecordBatch batch, LedgerKeys keys, int index)
    {
        BatchReader r = Start(batch, keys, index);
        LedgerColumn? orderId = r.Column("order_id", ColumnKind.Text, true);
        LedgerColumn? lineNumber = r.Column("line_number", ColumnKind.Integer, true);
        LedgerColumn? orderedAt = r.Column("ordered_at", ColumnKind.Timestamp, true);
        LedgerColumn? marketplace = r.Column("marketplace", ColumnKind.Text, true);
        LedgerColumn? sku = r.Column("sku", ColumnKind.Text, true);
        LedgerColumn? quantity = r.Column("quantity", ColumnKind.Integer, true);
        LedgerColumn? currency = r.Column("currency", ColumnKind.Text, true);
        LedgerColumn? itemPrice = r.Column("item_price", ColumnKind.Decimal, true);
        LedgerColumn? discount = r.Column("discount", ColumnKind.Decimal, true);
        LedgerColumn? tax = r.Column("tax", ColumnKind.Decimal, true);
        LedgerColumn? fees = r.Column("fees", ColumnKind.Decimal, true);
        LedgerColumn? channel = r.Column("channel", ColumnKind.Text, false);
        r.ThrowIfProblems("order lines");
        var rows = new OrderLine[r.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            bool ok = r.String(orderId, i, out string id)
                & r.Int32(lineNumber, i, out int line)
                & r.Instant(orderedAt, i, out Instant at)
                & Marketplace(r, marketplace, i, out MarketplaceId market)
                & r.String(sku, i, out string skuText)
                & r.Int32(quantity, i, out int units)
                & Currency(r, currency, i, out Currency cur)
                & r.Decimal(itemPrice, i, out decimal price)
                & r.Decimal(discount, i, out decimal off)
                & r.Decimal(tax, i, out decimal taxAmount)
                & r.Decimal(fees, i, out decimal feeAmount)
                & Enum(r, channel, i, FulfilledBy.Marketplace, out FulfilledBy by);
            if (ok)
            {
                Build(r, i, () => rows[i] = new OrderLine(id, line, at, keys.Marketplace(market), keys.Sku(skuText), units, Money.Of(price, cur), Money.Of(off, cur), Money.Of(taxAmount, cur), Money.Of(feeAmount, cur), by));
            }
        }

        r.ThrowIfProblems("order lines");
        return rows;
    }

    private static Refund[] ReadRefundsCore(RecordBatch batch, LedgerKeys keys, int index)
    {
        BatchReader r = Start(batch, keys, index);
        LedgerColumn? orderId = r.Column("order_id", ColumnKind.Text, true);
        LedgerColumn? refundedAt = r.Column("refunded_at", ColumnKind.Timestamp, true);
        LedgerColumn? marketplace = r.Column("marketplace", ColumnKind.Text, true);
        LedgerColumn? sku = r.Column("sku", ColumnKind.Text, true);
        LedgerColumn? quantity = r.Column("quantity", ColumnKind.Integer, true);
        LedgerColumn? currency = r.Column("currency", ColumnKind.Text, true);
        LedgerColumn? amount = r.Column("amount", ColumnKind.Decimal, true);
        LedgerColumn? tax = r.Column("tax", ColumnKind.Decimal, true);
        LedgerColumn? reason = r.Column("reason", ColumnKind.Text, false);
        LedgerColumn? resellable = r.Column("resellable", ColumnKind.Boolean, false);
        r.ThrowIfProblems("refunds");
        var rows = new Refund[r.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            bool ok = r.String(orderId, i, out string id)
                & r.Instant(refundedAt, i, out Instant at)
                & Marketplace(r, marketplace, i, out MarketplaceId market)
                & r.String(sku, i, out string skuText)
                & r.Int32(quantity, i, out int units)
                & Currency(r, currency, i, out Currency cur)
                & r.Decimal(amount, i, out decimal refunded)
                & r.Decimal(tax, i, out decimal taxAmount)
                & Enum(r, reason, i, ReturnReason.Unspecified, out ReturnReason why)
                & BatchReader.Boolean(resellable, i, false, out bool sellable);
            if (ok)
            {
                Build(r, i, () => rows[i] = new Refund(id, at, keys.Marketplace(market), keys.Sku(skuText), units, Money.Of(refunded, cur), Money.Of(taxAmount, cur), why, sellable));
            }
        }

        r.ThrowIfProblems("refunds");
        return rows;
    }

    private static FeeCharge[] ReadFeesCore(RecordBatch batch, LedgerKeys keys, int index)
    {
        BatchReader r = Start(batch, keys, index);
        LedgerColumn? chargedAt = r.Column("charged_at", ColumnKind.Timestamp, true);
        LedgerColumn? marketplace = r.Column("marketplace", ColumnKind.Text, true);
        LedgerColumn? sku = r.Column("sku", ColumnKind.Text, false);
        LedgerColumn? kind = r.Column("kind", ColumnKind.Text, true);
        LedgerColumn? currency = r.Column("currency", ColumnKind.Text, true);
        LedgerColumn? amount = r.Column("amount", ColumnKind.Decimal, true);
        r.ThrowIfProblems("fee charges");
        var rows = new FeeCharge[r.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            bool ok = r.Instant(chargedAt, i, out Instant at)
                & Marketplace(r, marketplace, i, out MarketplaceId market)
                & r.String(sku, i, out string skuText, required: false)
                & Enum(r, kind, i, FeeKind.OtherFixed, out FeeKind feeKind, required: true)
                & Currency(r, currency, i, out Currency cur)
                & r.Decimal(amount, i, out decimal charged);
            if (ok)
            {
                Build(r, i, () => rows[i] = new FeeCharge(at, keys.Marketplace(market), skuText.Length == 0 ? SkuKey.None : keys.Sku(skuText), feeKind, Money.Of(charged, cur)));
            }
        }

        r.ThrowIfProblems("fee charges");
        return rows;
    }

    private static AdvertisingDay[] ReadAdvertisingCore(RecordBatch batch, LedgerKeys keys, int index)
    {
        BatchReader r = Start(batch, keys, index);
        LedgerColumn? date = r.Column("date", ColumnKind.Date, true);
        LedgerColumn? marketplace = r.Column("marketplace", ColumnKind.Text, true);
        LedgerColumn? campaign = r.Column("campaign", ColumnKind.Text, true);
        LedgerColumn? sku = r.Column("sku", ColumnKind.Text, false);
        LedgerColumn? type = r.Column("type", ColumnKind.Text, true);
        LedgerColumn? impressions = r.Column("impressions", ColumnKind.Integer, true);
        LedgerColumn? clicks = r.Column("clicks", ColumnKind.Integer, true);
        LedgerColumn? currency = r.Column("currency", ColumnKind.Text, true);
        LedgerColumn? spend = r.Column("spend", ColumnKind.Decimal, true);
        LedgerColumn? sales = r.Column("attributed_sales", ColumnKind.Decimal, true);
        LedgerColumn? orders = r.Column("attributed_orders", ColumnKind.Integer, true);
        r.ThrowIfProblems("advertising days");
        var rows = new AdvertisingDay[r.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            bool ok = r.Date(date, i, out LocalDate day)
                & Marketplace(r, marketplace, i, out MarketplaceId market)
                & r.String(campaign, i, out string campaignText)
                & r.String(sku, i, out string skuText, required: false)
                & Enum(r, type, i, CampaignType.Other, out CampaignType campaignType, required: true)
                & r.Integer(impressions, i, out long shown)
                & r.Integer(clicks, i, out long clicked)
                & Currency(r, currency, i, out Currency cur)
                & r.Decimal(spend, i, out decimal spent)
                & r.Decimal(sales, i, out decimal sold)
                & r.Int32(orders, i, out int ordered);
            if (ok)
            {
                Build(r, i, () => rows[i] = new AdvertisingDay(
                    day, keys.Marketplace(market), keys.Campaign(campaignText), skuText.Length == 0 ? SkuKey.None : keys.Sku(skuText),
                    campaignType, shown, clicked, Money.Of(spent, cur), Money.Of(sold, cur), ordered));
            }
        }

        r.ThrowIfProblems("advertising days");
        return rows;
    }

    private static SkuCost[] ReadSkuCostsCore(RecordBatch batch, LedgerKeys keys, int index)
    {
        BatchReader r = Start(batch, keys, index);
        LedgerColumn? sku = r.Column("sku", ColumnKind.Text, true);
        LedgerColumn? validFrom = r.Column("valid_from", ColumnKind.Date, true);
        LedgerColumn? validTo = r.Column("valid_to", ColumnKind.Date, false);
        LedgerColumn? currency = r.Column("currency", ColumnKind.Text, true);
        LedgerColumn? cost = r.Column("cost_per_unit", ColumnKind.Decimal, true);
        r.ThrowIfProblems("SKU costs");
        var rows = new SkuCost[r.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            bool ok = r.String(sku, i, out string skuText)
                & r.Date(validFrom, i, out LocalDate from)
                & Currency(r, currency, i, out Currency cur)
                & r.Decimal(cost, i, out decimal perUnit);
            LocalDate? to = BatchReader.OptionalDate(validTo, i);
            if (ok && to is { } end && end < from)
            {
                r.Problem(i, validTo!.Name, "valid_to is before valid_from.");
                ok = false;
            }

            if (ok)
            {
                Build(r, i, () => rows[i] = new SkuCost(keys.Sku(skuText), new Data.EffectivePeriod(from, to), Money.Of(perUnit, cur)));
            }
        }

        r.ThrowIfProblems("SKU costs");
        return rows;
    }

    private static OrderLine[] ReadOrderLines(RecordBatch batch, LedgerKeys keys, int index) =>
        Guarded(batch, keys, index, "order lines", ReadOrderLinesCore);

    private static Refund[] ReadRefunds(RecordBatch batch, LedgerKeys keys, int index) =>
        Guarded(batch, keys, index, "refunds", ReadRefundsCore);

    private static FeeCharge[] ReadFees(RecordBatch batch, LedgerKeys keys, int index) =>
        Guarded(batch, keys, index, "fees", ReadFeesCore);

    private static AdvertisingDay[] ReadAdvertising(RecordBatch batch, LedgerKeys keys, int index) =>
        Guarded(batch, keys, index, "advertising days", ReadAdvertisingCore);

    private static SkuCost[] ReadSkuCosts(RecordBatch batch, LedgerKeys keys, int index) =>
        Guarded(batch, keys, index, "SKU costs", ReadSkuCostsCore);

    /// <summary>
    /// Reads a batch; an Arrow array whose buffers disagree with its length or offsets (a corrupted IPC stream, a hand-built batch)
    /// makes the Arrow library's accessors throw: that is reported as an <see cref="ArrowLedgerException"/>, like every other problem.
    /// </summary>
    private static T[] Guarded<T>(RecordBatch batch, LedgerKeys keys, int index, string what, Func<RecordBatch, LedgerKeys, int, T[]> read)
    {
        try
        {
            return read(batch, keys, index);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidOperationException or OverflowException or InvalidCastException)
        {
            string message = ex.Message;
            int end = message.IndexOfAny(LineBreaks);
            throw new ArrowLedgerException(what, new[]
            {
                new ArrowLedgerProblem(index, -1, string.Empty, "the batch's Arrow buffers are inconsistent (a corrupted or truncated stream?): " + (end < 0 ? message : message.Substring(0, end))),
            });
        }
    }

    private static BatchReader Start(RecordBatch batch, LedgerKeys keys, int index)
    {
        NotNull(batch, nameof(batch));
        NotNull(keys, nameof(keys));
        return new BatchReader(batch, index);
    }

    private static void Build(BatchReader r, int row, Action build)
    {
        if (r.HasProblems)
        {
            return; // the batch fails anyway; keep checking cells but stop interning keys
        }

        try
        {
            build();
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            string message = ex.Message;
            int end = message.IndexOfAny(LineBreaks);
            r.Problem(row, string.Empty, end < 0 ? message : message.Substring(0, end));
        }
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };

    private static bool Marketplace(BatchReader r, LedgerColumn? column, int row, out MarketplaceId marketplace)
    {
        marketplace = default;
        if (!r.String(column, row, out string text))
        {
            return false;
        }

        if (MarketplaceId.TryParse(text, out marketplace))
        {
            return true;
        }

        r.Problem(row, column!.Name, $"'{text}' is not a marketplace id; write platform-country in lower case (for example amazon-de).");
        return false;
    }

    private static bool Currency(BatchReader r, LedgerColumn? column, int row, out Currency currency)
    {
        currency = Monetary.Currency.XXX;
        if (!r.String(column, row, out string text))
        {
            return false;
        }

        if (Monetary.Currency.TryFromCode(text, out Currency? found))
        {
            currency = found;
            return true;
        }

        r.Problem(row, column!.Name, $"'{text}' is not an active ISO 4217 currency code.");
        return false;
    }

    private static bool Enum<TEnum>(BatchReader r, LedgerColumn? column, int row, TEnum fallback, out TEnum value, bool required = false)
        where TEnum : struct, Enum
    {
        value = fallback;
        if (!r.String(column, row, out string text, required))
        {
            return false;
        }

        if (text.Length == 0 || EnumText.TryParse(text, out value))
        {
            return true;
        }

        r.Problem(row, column!.Name, $"'{text}' is not one of {EnumText.Allowed<TEnum>(kebab: false)}.");
        return false;
    }

    private static void NotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }
}
