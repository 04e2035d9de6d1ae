using System;
using System.IO;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Imports the ledgers of the KPI engine: order lines, refunds, fee charges, advertising days, SKU unit costs, inventory snapshots,
/// reviews and daily traffic. Columns are found
/// by header name in any order; each layout is in <c>docs/csv.md</c>. Instants are ISO-8601 with <c>Z</c> or an offset, dates
/// <c>yyyy-MM-dd</c>, amounts use '.' as the decimal point, one <c>currency</c> column per row applies to all its amounts, and
/// enumerations are written by name (<c>sponsored-products</c>, <c>SponsoredProducts</c> and <c>sponsored_products</c> all read).
/// </summary>
/// <remarks>
/// Marketplaces, SKUs and campaigns are interned into the given <see cref="LedgerKeys"/> only when the whole file imports: a file with problems
/// throws a <see cref="CsvImportException"/> listing every problem with its line and column, and leaves the keys untouched.
/// </remarks>
public static class LedgerCsv
{
    private static readonly CsvColumn[] OrderLineColumns = CsvImporter.Columns(
        "order_id,line_number,ordered_at,marketplace,sku,quantity,currency,item_price,discount,tax,fees", "channel");

    private static readonly CsvColumn[] RefundColumns = CsvImporter.Columns(
        "order_id,refunded_at,marketplace,sku,quantity,currency,amount,tax", "reason,resellable");

    private static readonly CsvColumn[] FeeColumns = CsvImporter.Columns("charged_at,marketplace,kind,currency,amount", "sku");

    private static readonly CsvColumn[] AdvertisingColumns = CsvImporter.Columns(
        "date,marketplace,campaign,type,impressions,clicks,currency,spend,attributed_sales,attributed_orders", "sku");

    private static readonly CsvColumn[] SkuCostColumns = CsvImporter.Columns("sku,valid_from,currency,cost_per_unit", "valid_to");

    private static readonly CsvColumn[] InventoryColumns = CsvImporter.Columns("date,marketplace,sku,units_on_hand");

    private static readonly CsvColumn[] ReviewColumns = CsvImporter.Columns("date,marketplace,sku,rating");

    private static readonly CsvColumn[] TrafficColumns = CsvImporter.Columns("date,marketplace,sku,sessions");

    /// <summary>Reads order lines (<see cref="OrderLine"/>), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into (the keys of the <see cref="KpiQuery"/>).</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<OrderLine> ReadOrderLines(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "order lines", OrderLineColumns, unknownColumns, ParseOrderLine, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads refunds (<see cref="Refund"/>), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<Refund> ReadRefunds(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "refunds", RefundColumns, unknownColumns, ParseRefund, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads fee charges (<see cref="FeeCharge"/>), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<FeeCharge> ReadFees(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "fee charges", FeeColumns, unknownColumns, ParseFee, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads advertising campaign days (<see cref="AdvertisingDay"/>), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces, campaigns and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<AdvertisingDay> ReadAdvertising(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "advertising days", AdvertisingColumns, unknownColumns, ParseAdvertising, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads effective-dated unit costs (<see cref="SkuCost"/>), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<SkuCost> ReadSkuCosts(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "SKU costs", SkuCostColumns, unknownColumns, ParseSkuCost, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads inventory snapshots (<see cref="InventorySnapshot"/>: units on hand per SKU, marketplace and day), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<InventorySnapshot> ReadInventory(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "inventory snapshots", InventoryColumns, unknownColumns, ParseInventory, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads product reviews (<see cref="Review"/>: a 1–5 star rating per SKU, marketplace and day), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<Review> ReadReviews(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "reviews", ReviewColumns, unknownColumns, ParseReview, null, new LedgerKeys(), NotNull(keys));

    /// <summary>Reads daily traffic (<see cref="TrafficDay"/>: sessions per SKU, marketplace and day), or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="keys">The keys to intern marketplaces and SKUs into.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The rows in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<TrafficDay> ReadTraffic(TextReader reader, LedgerKeys keys, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import(reader, "traffic days", TrafficColumns, unknownColumns, ParseTraffic, null, new LedgerKeys(), NotNull(keys));

    private static LedgerKeys NotNull(LedgerKeys keys) => keys ?? throw new ArgumentNullException(nameof(keys));

