using System.Numerics;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// Money, allocation and exchange rates at the edges of decimal's range, and the exact text of their error messages (the
/// argument, the offending value, what is allowed). Added from the Stryker.NET survivors (docs/quality.md).
/// </summary>
public class MonetaryLimitsAndMessagesTests
{
    private static readonly Currency Usd = Currency.USD;
    private static readonly Currency Eur = Currency.EUR;
    private static readonly LocalDate Day = new(2026, 11, 25);

    private static decimal[] Amounts(Money[] parts) => parts.Select(p => p.Amount).ToArray();

    private static decimal[] Model(decimal amount, int decimals, IEnumerable<int> weights) =>
        MoneyAllocationModelTests.Model(amount, decimals, weights.Select(w => new BigInteger(w)).ToArray());

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    public void Split_works_up_to_decimal_MaxValue(int parts)
    {
        // units / parts rounds up near decimal.MaxValue (…167.5 becomes …168): the split divides exactly instead. Before the fix
        // quotient × parts overflowed and a bare OverflowException escaped.
        foreach (Currency currency in new[] { Currency.XXX, Currency.JPY })
        {
            Money max = Money.Of(decimal.MaxValue, currency);
            Money[] shares = max.Split(parts);
            Assert.Equal(Model(decimal.MaxValue, 0, Enumerable.Repeat(1, parts)), Amounts(shares));
            Assert.Equal(max, Money.Sum(shares, currency));
            Assert.Equal(Model(decimal.MinValue, 0, Enumerable.Repeat(1, parts)), Amounts(Money.Of(decimal.MinValue, currency).Split(parts)));
        }

        Assert.Equal(new[] { 39614081257132168796771975168m, 39614081257132168796771975167m }, Amounts(Money.Of(decimal.MaxValue, Currency.XXX).Split(2)));
    }

    [Fact]
    public void Allocation_beyond_the_long_range_is_exact()
    {
        // 10^22 cents: units × weight would overflow decimal, so this must take the BigInteger path.
        Money huge = Money.Of(100_000_000_000_000_000_000m, Usd);
        Assert.Equal(Model(huge.Amount, 2, new[] { int.MaxValue, 1 }), Amounts(huge.Allocate(int.MaxValue, 1)));
        Assert.Equal(Model(-huge.Amount, 2, new[] { 3, int.MaxValue, 7 }), Amounts((-huge).Allocate(3, int.MaxValue, 7)));

        // Exactly long.MaxValue units with weights that push the products beyond 2^63: the decimal path.
        Money top = Money.Of(92_233_720_368_547_758.07m, Usd);
        Assert.Equal(Model(top.Amount, 2, new[] { int.MaxValue, 2, int.MaxValue - 1 }), Amounts(top.Allocate(int.MaxValue, 2, int.MaxValue - 1)));
    }

    [Fact]
    public void Ties_go_to_the_lower_index_for_many_shares_on_every_path()
    {
        // More than 16 equal remainders: the order of ties must not depend on how the sort breaks them.
        int[] ones = Enumerable.Repeat(1, 40).ToArray();
        foreach (decimal amount in new[] { 0.05m, 92_233_720_368_547_758.07m, 100_000_000_000_000_000.05m, -100_000_000_000_000_000.37m })
        {
            decimal[] expected = Model(amount, 2, ones);
            Assert.Equal(expected, Amounts(Money.Of(amount, Usd).Allocate(ones)));
            Assert.Equal(expected, Amounts(Money.Of(amount, Usd).Allocate(ones.Select(o => 1m).ToArray())));
        }

        int[] mixed = Enumerable.Range(0, 60).Select(i => (i % 3) + 1).ToArray();
        decimal big = 100_000_000_000_000_000.99m;
        Assert.Equal(Model(big, 2, mixed), Amounts(Money.Of(big, Usd).Allocate(mixed)));
        Assert.Equal(Model(big, 2, mixed), Amounts(Money.Of(big, Usd).Allocate(mixed.Select(m => (decimal)m).ToArray())));
    }

