using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>
/// KPI sums are 64-bit counts of minor units: a ledger whose sums go beyond ±9223372036854775807 gets an
/// <see cref="ArgumentOutOfRangeException"/> naming the row or merge and the limit (never the BCL's bare OverflowException),
/// and figures derived from several sums (gross revenue, net profit, margins) are exact even beyond 64 bits.
/// </summary>
[UseCulture("tr-TR")]
public class KpiOverflowTests
{
    private const string Limit = "9223372036854775807";
    private static readonly LedgerKeys Keys = new();
    private static readonly MarketplaceKey Us = Keys.Marketplace("amazon-us");
    private static readonly SkuKey Mug = Keys.Sku("MUG");
    private static readonly CampaignKey Brand = Keys.Campaign("brand");
    private static readonly Instant March2 = Instant.FromUtc(2026, 3, 2, 12, 0);

    /// <summary>USD 50,000,000,000,000,000: 5 × 10^18 cents, more than half of the 64-bit range.</summary>
    private static readonly Money Huge = Usd(50_000_000_000_000_000m);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static KpiQuery Query(IExchangeRateProvider? rates = null, IReadOnlyList<SkuCost>? costs = null) =>
        new(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { ExchangeRates = rates, UnitCosts = costs ?? Array.Empty<SkuCost>() };

    private static OrderLine Line(string id, Money price, Money? tax = null, int quantity = 1) =>
        new(id, 1, March2, Us, Mug, quantity, price, Usd(0m), tax ?? Usd(0m), Usd(0m));

    private static void AssertNames(ArgumentOutOfRangeException ex, string param, params string[] parts)
    {
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(Limit, ex.Message, StringComparison.Ordinal);
        Assert.Contains("must stay within", ex.Message, StringComparison.Ordinal);
        foreach (string part in parts)
        {
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_row_that_takes_a_sum_beyond_64_bits_is_named_and_the_aggregation_refuses_to_report()
    {
        var aggregation = new KpiAggregation(Query());
        aggregation.Add(Line("O1", Huge));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.Add(Line("O2", Huge)));
        AssertNames(ex, "row", "row (order line O2/1", "item price USD 50000000000000000");
        Assert.Equal(1, aggregation.RowsRead == 2 ? 1 : 0);
        var faulted = Assert.Throws<InvalidOperationException>(() => aggregation.ToReport());
        Assert.Contains("incomplete", faulted.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new KpiAggregation(aggregation.Query).Merge(aggregation));
        Assert.Throws<InvalidOperationException>(() => aggregation.Merge(new KpiAggregation(aggregation.Query)));
    }

    [Fact]
    public void A_span_names_the_index_of_the_row()
    {
        var aggregation = new KpiAggregation(Query());
        OrderLine[] rows = { Line("O1", Usd(1m)), Line("O2", Huge), Line("O3", Huge) };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.Add<OrderLine>(rows.AsSpan()));
        AssertNames(ex, "rows", "rows[2] (order line O3/1");
    }

    [Fact]
    public void An_enumerable_names_the_index_of_the_row()
    {
        var aggregation = new KpiAggregation(Query());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.AddRange(new[] { Line("O1", Huge), Line("O2", Huge) }.Select(r => r)));
        AssertNames(ex, "rows", "rows[1] (order line O2/1");
    }

    [Fact]
    public async Task An_async_stream_names_the_index_of_the_row()
    {
        var aggregation = new KpiAggregation(Query());
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => aggregation.AddRangeAsync(Rows(Line("O1", Huge), Line("O2", Huge))));
        AssertNames(ex, "rows", "rows[1] (order line O2/1");

