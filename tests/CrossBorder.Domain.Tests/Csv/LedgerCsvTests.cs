using System.Globalization;
using System.IO;
using System.Text;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Kpis;
using CrossBorder.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Domain.Tests.Csv;

public sealed class LedgerCsvTests
{
    private const string OrderLines =
        "order_id,line_number,ordered_at,marketplace,sku,quantity,currency,item_price,discount,tax,fees,channel\n"
        + "302-1234567-1234567,1,2026-03-02T09:15:00Z,amazon-de,MUG-01,2,EUR,33.60,0.00,6.38,7.10,marketplace\n"
        + "113-7654321-7654321,1,2026-03-02T10:00:00-05:00,amazon-us,MUG-01,1,USD,19.99,2.00,1.60,5.20,Merchant\n";

    [Fact]
    [UseCulture("tr-TR")]
    public void Order_lines_import_with_instants_offsets_and_channels()
    {
        var keys = new LedgerKeys();
        CsvImport<OrderLine> import = LedgerCsv.ReadOrderLines(new StringReader(OrderLines), keys);
        OrderLine us = import.Rows[1];
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 15, 0), us.OrderedAt);
        Assert.Equal(Money.Of(19.99m, "USD"), us.ItemPrice);
        Assert.Equal(FulfilledBy.Merchant, us.Channel);
        Assert.Equal("MUG-01", keys.SkuOf(us.Sku));
        Assert.Equal("amazon-us", keys.MarketplaceOf(us.Marketplace).Value);
        Assert.Equal(2, keys.MarketplaceCount);
    }

    [Fact]
    public void Bad_ledger_rows_are_all_reported_and_the_keys_stay_untouched()
    {
        string bad = OrderLines
            + "X,1,2026-03-02T10:00:00,amazon-us,MUG-02,1,USD,19.99,0,0,0,\n"      // instant without zone
            + "Y,1,2026-03-02T10:00:00Z,Amazon DE,MUG-03,1,USD,1,2,0,0,\n"        // bad marketplace; discount > price
            + "Z,1,2026-03-02T10:00:00Z,amazon-us,MUG-04,1,USD,1.001,0,0,0,drone\n"; // finer than a cent, unknown channel
        var keys = new LedgerKeys();
        CsvImportException ex = Assert.Throws<CsvImportException>(() => LedgerCsv.ReadOrderLines(new StringReader(bad), keys));
        Assert.Contains(ex.Problems, p => p.Line == 4 && p.Column == "ordered_at");
        Assert.Contains(ex.Problems, p => p.Line == 5 && p.Column == "marketplace");
        Assert.Contains(ex.Problems, p => p.Line == 6 && p.Column == "channel");
        Assert.Equal(0, keys.SkuCount);
        Assert.Equal(0, keys.MarketplaceCount);

        string domain = OrderLines + "Y,1,2026-03-02T10:00:00Z,amazon-us,MUG-03,1,USD,1,2,0,0,\nZ,1,2026-03-02T10:00:00Z,amazon-us,MUG-04,1,USD,1.001,0,0,0,\n";
        CsvImportException ex2 = Assert.Throws<CsvImportException>(() => LedgerCsv.ReadOrderLines(new StringReader(domain), keys));
        Assert.Contains(ex2.Problems, p => p.Line == 4 && p.Column == "discount");
        Assert.Contains(ex2.Problems, p => p.Line == 5 && p.Column == "item_price");
        Assert.Equal(0, keys.SkuCount);
    }

    [Fact]
    public void Refunds_fees_advertising_and_costs_import()
    {
        var keys = new LedgerKeys();
        Refund refund = Assert.Single(LedgerCsv.ReadRefunds(new StringReader(
            "order_id,refunded_at,marketplace,sku,quantity,currency,amount,tax,reason,resellable\n302-1,2026-03-09T08:00:00Z,amazon-de,MUG-01,1,EUR,16.80,3.19,not-as-described,true\n"), keys).Rows);
        Assert.Equal(ReturnReason.NotAsDescribed, refund.Reason);
        Assert.True(refund.Resellable);

        CsvImport<FeeCharge> fees = LedgerCsv.ReadFees(new StringReader(
            "charged_at,marketplace,sku,kind,currency,amount\n2026-03-31T00:00:00Z,amazon-de,,subscription,EUR,39.00\n2026-03-15T00:00:00Z,amazon-de,MUG-01,storage,EUR,-1.20\n"), keys);
        Assert.True(fees.Rows[0].Sku.IsNone);
        Assert.Equal(Money.Of(-1.20m, "EUR"), fees.Rows[1].Amount);

        AdvertisingDay ad = Assert.Single(LedgerCsv.ReadAdvertising(new StringReader(
            "date,marketplace,campaign,sku,type,impressions,clicks,currency,spend,attributed_sales,attributed_orders\n2026-03-02,amazon-de,Mugs exact,MUG-01,sponsored_products,10000,120,EUR,54.00,201.60,6\n"), keys).Rows);
        Assert.Equal(CampaignType.SponsoredProducts, ad.Type);
        Assert.Equal("Mugs exact", keys.CampaignOf(ad.Campaign));

        CsvImport<SkuCost> costs = LedgerCsv.ReadSkuCosts(new StringReader(
            "sku,valid_from,valid_to,currency,cost_per_unit\nMUG-01,2026-01-01,2026-02-28,USD,3.4567\nMUG-01,2026-03-01,,USD,3.50\n"), keys);
        Assert.Equal(Money.Of(3.4567m, "USD"), costs.Rows[0].CostPerUnit);
        Assert.Null(costs.Rows[1].Period.ValidTo);
        Assert.Throws<CsvImportException>(() => LedgerCsv.ReadSkuCosts(new StringReader("sku,valid_from,valid_to,currency,cost_per_unit\nA,2026-03-01,2026-02-01,USD,1\n"), keys));
    }

    /// <summary>Order lines written to CSV (invariant culture) and read back are the same rows, under any culture.</summary>
    [Property(MaxTest = 40)]
    public bool Random_order_lines_round_trip_through_csv(int seed, byte cultureIndex)
    {
        var ledger = new RandomLedger(seed);
        string csv = Write(ledger.OrderLines, RandomLedger.Keys);
        var keys = new LedgerKeys();
        string culture = Cultures.Names[cultureIndex % Cultures.Names.Length];
        OrderLine[] back = Cultures.With(culture, () => LedgerCsv.ReadOrderLines(new StringReader(csv), keys).Rows.ToArray());
        return back.Length == ledger.OrderLines.Length && back.Zip(ledger.OrderLines, (b, a) =>
            b.OrderId == a.OrderId && b.LineNumber == a.LineNumber && b.OrderedAt == a.OrderedAt && b.Quantity == a.Quantity
            && b.ItemPrice == a.ItemPrice && b.Discount == a.Discount && b.Tax == a.Tax && b.Fees == a.Fees && b.Channel == a.Channel
            && keys.SkuOf(b.Sku) == RandomLedger.Keys.SkuOf(a.Sku) && keys.MarketplaceOf(b.Marketplace) == RandomLedger.Keys.MarketplaceOf(a.Marketplace)).All(x => x);
    }

    internal static string Write(IEnumerable<OrderLine> lines, LedgerKeys keys)
    {
        var text = new StringBuilder("order_id,line_number,ordered_at,marketplace,sku,quantity,currency,item_price,discount,tax,fees,channel\n");
        foreach (OrderLine l in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{l.OrderId},{l.LineNumber},{InstantPattern.ExtendedIso.Format(l.OrderedAt)},{keys.MarketplaceOf(l.Marketplace)},{keys.SkuOf(l.Sku)},{l.Quantity},{l.Currency.Code},{l.ItemPrice.Amount},{l.Discount.Amount},{l.Tax.Amount},{l.Fees.Amount},{l.Channel}\n");
        }

        return text.ToString();
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Inventory_reviews_and_traffic_import_and_feed_the_kpis()
    {
        var keys = new LedgerKeys();
        CsvImport<InventorySnapshot> inventory = LedgerCsv.ReadInventory(new StringReader(
            "date,marketplace,sku,units_on_hand\n2026-03-01,amazon-de,MUG-01,40\n2026-03-02,amazon-de,MUG-01,0\n"), keys);
        CsvImport<Review> reviews = LedgerCsv.ReadReviews(new StringReader(
            "Date,Marketplace,SKU,Rating\n2026-03-01,amazon-de,MUG-01,5\n2026-03-02,amazon-de,MUG-01,2\n"), keys);
        CsvImport<TrafficDay> traffic = LedgerCsv.ReadTraffic(new StringReader(
            "date,marketplace,sku,sessions\n2026-03-01,amazon-de,MUG-01,120\n"), keys);
        Assert.Equal(40, inventory.Rows[0].UnitsOnHand);
        Assert.Equal(new LocalDate(2026, 3, 2), reviews.Rows[1].Date);
        Assert.Equal("MUG-01", keys.SkuOf(traffic.Rows[0].Sku));
        Assert.Equal(1, keys.SkuCount);

        var query = new KpiQuery(keys, Currency.EUR, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), _ => DateTimeZone.Utc);
        KpiReport report = KpiEngine.Aggregate(query, new LedgerData { Inventory = inventory.Rows.ToArray(), Reviews = reviews.Rows.ToArray(), Traffic = traffic.Rows.ToArray() });
        Assert.Equal(3.5m, report.Total.Kpis.AverageRating);
        Assert.Equal(Percentage.FromPercent(50), report.Total.Kpis.InStockRate);
        Assert.Equal(120, report.Total.Sessions);
    }

    [Fact]
    public void Bad_inventory_review_and_traffic_rows_are_all_reported()
    {
        var keys = new LedgerKeys();
        CsvImportException reviews = Assert.Throws<CsvImportException>(() => LedgerCsv.ReadReviews(new StringReader(
            "date,marketplace,sku,rating\n2026-03-01,amazon-de,MUG-01,6\n2026-02-30,amazon-de,,0\n"), keys));
        Assert.Contains(reviews.Problems, p => p.Line == 2 && p.Column == "rating");
        Assert.Contains(reviews.Problems, p => p.Line == 3 && p.Column == "date");
        Assert.Contains(reviews.Problems, p => p.Line == 3 && p.Column == "sku");
        CsvImportException inventory = Assert.Throws<CsvImportException>(() => LedgerCsv.ReadInventory(new StringReader(
            "date,marketplace,sku,units_on_hand\n2026-03-01,amazon-de,MUG-01,-1\n2026-03-01,Amazon DE,MUG-01,1\n"), keys));
        Assert.Equal(new[] { (2, "units_on_hand"), (3, "marketplace") }, inventory.Problems.Select(p => (p.Line, p.Column)));
        CsvImportException traffic = Assert.Throws<CsvImportException>(() => LedgerCsv.ReadTraffic(new StringReader("date,marketplace,sku\n"), keys));
        Assert.Contains(traffic.Problems, p => p.Line == 1 && p.Column == "sessions");
        Assert.Equal(0, keys.SkuCount);
    }
}
