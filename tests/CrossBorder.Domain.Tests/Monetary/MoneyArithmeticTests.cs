using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Monetary;

public class MoneyArithmeticTests
{
    private static readonly Money Usd10 = Money.Of(10m, "USD");

    [Fact]
    public void Amount_and_currency_are_kept_exactly_as_given()
    {
        var money = new Money(12.3456m, Currency.USD);
        Assert.Equal(12.3456m, money.Amount);
        Assert.Same(Currency.USD, money.Currency);
        Assert.Equal(Money.Of(12.3456m, "usd"), money);
    }

    [Fact]
    public void Default_money_is_zero_with_no_currency()
    {
        Money none = default;
        Assert.Equal(0m, none.Amount);
        Assert.Same(Currency.XXX, none.Currency);
        Assert.True(none.IsZero);
        Assert.Equal(Money.Zero(Currency.XXX), none);
    }

    [Fact]
    public void Operators_compute_exact_results()
    {
        Assert.Equal(Money.Of(15.5m, "USD"), Usd10 + Money.Of(5.5m, "USD"));
        Assert.Equal(Money.Of(4.5m, "USD"), Usd10 - Money.Of(5.5m, "USD"));
        Assert.Equal(Money.Of(30m, "USD"), Usd10 * 3m);
        Assert.Equal(Money.Of(30m, "USD"), 3m * Usd10);
        Assert.Equal(Money.Of(2.5m, "USD"), Usd10 / 4m);
        Assert.Equal(2.5m, Usd10 / Money.Of(4m, "USD"));
        Assert.Equal(Money.Of(-10m, "USD"), -Usd10);
        Assert.Equal(Usd10, +Usd10);
        Assert.Equal(Money.Of(10m, "USD"), Money.Of(-10m, "USD").Abs());
    }

    [Fact]
    public void Named_twins_match_the_operators()
    {
        Money five = Money.Of(5m, "USD");
        Assert.Equal(Usd10 + five, Money.Add(Usd10, five));
        Assert.Equal(Usd10 - five, Money.Subtract(Usd10, five));
        Assert.Equal(Usd10 * 1.5m, Money.Multiply(Usd10, 1.5m));
        Assert.Equal(Usd10 / 8m, Money.Divide(Usd10, 8m));
        Assert.Equal(Usd10 / five, Money.Divide(Usd10, five));
        Assert.Equal(-Usd10, Money.Negate(Usd10));
        Assert.Equal(Usd10, Money.Plus(Usd10));
        Assert.Equal(Usd10.CompareTo(five), Money.Compare(Usd10, five));
    }

    [Fact]
    public void Subtracting_a_larger_amount_goes_negative_rather_than_failing()
    {
        Money result = Money.Of(1m, "EUR") - Money.Of(1.01m, "EUR");
        Assert.Equal(-0.01m, result.Amount);
        Assert.True(result.IsNegative);
        Assert.False(result.IsPositive);
    }

