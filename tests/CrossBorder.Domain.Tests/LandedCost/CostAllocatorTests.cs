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

    [Fact]
    public void Zero_total_gives_zero_shares_even_with_zero_weights() =>
        Assert.All(CostAllocator.Allocate(Money.Zero(Currency.EUR), new[] { 0m, 0m }), m => Assert.True(m.IsZero));
}
