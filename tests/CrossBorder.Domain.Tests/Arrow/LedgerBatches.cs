using Apache.Arrow;
using Apache.Arrow.Types;
using CrossBorder.Domain.Kpis;

namespace CrossBorder.Domain.Tests.Arrow;

/// <summary>Ledger rows as Arrow record batches in the documented layout (what a DuckDB or Polars export would contain).</summary>
internal static class LedgerBatches
{
    private static readonly Decimal128Type Amount = new(18, 2);

    internal static RecordBatch OrderLines(IReadOnlyList<OrderLine> rows, LedgerKeys keys) => new RecordBatch.Builder()
        .Append("order_id", false, Strings(rows.Select(r => r.OrderId)))
        .Append("line_number", false, new Int32Array.Builder().AppendRange(rows.Select(r => r.LineNumber)).Build())
        .Append("ordered_at", false, Timestamps(rows.Select(r => r.OrderedAt.ToDateTimeOffset())))
        .Append("marketplace", false, Strings(rows.Select(r => keys.MarketplaceOf(r.Marketplace).Value)))
        .Append("sku", false, Strings(rows.Select(r => keys.SkuOf(r.Sku))))
        .Append("quantity", false, new Int64Array.Builder().AppendRange(rows.Select(r => (long)r.Quantity)).Build())
        .Append("currency", false, Strings(rows.Select(r => r.Currency.Code)))
        .Append("item_price", false, Decimals(rows.Select(r => r.ItemPrice.Amount)))
        .Append("discount", false, Decimals(rows.Select(r => r.Discount.Amount)))
        .Append("tax", false, Decimals(rows.Select(r => r.Tax.Amount)))
        .Append("fees", false, Decimals(rows.Select(r => r.Fees.Amount)))
        .Append("channel", false, Strings(rows.Select(r => r.Channel.ToString())))
        .Build();

    internal static RecordBatch Refunds(IReadOnlyList<Refund> rows, LedgerKeys keys) => new RecordBatch.Builder()
        .Append("order_id", false, Strings(rows.Select(r => r.OrderId)))
        .Append("refunded_at", false, Timestamps(rows.Select(r => r.RefundedAt.ToDateTimeOffset())))
        .Append("marketplace", false, Strings(rows.Select(r => keys.MarketplaceOf(r.Marketplace).Value)))
        .Append("sku", false, Strings(rows.Select(r => keys.SkuOf(r.Sku))))
        .Append("quantity", false, new Int32Array.Builder().AppendRange(rows.Select(r => r.Quantity)).Build())
        .Append("currency", false, Strings(rows.Select(r => r.Currency.Code)))
        .Append("amount", false, Decimals(rows.Select(r => r.Amount.Amount)))
        .Append("tax", false, Decimals(rows.Select(r => r.Tax.Amount)))
        .Append("reason", false, Strings(rows.Select(r => r.Reason.ToString())))
        .Append("resellable", false, new BooleanArray.Builder().AppendRange(rows.Select(r => r.Resellable)).Build())
        .Build();

    internal static RecordBatch Fees(IReadOnlyList<FeeCharge> rows, LedgerKeys keys) => new RecordBatch.Builder()
        .Append("charged_at", false, Timestamps(rows.Select(r => r.ChargedAt.ToDateTimeOffset())))
        .Append("marketplace", false, Strings(rows.Select(r => keys.MarketplaceOf(r.Marketplace).Value)))
        .Append("sku", true, Strings(rows.Select(r => r.Sku.IsNone ? null : keys.SkuOf(r.Sku))))
        .Append("kind", false, Strings(rows.Select(r => r.Kind.ToString())))
        .Append("currency", false, Strings(rows.Select(r => r.Currency.Code)))
        .Append("amount", false, Decimals(rows.Select(r => r.Amount.Amount)))
        .Build();

    internal static RecordBatch Advertising(IReadOnlyList<AdvertisingDay> rows, LedgerKeys keys) => new RecordBatch.Builder()
        .Append("date", false, new Date32Array.Builder().AppendRange(rows.Select(r => r.Date.ToDateTimeUnspecified())).Build())
        .Append("marketplace", false, Strings(rows.Select(r => keys.MarketplaceOf(r.Marketplace).Value)))
        .Append("campaign", false, Strings(rows.Select(r => keys.CampaignOf(r.Campaign))))
        .Append("sku", true, Strings(rows.Select(r => r.Sku.IsNone ? null : keys.SkuOf(r.Sku))))
        .Append("type", false, Strings(rows.Select(r => r.Type.ToString())))
        .Append("impressions", false, new Int64Array.Builder().AppendRange(rows.Select(r => r.Impressions)).Build())
        .Append("clicks", false, new Int64Array.Builder().AppendRange(rows.Select(r => r.Clicks)).Build())
        .Append("currency", false, Strings(rows.Select(r => r.Currency.Code)))
        .Append("spend", false, Decimals(rows.Select(r => r.Spend.Amount)))
        .Append("attributed_sales", false, Decimals(rows.Select(r => r.AttributedSales.Amount)))
        .Append("attributed_orders", false, new Int32Array.Builder().AppendRange(rows.Select(r => r.AttributedOrders)).Build())
        .Build();

    internal static StringArray Strings(IEnumerable<string?> values)
    {
        var builder = new StringArray.Builder();
        foreach (string? v in values)
        {
            if (v is null)
            {
                builder.AppendNull();
            }
            else
            {
                builder.Append(v);
            }
        }

        return builder.Build();
    }

    internal static Decimal128Array Decimals(IEnumerable<decimal> values)
    {
        var builder = new Decimal128Array.Builder(Amount);
        foreach (decimal v in values)
        {
            builder.Append(v);
        }

        return builder.Build();
    }

    private static TimestampArray Timestamps(IEnumerable<DateTimeOffset> values)
    {
        var builder = new TimestampArray.Builder(TimeUnit.Microsecond, "UTC");
        foreach (DateTimeOffset v in values)
        {
            builder.Append(v);
        }

        return builder.Build();
    }
}
