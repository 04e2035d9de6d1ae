using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

[UseCulture("tr-TR")]
public class InventoryBadInputTests
{
    [Fact]
    public void Empty_history_names_the_argument() =>
        Assert.Equal("dailyUnits", Assert.Throws<ArgumentException>(() => new DemandHistory(new LocalDate(2026, 1, 1), Array.Empty<int>())).ParamName);

    [Fact]
    public void Negative_daily_units_name_the_day()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DemandHistory(new LocalDate(2026, 1, 1), new[] { 1, -2 }));
        Assert.Equal("dailyUnits", ex.ParamName);
        Assert.Contains("2026-01-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_stock_on_hand_throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new StockPosition(-5));
        Assert.Equal("onHand", ex.ParamName);
        Assert.Contains("-5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_time_range_with_min_above_max_throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LeadTimeRange(30, 20));
        Assert.Equal("maximumDays", ex.ParamName);
        Assert.Contains("minimumDays (30)", ex.Message, StringComparison.Ordinal);
        Assert.False(LeadTimeRange.TryCreate(30, 20, out _));
        Assert.Equal("minimumDays", Assert.Throws<ArgumentOutOfRangeException>(() => new LeadTimeRange(-1, 20)).ParamName);
    }

    [Fact]
    public void Service_level_outside_zero_one_throws() =>
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceLevel(1m)).ParamName);

    [Fact]
    public void Default_service_level_is_refused_by_the_policy() =>
        Assert.Equal("serviceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => new RestockPolicy(default, 7)).ParamName);

    [Fact]
    public void Eoq_costs_must_come_together_and_in_one_currency()
    {
        Assert.Equal("annualHoldingCostPerUnit", Assert.Throws<ArgumentException>(() => new RestockPolicy(new ServiceLevel(0.9m), 7, Money.Of(1m, Currency.USD))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => new RestockPolicy(new ServiceLevel(0.9m), 7, Money.Of(1m, Currency.USD), Money.Of(1m, Currency.EUR)));
        Assert.Equal("annualHoldingCostPerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new RestockPolicy(new ServiceLevel(0.9m), 7, Money.Of(1m, Currency.USD), Money.Of(0m, Currency.USD))).ParamName);
    }

    [Fact]
    public void Inbound_sellable_before_today_throws()
    {
        var planner = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.9m), 7));
        var stock = new StockPosition(10, new[] { new InboundShipment(new LocalDate(2026, 11, 1), 5) });
        Assert.Equal("stock", Assert.Throws<ArgumentException>(() => planner.Plan(DemandEstimate.Given(1m, 0m), new LeadTimeEstimate(10m, 0m), stock, new LocalDate(2026, 11, 26))).ParamName);
    }

    [Fact]
    public void Inbound_with_no_units_throws() =>
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => new InboundShipment(new LocalDate(2026, 12, 1), 0)).ParamName);

    [Fact]
    public void Seasonality_factors_must_be_twelve_positive_values()
    {
        Assert.Equal("monthlyFactors", Assert.Throws<ArgumentException>(() => SeasonalityIndex.FromMonthlyFactors(new[] { 1m, 2m })).ParamName);
        Assert.Equal("monthlyFactors", Assert.Throws<ArgumentOutOfRangeException>(() => SeasonalityIndex.FromMonthlyFactors(Enumerable.Repeat(0m, 12).ToArray())).ParamName);
    }
}
