using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Monetary;

public class MoneyAllocationTests
{
    private static decimal[] Amounts(Money[] parts) => parts.Select(p => p.Amount).ToArray();

    [Fact]
    public void Split_gives_the_leftover_cents_to_the_first_shares()
    {
        Assert.Equal(new[] { 33.34m, 33.33m, 33.33m }, Amounts(Money.Of(100m, "USD").Split(3)));
        Assert.Equal(new[] { 0.34m, 0.33m, 0.33m }, Amounts(Money.Of(1m, "EUR").Split(3)));
        Assert.Equal(new[] { 0.01m, 0m, 0m }, Amounts(Money.Of(0.01m, "EUR").Split(3)));
        Assert.Equal(new[] { 100m }, Amounts(Money.Of(100m, "USD").Split(1)));
    }

    [Fact]
    public void Split_respects_currencies_without_and_with_three_decimals()
    {
        Assert.Equal(new[] { 334m, 333m, 333m }, Amounts(Money.Of(1000m, "JPY").Split(3)));
        Assert.Equal(new[] { 3.334m, 3.333m, 3.333m }, Amounts(Money.Of(10m, "KWD").Split(3)));
    }

    [Fact]
    public void Allocate_by_integer_ratios()
    {
        // 1000 × 1/6, 2/6, 3/6 = 166.666…, 333.333…, 500: remainders .666 and .333; the larger gets the cent.
        Assert.Equal(new[] { 166.67m, 333.33m, 500m }, Amounts(Money.Of(1000m, "USD").Allocate(1, 2, 3)));
        Assert.Equal(new[] { 564.57m, 282.28m, 153.15m }, Amounts(Money.Of(1000m, "USD").Allocate(4350, 2175, 1180)));
    }

    [Fact]
    public void Allocate_by_decimal_weights()
    {
        Assert.Equal(new[] { 33.33m, 66.67m }, Amounts(Money.Of(100m, "EUR").Allocate(new[] { 1.5m, 3m })));
        Assert.Equal(new[] { 50m, 0m, 50m }, Amounts(Money.Of(100m, "EUR").Allocate(new[] { 0.25m, 0m, 0.25m })));
    }

    [Fact]
    public void Zero_ratios_get_zero_shares_even_with_leftovers()
    {
        Money[] parts = Money.Of(0.05m, "USD").Allocate(0, 1, 0, 1, 1, 0);
        Assert.Equal(new[] { 0m, 0.02m, 0m, 0.02m, 0.01m, 0m }, Amounts(parts));
    }

    [Fact]
    public void Negative_amounts_allocate_symmetrically()
    {
        Assert.Equal(new[] { -33.34m, -33.33m, -33.33m }, Amounts(Money.Of(-100m, "USD").Split(3)));
        Assert.Equal(new[] { -166.67m, -333.33m, -500m }, Amounts(Money.Of(-1000m, "USD").Allocate(1, 2, 3)));
    }

    [Fact]
    public void Amounts_finer_than_the_minor_unit_are_split_in_their_own_unit()
    {
        Money[] parts = Money.Of(10.005m, "USD").Split(2);
        Assert.Equal(new[] { 5.003m, 5.002m }, Amounts(parts));
        Assert.Equal(Money.Of(10.005m, "USD"), Money.Sum(parts, Currency.USD));
    }

    [Fact]
    public void Zero_amount_allocates_to_zeros()
    {
        Assert.All(Money.Zero(Currency.EUR).Allocate(3, 4), p => Assert.Equal(0m, p.Amount));
    }

    [Fact]
    public void Shares_keep_the_currency()
    {
        Assert.All(Money.Of(10m, "GBP").Split(4), p => Assert.Same(Currency.GBP, p.Currency));
    }

    [Fact]
    public void Large_ratios_and_amounts_take_the_exact_big_integer_path()
    {
        Money total = Money.Of(123_456_789_012_345.67m, "USD");
        Money[] parts = total.Allocate(int.MaxValue, int.MaxValue - 1, 7);
        Assert.Equal(total, Money.Sum(parts, Currency.USD));
        Money[] byWeights = total.Allocate(new[] { 1_000_000_000_000.123m, 0.000001m, 3m });
        Assert.Equal(total, Money.Sum(byWeights, Currency.USD));
    }

    [Fact]
    public void Invalid_ratios_are_rejected_with_specific_errors()
    {
        Money money = Money.Of(10m, "USD");
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => money.Allocate(0, 0)).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => money.Allocate()).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => money.Allocate(1, -1));
        Assert.Equal("ratios", negative.ParamName);
        Assert.Contains("ratios[1] was -1", negative.Message, StringComparison.Ordinal);
        Assert.Equal("ratios", Assert.Throws<ArgumentNullException>(() => money.Allocate((int[])null!)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => money.Allocate(new[] { 0m })).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => money.Allocate(new[] { 1m, -0.5m })).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => money.Split(0)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Allocation_by_ratios_conserves_the_total_exactly(Money amount, int[] ratios) =>
        Money.Sum(amount.Allocate(ratios), amount.Currency) == amount;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Allocation_by_weights_conserves_the_total_exactly(Money amount, decimal[] weights) =>
        Money.Sum(amount.Allocate(weights), amount.Currency) == amount;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Each_share_is_within_one_minor_unit_of_its_exact_share(Money amount, int[] ratios)
    {
        Money[] parts = amount.Allocate(ratios);
        decimal unit = 1m / (decimal)Math.Pow(10, amount.Currency.MinorUnits!.Value);
        decimal total = ratios.Sum(r => (decimal)r);
        for (int i = 0; i < parts.Length; i++)
        {
            decimal exact = amount.Amount * ratios[i] / total;
            if (Math.Abs(parts[i].Amount - exact) >= unit || (ratios[i] == 0 && parts[i].Amount != 0m))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Split_shares_differ_by_at_most_one_minor_unit_and_are_ordered() =>
        Prop.ForAll(
            Generators.MoneyGen.SelectMany(m => Gen.Choose(1, 200).Select(n => (m, n))).ToArbitrary(),
            t =>
            {
                Money[] parts = t.m.Split(t.n);
                decimal unit = 1m / (decimal)Math.Pow(10, t.m.Currency.MinorUnits!.Value);
                decimal max = parts.Max(p => Math.Abs(p.Amount));
                decimal min = parts.Min(p => Math.Abs(p.Amount));
                bool ordered = parts.Zip(parts.Skip(1), (a, b) => Math.Abs(a.Amount) >= Math.Abs(b.Amount)).All(x => x);
                return parts.Length == t.n && max - min <= unit && ordered && Money.Sum(parts, t.m.Currency) == t.m;
            });

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Allocation_is_deterministic_and_negation_symmetric(Money amount, int[] ratios)
    {
        Money[] once = amount.Allocate(ratios);
        Money[] again = amount.Allocate(ratios);
        Money[] negated = (-amount).Allocate(ratios);
        return once.SequenceEqual(again) && once.Zip(negated, (a, b) => a == -b).All(x => x);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Integer_ratios_and_equal_decimal_weights_agree(Money amount, int[] ratios) =>
        amount.Allocate(ratios).SequenceEqual(amount.Allocate(ratios.Select(r => (decimal)r).ToArray()));
}
