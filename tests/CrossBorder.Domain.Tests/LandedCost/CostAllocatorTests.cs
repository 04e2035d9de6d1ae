using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.LandedCost;

public class CostAllocatorTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Fast_path_allocates_exactly_like_Money_Allocate(Money amount, decimal[] weights) =>
        CostAllocator.Allocate(amount, weights).SequenceEqual(amount.Allocate(weights));

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Allocation_conserves_the_total(Money amount, decimal[] weights) =>
        Money.Sum(CostAllocator.Allocate(amount, weights), amount.Currency) == amount;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Prepared_key_allocates_exactly_like_Money_Allocate_again_and_again(Money first, Money second, decimal[] weights)
    {
        // One key serves several amounts in a quote (freight, insurance, fees): its reused scratch must not leak between them.
        var key = AllocationKey.Of(weights);
        return key.Allocate(first).SequenceEqual(first.Allocate(weights))
            && key.Allocate(second.Currency == first.Currency ? second : first).SequenceEqual((second.Currency == first.Currency ? second : first).Allocate(weights))
            && key.Allocate(first).SequenceEqual(first.Allocate(weights));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Prepared_key_conserves_the_total_to_the_cent(Money amount, decimal[] weights) =>
        Money.Sum(AllocationKey.Of(weights).Allocate(amount), amount.Currency) == amount;

    [Fact]
    public void Prepared_key_breaks_ties_towards_the_earlier_line()
    {
        // EUR 0.05 over six equal lines: one cent each to the first five.
        Money[] shares = AllocationKey.Of(new[] { 1m, 1m, 1m, 1m, 1m, 1m }).Allocate(Money.Of(0.05m, Currency.EUR));
        Assert.Equal(new[] { 0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0m }, shares.Select(m => m.Amount));
    }

    [Fact]
    public void Zero_total_gives_zero_shares_even_with_zero_weights() =>
        Assert.All(CostAllocator.Allocate(Money.Zero(Currency.EUR), new[] { 0m, 0m }), m => Assert.True(m.IsZero));
}
