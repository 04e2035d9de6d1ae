using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Monetary;

public class ExchangeRateTests
{
    private static readonly LocalDate Day = new(2025, 1, 2);

    // Illustrative rates in the ECB's convention (EUR 1 = x units of the quote currency); not official figures.
    private static readonly ExchangeRate EurUsd = new(Currency.EUR, Currency.USD, 1.25m, Day, "test");
    private static readonly ExchangeRate EurJpy = new(Currency.EUR, Currency.JPY, 160m, Day, "test");

    [Fact]
    public void Convert_multiplies_by_the_rate_without_rounding()
    {
        Assert.Equal(Money.Of(125m, "USD"), EurUsd.Convert(Money.Of(100m, "EUR")));
        Assert.Equal(Money.Of(12.34m * 1.25m, "USD"), EurUsd.Convert(Money.Of(12.34m, "EUR")));
        Assert.Equal(15.425m, EurUsd.Convert(Money.Of(12.34m, "EUR")).Amount);
    }

    [Fact]
    public void Convert_rejects_an_amount_in_the_wrong_currency()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => EurUsd.Convert(Money.Of(1m, "USD")));
        Assert.Equal("money", ex.ParamName);
        Assert.Same(Currency.EUR, ex.Expected);
    }

    [Fact]
    public void Inverse_swaps_the_pair()
    {
        ExchangeRate usdEur = EurUsd.Inverse();
        Assert.Same(Currency.USD, usdEur.BaseCurrency);
        Assert.Same(Currency.EUR, usdEur.QuoteCurrency);
        Assert.Equal(0.8m, usdEur.Rate);
        Assert.Equal(Day, usdEur.Date);
        Assert.Equal("USD/EUR", usdEur.Pair);
    }

    [Fact]
    public void Cross_rate_through_a_shared_currency()
    {
        ExchangeRate usdJpy = ExchangeRate.Cross(EurUsd, EurJpy);
        Assert.Equal("USD/JPY", usdJpy.Pair);
        Assert.Equal(128m, usdJpy.Rate);
        Assert.Contains("via EUR", usdJpy.Source, StringComparison.Ordinal);
        ExchangeRate jpyUsd = ExchangeRate.Cross(EurJpy, EurUsd.Inverse());
        Assert.Equal("JPY/USD", jpyUsd.Pair);
        Assert.Equal(1m / 128m, jpyUsd.Rate);
    }

    [Fact]
    public void Cross_rate_takes_the_earlier_date()
    {
        var later = new ExchangeRate(Currency.EUR, Currency.JPY, 160m, Day.PlusDays(3));
        Assert.Equal(Day, ExchangeRate.Cross(EurUsd, later).Date);
    }

    [Fact]
    public void Cross_rate_needs_three_currencies()
    {
        var gbpCny = new ExchangeRate(Currency.GBP, Currency.CNY, 9m, Day);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(EurUsd, gbpCny)).ParamName);
        Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(EurUsd, EurUsd.Inverse()));
    }

    [Fact]
    public void Invalid_rates_cannot_be_created()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.EUR, Currency.USD, 0m, Day)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.EUR, Currency.USD, -1m, Day)).ParamName);
        Assert.Equal("quoteCurrency", Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.EUR, Currency.EUR, 1m, Day)).ParamName);
        Assert.Equal("baseCurrency", Assert.Throws<ArgumentNullException>(() => new ExchangeRate(null!, Currency.EUR, 1m, Day)).ParamName);
    }

    [Fact]
    public void Parse_reads_the_pair_notation()
    {
        ExchangeRate rate = ExchangeRate.Parse("EUR/USD 1.0832", Day, "ECB");
        Assert.Equal("EUR/USD", rate.Pair);
        Assert.Equal(1.0832m, rate.Rate);
        Assert.Equal("ECB", rate.Source);
        Assert.Equal("EUR/USD 1.0832 (2025-01-02)", rate.ToString());
    }

    [Theory]
    [InlineData("EUR-USD 1.08")]
    [InlineData("EUR/USD")]
    [InlineData("EUR/EUR 1")]
    [InlineData("EUR/USD -1")]
    [InlineData("EUR/USD 1,08")]
    [InlineData("EUR/ZZZ 1.08")]
    public void Parse_rejects_malformed_rates(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ExchangeRate.Parse(text, Day));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_covers_pair_rate_date_and_source()
    {
        Assert.Equal(new ExchangeRate(Currency.EUR, Currency.USD, 1.25m, Day, "test"), EurUsd);
        Assert.True(EurUsd != new ExchangeRate(Currency.EUR, Currency.USD, 1.25m, Day.PlusDays(1), "test"));
        Assert.NotEqual(EurUsd, new ExchangeRate(Currency.EUR, Currency.USD, 1.26m, Day, "test"));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Conversion_then_inverse_conversion_is_within_one_minor_unit() =>
        Prop.ForAll(
            Generators.MoneyGen
                .SelectMany(m => Generators.CurrencyGen.Where(c => c != m.Currency).Select(q => (m, q)))
                .SelectMany(t => Gen.Choose(1, 2_000_000).Select(r => (t.m, t.q, rate: r / 10_000m)))
                .ToArbitrary(),
            t =>
            {
                var rate = new ExchangeRate(t.m.Currency, t.q, t.rate, Day);
                Money there = rate.Convert(t.m).Round();
                Money back = rate.Inverse().Convert(there).Round();
                // Rounding in the quote currency can move the amount by up to half a quote minor unit, worth up to
                // (0.5 × 10^-quoteMinor / rate) in the base currency; plus one base minor unit for the final rounding.
                decimal baseUnit = 1m / (decimal)Math.Pow(10, t.m.Currency.MinorUnits!.Value);
                decimal quoteUnit = 1m / (decimal)Math.Pow(10, t.q.MinorUnits!.Value);
                return Math.Abs(back.Amount - t.m.Amount) <= baseUnit + (quoteUnit / 2m / t.rate);
            });
}