    [Fact]
    public void Empty_and_all_zero_ratios_say_so_with_the_values()
    {
        Money money = Money.Of(10m, Usd);
        ArgumentException emptyRatios = Assert.Throws<ArgumentException>(() => money.Allocate(Array.Empty<int>()));
        Assert.Equal("ratios", emptyRatios.ParamName);
        Assert.StartsWith("ratios is empty; it must contain at least one ratio to allocate over.", emptyRatios.Message, StringComparison.Ordinal);

        ArgumentException emptyWeights = Assert.Throws<ArgumentException>(() => money.Allocate(Array.Empty<decimal>()));
        Assert.Equal("weights", emptyWeights.ParamName);
        Assert.StartsWith("weights is empty; it must contain at least one weight to allocate over.", emptyWeights.Message, StringComparison.Ordinal);

        ArgumentException zeroRatios = Assert.Throws<ArgumentException>(() => money.Allocate(0, 0));
        Assert.Equal("ratios", zeroRatios.ParamName);
        Assert.StartsWith("ratios were all zero (0, 0); at least one must be greater than zero.", zeroRatios.Message, StringComparison.Ordinal);

        ArgumentException zeroWeights = Assert.Throws<ArgumentException>(() => money.Allocate(new[] { 0m, 0m }));
        Assert.Equal("weights", zeroWeights.ParamName);
        Assert.StartsWith("weights were all zero (0, 0); at least one must be greater than zero.", zeroWeights.Message, StringComparison.Ordinal);

        // Ten values are listed in full; from eleven on the list is cut after ten.
        Assert.StartsWith("ratios were all zero (0, 0, 0, 0, 0, 0, 0, 0, 0, 0);", Assert.Throws<ArgumentException>(() => money.Allocate(new int[10])).Message, StringComparison.Ordinal);
        Assert.StartsWith("ratios were all zero (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, …);", Assert.Throws<ArgumentException>(() => money.Allocate(new int[11])).Message, StringComparison.Ordinal);
        Assert.StartsWith("weights were all zero (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, …);", Assert.Throws<ArgumentException>(() => money.Allocate(new decimal[12])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_too_fine_to_count_in_units_names_itself()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(decimal.MaxValue, Usd).Split(2));
        Assert.StartsWith(
            "USD 79228162514264337593543950335.00 is too large to allocate in units of 10^-2; the amount times 10^2 must fit in a decimal.",
            error.Message,
            StringComparison.Ordinal);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public void Minor_units_and_sums_name_what_is_wrong()
    {
        InvalidOperationException noMinor = Assert.Throws<InvalidOperationException>(() => Money.Of(1m, Currency.XXX).ToMinorUnits());
        Assert.Equal("XXX has no minor unit in ISO 4217; it cannot be counted in minor units.", noMinor.Message);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Sum(new[] { Money.Of(1m, Usd) }, null!)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Sum(Array.Empty<Money>(), null!)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Money.Sum(null!, Usd)).ParamName);
    }

    [Fact]
    public void Overflow_names_the_operation_with_both_operands()
    {
        Money max = Money.Of(decimal.MaxValue, Usd);
        Money one = Money.Of(1m, Usd);
        Assert.Equal("USD 79228162514264337593543950335.00 + USD 1.00", Assert.Throws<MoneyOverflowException>(() => max + one).Operation);
        Assert.Equal("USD -79228162514264337593543950335.00 - USD 1.00", Assert.Throws<MoneyOverflowException>(() => -max - one).Operation);
        Assert.Equal("USD 79228162514264337593543950335.00 × 2", Assert.Throws<MoneyOverflowException>(() => max * 2m).Operation);
        Assert.Equal("USD 79228162514264337593543950335.00 × 3", Assert.Throws<MoneyOverflowException>(() => 3m * max).Operation);
        Assert.Equal("USD 79228162514264337593543950335.00 ÷ 0.5", Assert.Throws<MoneyOverflowException>(() => max / 0.5m).Operation);
        Assert.Equal("USD 79228162514264337593543950335.00 ÷ USD 0.50", Assert.Throws<MoneyOverflowException>(() => max / Money.Of(0.5m, Usd)).Operation);
        Assert.Equal(
            "The sum of values (running total USD 79228162514264337593543950335.00 + USD 1.00)",
            Assert.Throws<MoneyOverflowException>(() => Money.Sum(new[] { max, one }, Usd)).Operation);
        MoneyOverflowException convert = Assert.Throws<MoneyOverflowException>(() => new ExchangeRate(Usd, Eur, 2m, Day).Convert(max));
        Assert.Equal("Converting USD 79228162514264337593543950335.00 at USD/EUR 2", convert.Operation);
        Assert.Same(Eur, convert.Currency);
        Assert.Same(Usd, Assert.Throws<MoneyOverflowException>(() => max + one).Currency);

        // Just inside the range the same operations give exact results.
        Assert.Equal(Money.Of(decimal.MaxValue, Usd), Money.Of(decimal.MaxValue - 1m, Usd) + one);
        Assert.Equal(Money.Of(decimal.MinValue, Usd), Money.Of(decimal.MinValue + 1m, Usd) - one);
        Assert.Equal(Money.Of(79228162514264337593543950334m, Usd), Money.Of(39614081257132168796771975167m, Usd) * 2m);
        Assert.Equal(Money.Of(79228162514264337593543950334m, Usd), Money.Of(39614081257132168796771975167m, Usd) / 0.5m);
        Assert.Equal(2.5m, Money.Of(5m, Usd) / Money.Of(2m, Usd));
    }

