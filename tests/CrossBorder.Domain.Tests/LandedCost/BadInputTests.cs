using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

public class BadInputTests
{
    private static readonly LocalDate Date = new(2026, 9, 15);

    private static ShipmentLine Line(string hs = "6109100010", int qty = 1, decimal price = 5m, Currency? currency = null) =>
        new("SKU", HsCode.Parse(hs), "CN", qty, Money.Of(price, currency ?? Currency.USD), Mass.FromGrams(200));

    private static Shipment Ship(ShipmentLine line, string destination = "US", Currency? reporting = null) =>
        new(new[] { line }, "CN", destination, Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(10, Currency.USD), "air"), Date, reporting ?? Currency.USD);

    [Fact]
    public void Zero_quantity_and_negative_price_are_rejected()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Line(qty: 0));
        Assert.Equal("quantity", zero.ParamName);
        Assert.Contains("at least 1", zero.Message, StringComparison.Ordinal);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentOutOfRangeException>(() => Line(price: -0.01m)).ParamName);
    }

    [Fact]
    public void Unknown_incoterm_is_rejected() =>
        Assert.Equal("code", Assert.Throws<UnknownIncotermException>(() => Incoterm.Parse("CNF")).ParamName);

    [Fact]
    public void Missing_exchange_rate_is_rejected_not_treated_as_one()
    {
        var calc = LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => calc.Calculate(Ship(Line(currency: Currency.CNY))));
        Assert.Equal(Currency.CNY, ex.From);
        Assert.Equal(Currency.USD, ex.To);
    }

    [Fact]
    public void Hs_code_missing_from_the_schedule_is_rejected_never_zero_duty()
    {
        var calc = LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var ex = Assert.Throws<TariffLineNotFoundException>(() => calc.Calculate(Ship(Line(hs: "8703230000"))));
        Assert.Equal("8703230000", ex.HsCode.Digits);
        Assert.Equal("US", ex.Territory.Value);
    }

    [Fact]
    public void Shipments_validate_their_shape()
    {
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => new Shipment(Array.Empty<ShipmentLine>(), "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(1, Currency.USD), "x"), Date, Currency.USD)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Ship(Line(), destination: "CN")).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(-1, Currency.USD), "x")).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new ShipmentFee("broker", Money.Of(-1, Currency.USD))).ParamName);
        Assert.Throws<CrossBorder.Domain.Data.RecordNotInForceException>(() => LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>())).Calculate(Ship(Line(), destination: "JP")));
    }

    [Fact]
    public void Volume_allocation_needs_dimensions_on_every_line()
    {
        var ex = Assert.Throws<ArgumentException>(() => CostAllocator.Allocate(Money.Of(10, Currency.USD), new[] { Line() }, AllocationMethod.Volume));
        Assert.Equal("lines", ex.ParamName);
        Assert.Contains("no unit dimensions", ex.Message, StringComparison.Ordinal);
    }
}
