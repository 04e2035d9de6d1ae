using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Monetary;

public class ExchangeRateTableTests
{
    private static readonly LocalDate Friday = new(2025, 1, 3);

    private static ExchangeRateTable Table(int maxAge = 4, Currency? pivot = null) => new(
        new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 1.03m, Friday.PlusDays(-1)),
            new ExchangeRate(Currency.EUR, Currency.USD, 1.04m, Friday),
            new ExchangeRate(Currency.EUR, Currency.CNY, 7.5m, Friday),
            new ExchangeRate(Currency.EUR, Currency.JPY, 162m, Friday),
        },
        maxAge,
        pivot);

    [Fact]
    public void Takes_the_rate_dated_on_the_day()
    {
        Assert.Equal(1.04m, Table().GetRate(Currency.EUR, Currency.USD, Friday).Rate);
        Assert.Equal(1.03m, Table().GetRate(Currency.EUR, Currency.USD, Friday.PlusDays(-1)).Rate);
    }

    [Fact]
    public void Weekend_dates_take_the_latest_earlier_rate_within_the_tolerance()
    {
        ExchangeRate sunday = Table().GetRate(Currency.EUR, Currency.USD, Friday.PlusDays(2));
        Assert.Equal(1.04m, sunday.Rate);
        Assert.Equal(Friday, sunday.Date);
        Assert.True(Table().TryGetRate(Currency.EUR, Currency.USD, Friday.PlusDays(4), out _));
        Assert.False(Table().TryGetRate(Currency.EUR, Currency.USD, Friday.PlusDays(5), out _));
    }

    [Fact]
    public void Zero_tolerance_requires_an_exact_date() =>
        Assert.False(Table(maxAge: 0).TryGetRate(Currency.EUR, Currency.USD, Friday.PlusDays(1), out _));

    [Fact]
    public void Inverse_pairs_are_derived()
    {
        ExchangeRate usdEur = Table().GetRate(Currency.USD, Currency.EUR, Friday);
        Assert.Equal("USD/EUR", usdEur.Pair);
        Assert.Equal(1m / 1.04m, usdEur.Rate);
    }

    [Fact]
    public void Cross_rates_go_through_the_pivot_only_when_one_is_set()
    {
        Assert.False(Table().TryGetRate(Currency.USD, Currency.CNY, Friday, out _));
        ExchangeRate usdCny = Table(pivot: Currency.EUR).GetRate(Currency.USD, Currency.CNY, Friday);
        Assert.Equal("USD/CNY", usdCny.Pair);
        Assert.Equal(7.5m / 1.04m, usdCny.Rate);
    }

    [Fact]
    public void A_missing_rate_names_the_pair_the_date_and_the_window()
    {
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => Table().GetRate(Currency.USD, Currency.GBP, Friday));
        Assert.Same(Currency.USD, ex.From);
        Assert.Same(Currency.GBP, ex.To);
        Assert.Equal(Friday, ex.Date);
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("USD/GBP", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01-03", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-12-30", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_the_first_rate_is_not_served() =>
        Assert.Throws<ExchangeRateNotFoundException>(() => Table().GetRate(Currency.EUR, Currency.USD, new LocalDate(2024, 12, 1)));

    [Fact]
    public void Same_currency_is_an_argument_error_and_conversion_is_identity()
    {
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => Table().GetRate(Currency.EUR, Currency.EUR, Friday)).ParamName);
        Assert.Equal(Money.Of(5m, "EUR"), Table().Convert(Money.Of(5m, "EUR"), Currency.EUR, Friday));
        Assert.Equal(Money.Of(5.2m, "USD"), Table().Convert(Money.Of(5m, "EUR"), Currency.USD, Friday));
    }

    [Fact]
    public void Conflicting_rates_for_one_day_are_rejected_but_duplicates_are_fine()
    {
        var conflict = new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.04m, Friday), new ExchangeRate(Currency.EUR, Currency.USD, 1.05m, Friday) };
        var ex = Assert.Throws<ArgumentException>(() => new ExchangeRateTable(conflict));
        Assert.Equal("rates", ex.ParamName);
        Assert.Contains("2025-01-03", ex.Message, StringComparison.Ordinal);
        var duplicate = new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.04m, Friday), new ExchangeRate(Currency.EUR, Currency.USD, 1.04m, Friday) };
        Assert.Equal(2, new ExchangeRateTable(duplicate).Count);
        Assert.Equal("maxAgeInDays", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateTable(duplicate, -1)).ParamName);
    }

    [Property]
    public Property The_rate_found_is_the_latest_one_not_after_the_date() =>
        Prop.ForAll(
            Gen.Choose(0, 60).ArrayOf().Where(a => a.Length > 0).SelectMany(days => Gen.Choose(-5, 70).Select(q => (days, q))).ToArbitrary(),
            t =>
            {
                LocalDate start = new(2025, 1, 1);
                var dates = t.days.Distinct().Select(d => start.PlusDays(d)).ToArray();
                var table = new ExchangeRateTable(dates.Select((d, i) => new ExchangeRate(Currency.EUR, Currency.USD, 1m + (Period.DaysBetween(start, d) / 100m), d)), maxAgeInDays: 3);
                LocalDate query = start.PlusDays(t.q);
                LocalDate? expected = dates.Where(d => d <= query && Period.DaysBetween(d, query) <= 3).Select(d => (LocalDate?)d).Max();
                bool found = table.TryGetRate(Currency.EUR, Currency.USD, query, out ExchangeRate rate);
                return found == expected.HasValue && (!found || rate.Date == expected!.Value);
            });
}
