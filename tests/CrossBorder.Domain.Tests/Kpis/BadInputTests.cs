using CrossBorder.Domain.Data;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

[UseCulture("tr-TR")]
public class BadInputTests
{
    private static readonly LedgerKeys Keys = new();
    private static readonly MarketplaceKey Us = Keys.Marketplace("amazon-us");
    private static readonly SkuKey Mug = Keys.Sku("MUG");
    private static readonly Instant March2 = Instant.FromUtc(2026, 3, 2, 12, 0);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static KpiQuery Query(IExchangeRateProvider? rates = null) =>
        new(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { ExchangeRates = rates };

    [Fact]
    public void Negative_quantity_on_an_order_line_throws_naming_the_argument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OrderLine("O1", 1, March2, Us, Mug, -1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)));
        Assert.Equal("quantity", ex.ParamName);
        Assert.Contains("-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_currency_code_throws_before_a_row_exists()
    {
        var ex = Assert.Throws<UnknownCurrencyException>(() => Money.Of(10m, "ZZZ"));
        Assert.Equal("ZZZ", ex.Code);
    }

    [Fact]
    public void Amounts_without_a_currency_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderLine("O1", 1, March2, Us, Mug, 1, default, default, default, default));
        Assert.Equal("itemPrice", ex.ParamName);
        Assert.Contains("XXX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_currencies_on_one_row_are_refused() =>
        Assert.Throws<CurrencyMismatchException>(() => new OrderLine("O1", 1, March2, Us, Mug, 1, Usd(10m), Money.Of(0m, Currency.EUR), Usd(0m), Usd(0m)));

    [Fact]
    public void Fractions_of_a_cent_are_refused_on_booked_amounts()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderLine("O1", 1, March2, Us, Mug, 1, Usd(10.001m), Usd(0m), Usd(0m), Usd(0m)));
        Assert.Equal("itemPrice", ex.ParamName);
    }

    [Fact]
    public void A_discount_larger_than_the_price_is_refused() =>
        Assert.Equal("discount", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderLine("O1", 1, March2, Us, Mug, 1, Usd(10m), Usd(11m), Usd(0m), Usd(0m))).ParamName);

    [Fact]
    public void A_rating_outside_one_to_five_is_refused() =>
        Assert.Equal("rating", Assert.Throws<ArgumentOutOfRangeException>(() => new Review(new LocalDate(2026, 3, 1), Us, Mug, 6)).ParamName);

    [Fact]
    public void Rows_without_an_exchange_rate_are_rejected_and_counted()
    {
        var aggregation = new KpiAggregation(Query());
        aggregation.Add(new OrderLine("O1", 1, March2, Us, Mug, 1, Money.Of(10m, Currency.EUR), Money.Of(0m, Currency.EUR), Money.Of(0m, Currency.EUR), Money.Of(0m, Currency.EUR)));
        aggregation.Add(new OrderLine("O2", 1, March2, Us, Mug, 1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)));
        KpiReport report = aggregation.ToReport();
        Assert.Equal(2, report.RowsRead);
        Assert.Equal(1, report.Rejections.Count(RejectionReason.NoExchangeRate));
        Assert.Equal(1, report.Total.Orders);
        Assert.Equal("NoExchangeRate 1", report.Rejections.ToString());
    }

    [Fact]
    public void Rows_outside_the_range_are_counted_as_excluded()
    {
        var aggregation = new KpiAggregation(Query());
        aggregation.Add(new OrderLine("O1", 1, Instant.FromUtc(2026, 4, 2, 12, 0), Us, Mug, 1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)));
        Assert.Equal(1, aggregation.ToReport().Rejections.Count(RejectionReason.OutsideRange));
    }

    [Fact]
    public void Keys_from_another_ledger_are_rejected_and_counted()
    {
        var other = new LedgerKeys();
        other.Sku("X");
        other.Sku("Y");
        SkuKey foreign = other.Sku("Z"); // index 2: this query's keys know one SKU
        var aggregation = new KpiAggregation(Query());
        aggregation.Add(new OrderLine("O1", 1, March2, Us, foreign, 1, Usd(10m), Usd(0m), Usd(0m), Usd(0m)));
        Assert.Equal(1, aggregation.ToReport().Rejections.Count(RejectionReason.UnknownKey));
    }

    [Fact]
    public void Grouping_by_market_without_a_market_function_throws() =>
        Assert.Throws<ArgumentException>(() => new KpiAggregation(new KpiQuery(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { GroupBy = KpiDimensions.Market }));

    [Fact]
    public void Overlapping_custom_periods_are_refused()
    {
        var a = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10));
        var b = new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 20));
        var ex = Assert.Throws<ArgumentException>(() => PeriodGrouping.Custom(new[] { a, b }));
        Assert.Equal("ranges", ex.ParamName);
    }

    [Fact]
    public void Overlapping_unit_costs_are_refused()
    {
        var costs = new[]
        {
            new SkuCost(Mug, new EffectivePeriod(new LocalDate(2026, 1, 1), null), Usd(1m)),
            new SkuCost(Mug, new EffectivePeriod(new LocalDate(2026, 3, 1), null), Usd(2m)),
        };
        Assert.Throws<ArgumentException>(() => new KpiAggregation(new KpiQuery(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { UnitCosts = costs }));
    }

    [Fact]
    public void Undefined_ratios_are_null_not_zero()
    {
        KpiValues empty = new KpiAggregation(Query()).ToReport().Total.Kpis;
        Assert.Null(empty.Acos);
        Assert.Null(empty.Roas);
        Assert.Null(empty.AverageOrderValue);
        Assert.Null(empty.ReturnRate);
        Assert.Null(empty.ConversionRate);
        Assert.Null(empty.SuggestBid(Percentage.FromPercent(20m)));
    }

    [Fact]
    public void Merging_totals_of_different_currencies_throws()
    {
        var usd = new KpiAggregation(Query()).ToReport().Total;
        var eur = new KpiAggregation(new KpiQuery(Keys, Currency.EUR, WorkedLedger.March, WorkedLedger.ZoneOf)).ToReport().Total;
        Assert.Throws<CurrencyMismatchException>(() => usd + eur);
    }

    [Fact]
    public void Merging_aggregations_of_different_queries_throws() =>
        Assert.Throws<ArgumentException>(() => new KpiAggregation(Query()).Merge(new KpiAggregation(Query())));
}