    [Fact]
    public void Percentage_arithmetic_beyond_decimal_range_names_the_operand_and_the_kind()
    {
        Percentage max = Percentage.FromFraction(decimal.MaxValue);
        ArgumentOutOfRangeException sum = Assert.Throws<ArgumentOutOfRangeException>(() => max + Percentage.FromFraction(1m));
        Assert.Equal("right", sum.ParamName);
        Assert.StartsWith("79228162514264337593543950335 + 1 is beyond the range of a percentage (±79228162514264337593543950335 in its base unit)", sum.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException difference = Assert.Throws<ArgumentOutOfRangeException>(() => -max - Percentage.FromFraction(1m));
        Assert.Equal("right", difference.ParamName);
        Assert.StartsWith("-79228162514264337593543950335 - 1 is beyond the range of a percentage", difference.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException product = Assert.Throws<ArgumentOutOfRangeException>(() => max * 2m);
        Assert.Equal("factor", product.ParamName);
        Assert.StartsWith("79228162514264337593543950335 × 2 is beyond the range of a percentage", product.Message, StringComparison.Ordinal);
        Assert.Equal(Percentage.FromFraction(decimal.MaxValue), Percentage.FromFraction(decimal.MaxValue - 1m) + Percentage.FromFraction(1m));
    }

    [Fact]
    public void Cross_rates_explain_why_they_cannot_be_derived()
    {
        var eurUsd = new ExchangeRate(Eur, Usd, 1.25m, Day);
        ArgumentException unrelated = Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(eurUsd, new ExchangeRate(Currency.GBP, Currency.JPY, 190m, Day)));
        Assert.Equal("to", unrelated.ParamName);
        Assert.StartsWith("EUR/USD and GBP/JPY share no currency, so no cross rate can be derived from them.", unrelated.Message, StringComparison.Ordinal);
        ArgumentException samePair = Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(eurUsd, eurUsd.Inverse()));
        Assert.Equal("to", samePair.ParamName);
        Assert.StartsWith("EUR/USD and USD/EUR describe the same pair of currencies; a cross rate needs three.", samePair.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_table_checks_its_arguments_by_name()
    {
        var table = new ExchangeRateTable(new[] { new ExchangeRate(Eur, Usd, 1.1m, Day) });
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => table.GetRate(null!, Usd, Day)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => table.GetRate(Eur, null!, Day)).ParamName);
        ArgumentException same = Assert.Throws<ArgumentException>(() => table.GetRate(Eur, Eur, Day));
        Assert.Equal("to", same.ParamName);
        Assert.StartsWith("to is EUR, the same as from; no exchange rate is needed to convert a currency into itself.", same.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_rates_keep_the_first_given()
    {
        // The same pair, date and rate from two sources is one rate: the first one given is kept, with its source.
        var table = new ExchangeRateTable(new[] { new ExchangeRate(Eur, Usd, 1.1m, Day, "first"), new ExchangeRate(Eur, Usd, 1.1m, Day, "second") });
        Assert.Equal(2, table.Count);
        Assert.Equal("first", table.GetRate(Eur, Usd, Day).Source);
        Assert.Equal("first", table.GetRate(Eur, Usd, Day.PlusDays(2)).Source);
    }

    private sealed class RecordingProvider : IExchangeRateProvider
    {
        public int Calls { get; private set; }

        public ExchangeRate GetRate(Currency from, Currency to, LocalDate date)
        {
            Calls++;
            return new ExchangeRate(from, Usd, 1m, date);
        }

        public bool TryGetRate(Currency from, Currency to, LocalDate date, out ExchangeRate rate)
        {
            rate = GetRate(from, to, date);
            return true;
        }
    }

    [Fact]
    public void Convert_refuses_a_null_target_before_asking_the_provider()
    {
        var provider = new RecordingProvider();
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => provider.Convert(Money.Of(1m, Eur), null!, Day)).ParamName);
        Assert.Equal(0, provider.Calls);
        Assert.Equal(Money.Of(1m, Usd), provider.Convert(Money.Of(1m, Eur), Usd, Day));
        Assert.Equal(1, provider.Calls);
    }
}