    private static Func<LedgerKeys, OrderLine>? ParseOrderLine(CsvRow row)
    {
        bool ok = row.Text("order_id", out string orderId)
            & row.Int32("line_number", out int lineNumber)
            & row.Instant("ordered_at", out Instant orderedAt)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("sku", out string sku)
            & row.Int32("quantity", out int quantity)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("item_price", out decimal itemPrice)
            & row.Decimal("discount", out decimal discount)
            & row.Decimal("tax", out decimal tax)
            & row.Decimal("fees", out decimal fees)
            & row.Enum("channel", FulfilledBy.Marketplace, required: false, out FulfilledBy channel);
        if (!ok)
        {
            return null;
        }

        return keys => new OrderLine(
            orderId, lineNumber, orderedAt, keys.Marketplace(marketplace), keys.Sku(sku), quantity,
            Money.Of(itemPrice, currency), Money.Of(discount, currency), Money.Of(tax, currency), Money.Of(fees, currency), channel);
    }

    private static Func<LedgerKeys, Refund>? ParseRefund(CsvRow row)
    {
        bool ok = row.Text("order_id", out string orderId)
            & row.Instant("refunded_at", out Instant refundedAt)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("sku", out string sku)
            & row.Int32("quantity", out int quantity)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("amount", out decimal amount)
            & row.Decimal("tax", out decimal tax)
            & row.Enum("reason", ReturnReason.Unspecified, required: false, out ReturnReason reason)
            & row.Boolean("resellable", false, out bool resellable);
        if (!ok)
        {
            return null;
        }

        return keys => new Refund(orderId, refundedAt, keys.Marketplace(marketplace), keys.Sku(sku), quantity, Money.Of(amount, currency), Money.Of(tax, currency), reason, resellable);
    }

    private static Func<LedgerKeys, FeeCharge>? ParseFee(CsvRow row)
    {
        string sku = row.Cell("sku");
        bool ok = row.Instant("charged_at", out Instant chargedAt)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Enum("kind", FeeKind.OtherFixed, required: true, out FeeKind kind)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("amount", out decimal amount, allowNegative: true);
        if (!ok)
        {
            return null;
        }

        return keys => new FeeCharge(chargedAt, keys.Marketplace(marketplace), sku.Length == 0 ? SkuKey.None : keys.Sku(sku), kind, Money.Of(amount, currency));
    }

    private static Func<LedgerKeys, AdvertisingDay>? ParseAdvertising(CsvRow row)
    {
        string sku = row.Cell("sku");
        bool ok = row.Date("date", out LocalDate date)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("campaign", out string campaign)
            & row.Enum("type", CampaignType.Other, required: true, out CampaignType type)
            & row.Int64("impressions", out long impressions)
            & row.Int64("clicks", out long clicks)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("spend", out decimal spend)
            & row.Decimal("attributed_sales", out decimal sales)
            & row.Int32("attributed_orders", out int orders);
        if (!ok)
        {
            return null;
        }

        return keys => new AdvertisingDay(
            date, keys.Marketplace(marketplace), keys.Campaign(campaign), sku.Length == 0 ? SkuKey.None : keys.Sku(sku), type,
            impressions, clicks, Money.Of(spend, currency), Money.Of(sales, currency), orders);
    }

    private static Func<LedgerKeys, SkuCost>? ParseSkuCost(CsvRow row)
    {
        bool ok = row.Text("sku", out string sku)
            & row.Date("valid_from", out LocalDate from)
            & row.OptionalDate("valid_to", out LocalDate? to)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("cost_per_unit", out decimal cost);
        if (ok && to is { } end && end < from)
        {
            row.Problem("valid_to", "valid_to is before valid_from.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return keys => new SkuCost(keys.Sku(sku), new EffectivePeriod(from, to), Money.Of(cost, currency));
    }

    private static Func<LedgerKeys, InventorySnapshot>? ParseInventory(CsvRow row)
    {
        bool ok = row.Date("date", out LocalDate date)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("sku", out string sku)
            & row.Int32("units_on_hand", out int units);
        return ok ? keys => new InventorySnapshot(date, keys.Marketplace(marketplace), keys.Sku(sku), units) : null;
    }

    private static Func<LedgerKeys, Review>? ParseReview(CsvRow row)
    {
        bool ok = row.Date("date", out LocalDate date)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("sku", out string sku)
            & row.Int32("rating", out int rating);
        return ok ? keys => new Review(date, keys.Marketplace(marketplace), keys.Sku(sku), rating) : null;
    }

    private static Func<LedgerKeys, TrafficDay>? ParseTraffic(CsvRow row)
    {
        bool ok = row.Date("date", out LocalDate date)
            & row.Marketplace("marketplace", out MarketplaceId marketplace)
            & row.Text("sku", out string sku)
            & row.Int64("sessions", out long sessions);
        return ok ? keys => new TrafficDay(date, keys.Marketplace(marketplace), keys.Sku(sku), sessions) : null;
    }
}