    [Fact]
    public void Mixing_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Usd10 + Money.Of(1m, "EUR"));
        Assert.Same(Currency.USD, ex.Expected);
        Assert.Same(Currency.EUR, ex.Actual);
        Assert.Equal("right", ex.ParamName);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => Usd10 - Money.Of(1m, "EUR"));
        Assert.Throws<CurrencyMismatchException>(() => Usd10 / Money.Of(1m, "EUR"));
        Assert.Throws<CurrencyMismatchException>(() => Usd10 < Money.Of(1m, "EUR"));
        Assert.Throws<CurrencyMismatchException>(() => Usd10.CompareTo(Money.Of(1m, "EUR")));
    }

    [Fact]
    public void Equal_values_in_different_currencies_are_not_equal()
    {
        Assert.NotEqual(Money.Of(1m, "USD"), Money.Of(1m, "EUR"));
        Assert.False(Money.Of(1m, "USD") == Money.Of(1m, "EUR"));
        Assert.True(Money.Of(1m, "USD") != Money.Of(1m, "EUR"));
        Assert.False(Money.Of(1m, "USD").Equals((object)"USD 1"));
    }

    [Fact]
    public void Trailing_zeros_do_not_change_equality_or_hash()
    {
        Assert.Equal(Money.Of(2.5m, "USD"), Money.Of(2.50m, "USD"));
        Assert.Equal(Money.Of(2.5m, "USD").GetHashCode(), Money.Of(2.500m, "USD").GetHashCode());
    }

    [Fact]
    public void Comparisons_work_within_a_currency()
    {
        Money a = Money.Of(1m, "GBP");
        Money b = Money.Of(2m, "GBP");
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= Money.Of(1.00m, "GBP"));
        Assert.True(b >= a);
        Assert.Equal(a, Money.Min(a, b));
        Assert.Equal(b, Money.Max(a, b));
        Assert.Equal(new[] { a, b }, new[] { b, a }.OrderBy(m => m).ToArray());
        Assert.True(((IComparable)a).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)a).CompareTo("GBP 1"));
    }

    [Fact]
    public void Sum_adds_a_sequence_in_one_currency()
    {
        Assert.Equal(Money.Of(6m, "JPY"), Money.Sum(new[] { Money.Of(1m, "JPY"), Money.Of(2m, "JPY"), Money.Of(3m, "JPY") }, Currency.JPY));
        Assert.Equal(Money.Zero(Currency.JPY), Money.Sum(Array.Empty<Money>(), Currency.JPY));
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Sum(new[] { Money.Of(1m, "JPY"), Money.Of(1m, "USD") }, Currency.JPY));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void Minor_units_convert_both_ways()
    {
        Assert.Equal(Money.Of(12.34m, "USD"), Money.FromMinorUnits(1234, Currency.USD));
        Assert.Equal(Money.Of(1234m, "JPY"), Money.FromMinorUnits(1234, Currency.JPY));
        Assert.Equal(Money.Of(1.234m, "KWD"), Money.FromMinorUnits(1234, Currency.FromCode("KWD")));
        Assert.Equal(1234L, Money.Of(12.34m, "USD").ToMinorUnits());
        Assert.Equal(-5L, Money.Of(-0.05m, "EUR").ToMinorUnits());
        Assert.Equal(1235L, Money.Of(12.345m, "USD").ToMinorUnits(RoundingMode.HalfAwayFromZero));
        var ex = Assert.Throws<InvalidOperationException>(() => Money.Of(12.345m, "USD").ToMinorUnits());
        Assert.Contains("12.345", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "XAU").ToMinorUnits());
        Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, Currency.FromCode("XAU")));
    }

    [Fact]
    public void Constructor_rejects_missing_and_unknown_currencies()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1m, (Currency)null!)).ParamName);
        Assert.Equal("currencyCode", Assert.Throws<UnknownCurrencyException>(() => new Money(1m, "ZZZ")).ParamName);
    }

    [Fact]
    public void Deconstruction_gives_amount_and_currency()
    {
        (decimal amount, Currency currency) = Money.Of(7m, "CNY");
        Assert.Equal(7m, amount);
        Assert.Same(Currency.CNY, currency);
    }

    [Fact]
    public void Overflow_beyond_decimal_range_is_reported_not_wrapped()
    {
        Money max = Money.Of(decimal.MaxValue, "USD");
        // A MoneyOverflowException (an OverflowException) that names the operation, not the BCL's bare overflow.
        Assert.Contains("79228162514264337593543950335", Assert.Throws<MoneyOverflowException>(() => max + Money.Of(1m, "USD")).Message, StringComparison.Ordinal);
        Assert.Equal(Currency.USD, Assert.Throws<MoneyOverflowException>(() => max * 2m).Currency);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Addition_is_commutative(Money a, decimal factor)
    {
        Money b = Money.Of(a.Amount * 0.37m, a.Currency) * (factor % 1000m);
        return a + b == b + a;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Addition_is_associative() =>
        Prop.ForAll(
            Generators.CurrencyGen.SelectMany(c => Gen.Three(Generators.MoneyIn(c))).ToArbitrary(),
            t => (t.Item1 + t.Item2) + t.Item3 == t.Item1 + (t.Item2 + t.Item3));

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Subtraction_undoes_addition() =>
        Prop.ForAll(
            Generators.CurrencyGen.SelectMany(c => Gen.Two(Generators.MoneyIn(c))).ToArbitrary(),
            t => (t.Item1 + t.Item2) - t.Item2 == t.Item1);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Zero_is_the_identity_and_negation_the_inverse(Money a) =>
        a + Money.Zero(a.Currency) == a && a + -a == Money.Zero(a.Currency) && -(-a) == a;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Multiplication_distributes_over_addition(Money a, int k)
    {
        Money b = Money.Of(a.Amount / 3m, a.Currency).Round();
        decimal f = k % 1000;
        return (a + b) * f == (a * f) + (b * f);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Comparison_agrees_with_the_amounts(Money a, int delta)
    {
        Money b = a + Money.FromMinorUnits(delta, a.Currency);
        return Math.Sign(a.CompareTo(b)) == Math.Sign(a.Amount.CompareTo(b.Amount)) && (a == b) == (a.Amount == b.Amount);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equal_money_has_equal_hash_codes(Money a) =>
        Money.Of(a.Amount * 1.000m, a.Currency).GetHashCode() == a.GetHashCode();

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Minor_units_round_trip(Money a) => Money.FromMinorUnits(a.ToMinorUnits(), a.Currency) == a;
}