        static async IAsyncEnumerable<OrderLine> Rows(params OrderLine[] rows)
        {
            foreach (OrderLine row in rows)
            {
                await Task.Yield();
                yield return row;
            }
        }
    }

    [Theory]
    [InlineData(1, "ledger.OrderLines[1] (order line O2/1")]
    [InlineData(2, "the sum of ledger's partitions (ItemPrice: 5000000000000000000 + 5000000000000000000")]
    public void The_engine_names_the_ledger_row_or_the_merge_of_its_partitions(int parallelism, string named)
    {
        var ledger = new LedgerData { OrderLines = new[] { Line("O1", Huge), Line("O2", Huge) } };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KpiEngine.Aggregate(Query(), ledger, parallelism));
        AssertNames(ex, "ledger", named);
    }

    [Fact]
    public void Counts_beyond_64_bits_are_refused_too()
    {
        var day = new AdvertisingDay(new LocalDate(2026, 3, 2), Us, Brand, Mug, CampaignType.SponsoredProducts, long.MaxValue, 0, Usd(1m), Usd(0m), 0);
        var aggregation = new KpiAggregation(Query());
        aggregation.Add(day);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.Add(day));
        AssertNames(ex, "row", "impressions " + Limit);
    }

    [Fact]
    public void A_conversion_beyond_64_bits_names_the_row()
    {
        // EUR 90,000,000,000,000,000 at 1.10 is USD 99,000,000,000,000,000: 9.9 × 10^18 cents, beyond 64 bits on its own.
        var line = new OrderLine("E1", 1, March2, Us, Mug, 1, Money.Of(90_000_000_000_000_000m, Currency.EUR), Money.Of(0m, Currency.EUR), Money.Of(0m, Currency.EUR), Money.Of(0m, Currency.EUR));
        var aggregation = new KpiAggregation(Query(WorkedLedger.Rates));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.Add(line));
        AssertNames(ex, "row", "order line E1/1", "EUR 90000000000000000");
    }

    [Fact]
    public void A_cost_of_goods_beyond_64_bits_names_the_row()
    {
        SkuCost[] costs = { new(Mug, new Domain.Data.EffectivePeriod(new LocalDate(2026, 1, 1), null), Usd(10_000_000_000m)) };
        var aggregation = new KpiAggregation(Query(costs: costs));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => aggregation.Add(Line("C1", Usd(1m), quantity: 1_000_000_000)));
        AssertNames(ex, "row", "order line C1/1: quantity 1000000000");
    }

    [Fact]
    public void Merging_aggregations_names_the_sum_and_both_operands()
    {
        KpiQuery query = Query();
        var a = new KpiAggregation(query);
        var b = new KpiAggregation(query);
        a.Add(Line("O1", Huge));
        b.Add(Line("O2", Huge));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => a.Merge(b));
        AssertNames(ex, "other", "merging other (ItemPrice: 5000000000000000000 + 5000000000000000000 in USD");
    }

    [Fact]
    public void Merging_reports_and_totals_names_the_group_and_the_sum()
    {
        KpiReport one = Report(Line("O1", Huge));
        KpiReport two = Report(Line("O2", Huge));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => one.Merge(two));
        AssertNames(ex, "other", "merging other's group", "ItemPrice: 5000000000000000000 + 5000000000000000000");

        var total = Assert.Throws<ArgumentOutOfRangeException>(() => one.Total + two.Total);
        AssertNames(total, "right", "adding right (ItemPrice");

        var built = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiReport(
            Currency.USD,
            new[] { new KpiGroup(new KpiGroupKey(null, null, "A", null, null, null), one.Total), new KpiGroup(new KpiGroupKey(null, null, "B", null, null, null), two.Total) },
            2,
            RowRejections.None));
        AssertNames(built, "groups", "the grand total of groups (ItemPrice");
    }

    [Fact]
    public void A_report_cannot_claim_fewer_rows_read_than_it_left_out()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        var query = new KpiQuery(keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf);
        var aggregation = new KpiAggregation(query);
        aggregation.Add(new OrderLine("O1", 1, Instant.FromUtc(2027, 3, 2, 12, 0), us, keys.Sku("A"), 1, Usd(1m), Usd(0m), Usd(0m), Usd(0m)));
        KpiReport report = aggregation.ToReport();
        Assert.Equal(1, report.Rejections.Total);

        var rebuilt = new KpiReport(Currency.USD, report.Groups, 1, report.Rejections);
        Assert.Equal(1, rebuilt.RowsRead);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiReport(Currency.USD, report.Groups, 0, report.Rejections));
        Assert.Equal("rowsRead", ex.ParamName);
        Assert.Contains("rowsRead was 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the 1 rows left out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grand_total_of_groups_that_each_fit_is_refused_by_ToReport()
    {
        var keys = new LedgerKeys();
        MarketplaceKey us = keys.Marketplace("amazon-us");
        SkuKey a = keys.Sku("A"), b = keys.Sku("B");
        var query = new KpiQuery(keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { GroupBy = KpiDimensions.Sku };
        var aggregation = new KpiAggregation(query);
        aggregation.Add(new OrderLine("O1", 1, March2, us, a, 1, Huge, Usd(0m), Usd(0m), Usd(0m)));
        aggregation.Add(new OrderLine("O2", 1, March2, us, b, 1, Huge, Usd(0m), Usd(0m), Usd(0m)));
        var ex = Assert.Throws<InvalidOperationException>(() => aggregation.ToReport());
        Assert.Contains("the grand total of the groups (ItemPrice: 5000000000000000000 + 5000000000000000000", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Limit, ex.Message, StringComparison.Ordinal);

        var engine = Assert.Throws<ArgumentOutOfRangeException>(() => KpiEngine.Aggregate(query, new LedgerData
        {
            OrderLines = new[] { new OrderLine("O1", 1, March2, us, a, 1, Huge, Usd(0m), Usd(0m), Usd(0m)), new OrderLine("O2", 1, March2, us, b, 1, Huge, Usd(0m), Usd(0m), Usd(0m)) },
        }, 1));
        AssertNames(engine, "ledger", "the grand total of ledger (ItemPrice");
    }

    [Fact]
    public void Figures_derived_from_several_sums_are_exact_beyond_64_bits()
    {
        // Item price and tax each fit in 64 bits; their sum (gross revenue) does not, and is still exact.
        KpiReport report = Report(Line("O1", Huge, tax: Huge));
        LedgerTotals t = report.Total;
        Assert.Equal(Usd(100_000_000_000_000_000m), t.GrossRevenue);
        Assert.Equal(Huge, t.Sales);
        Assert.Equal(Huge, t.NetRevenue);
        Assert.Equal(Huge, t.NetProfit);
        Assert.Equal(Percentage.FromPercent(100m), t.Kpis.NetMargin);
        Assert.Contains("net revenue USD 50000000000000000", t.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RefundCheck_sums_beyond_64_bits_exactly()
    {
        OrderLine[] orders = { Line("O1", Huge), new("O1", 2, March2, Us, Mug, 1, Huge, Usd(0m), Usd(0m), Usd(0m)) };
        Refund[] refunds =
        {
            new("O1", March2, Us, Mug, 1, Huge, Usd(0m)),
            new("O1", March2, Us, Mug, 1, Huge, Usd(0m)),
            new("O1", March2, Us, Mug, 0, Usd(0.01m), Usd(0m)),
        };
        RefundProblem problem = Assert.Single(RefundCheck.FindExcessive(orders, refunds));
        Assert.Equal(2, problem.Index);
        Assert.Equal("USD 100000000000000000.01 refunded of USD 100000000000000000.00 charged", problem.Reason);
    }

    [Fact]
    public void Ledger_amounts_and_unit_costs_beyond_64_bits_of_minor_units_are_refused_at_construction()
    {
        var price = Assert.Throws<ArgumentOutOfRangeException>(() => Line("O1", Usd(decimal.MaxValue)));
        Assert.Equal("itemPrice", price.ParamName);
        Assert.Contains("79228162514264337593543950335", price.Message, StringComparison.Ordinal);
        Assert.Contains("must be within ±92233720368547758.07 USD", price.Message, StringComparison.Ordinal);

        var cost = Assert.Throws<ArgumentOutOfRangeException>(() => new SkuCost(Mug, new Domain.Data.EffectivePeriod(new LocalDate(2026, 1, 1), null), Usd(decimal.MaxValue)));
        Assert.Equal("costPerUnit", cost.ParamName);
        Assert.Contains("79228162514264337593543950335", cost.Message, StringComparison.Ordinal);
        Assert.Contains("must be at most 9223372036854 USD", cost.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_ToMinorUnits_beyond_64_bits_names_the_amount_and_the_limit()
    {
        Assert.Equal(long.MaxValue, Usd(92233720368547758.07m).ToMinorUnits());
        Assert.Equal(long.MinValue, Usd(-92233720368547758.08m).ToMinorUnits());
        var ex = Assert.Throws<InvalidOperationException>(() => Usd(92233720368547758.08m).ToMinorUnits());
        Assert.Contains("USD 92233720368547758.08", ex.Message, StringComparison.Ordinal);
        Assert.Contains("±92233720368547758.07", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Usd(decimal.MinValue).ToMinorUnits(RoundingMode.HalfToEven));
    }

    private static KpiReport Report(params OrderLine[] lines)
    {
        var aggregation = new KpiAggregation(Query());
        aggregation.Add<OrderLine>(lines.AsSpan());
        return aggregation.ToReport();
    }
}
