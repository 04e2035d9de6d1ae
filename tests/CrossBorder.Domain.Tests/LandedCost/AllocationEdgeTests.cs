using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.LandedCost;

/// <summary>
/// CostAllocator's and AllocationKey's integer fast paths: small amounts that stay on them (the shared generators mostly give
/// amounts whose products overflow to the decimal path), every guard that must hand over to <see cref="Money.Allocate(IReadOnlyList{decimal})"/>,
/// ties broken towards the earlier line among more lines than a stable insertion sort covers, and the allocation texts.
/// </summary>
public class AllocationEdgeTests
{
    private static Money Eur(decimal a) => Money.Of(a, Currency.EUR);

    private static ShipmentLine Line(string sku, decimal price, decimal kilograms, Dimensions? dimensions = null, Currency? currency = null) =>
        new(sku, HsCode.Parse("6109100010"), "CN", 1, Money.Of(price, currency ?? Currency.EUR), Mass.FromKilograms(kilograms), dimensions);

    /// <summary>Amounts of at most ± 10^6 minor units, which keep units × weight inside 64 bits.</summary>
    public static class SmallAmounts
    {
        public static Arbitrary<Money> Money() =>
            Generators.CurrencyGen.SelectMany(c => Gen.Choose(-1_000_000, 1_000_000).Select(minor => CrossBorder.Domain.Monetary.Money.FromMinorUnits(minor, c))).ToArbitrary();

        public static Arbitrary<decimal[]> Weights() => Generators.Weights();
    }

    [Property(Arbitrary = new[] { typeof(SmallAmounts) }, MaxTest = 300)]
    public bool Small_amounts_allocate_exactly_like_Money_Allocate(Money amount, decimal[] weights) =>
        CostAllocator.Allocate(amount, weights).SequenceEqual(amount.Allocate(weights))
        && AllocationKey.Of(weights).Allocate(amount).SequenceEqual(amount.Allocate(weights));

    public static TheoryData<decimal, decimal[]> Handovers => new()
    {
        { 1.005m, new[] { 1m, 1m } },                          // not a whole number of cents
        { 100_000_000_000_000_000m, new[] { 1m, 1m } },        // 10^19 cents: more than the 10^15 units of the fast path
        { 0.02m, Enumerable.Repeat(4e15m, 2400).ToArray() },   // 2400 × 4·10^15 = 9.6·10^18: the integer weights sum beyond 2^63
        { 30m, new[] { 4e15m, 1m } },                          // 3000 units × 4·10^15 = 1.2·10^19 overflows
        { 0.99m, Enumerable.Range(0, 100).Select(i => 4e15m - i).ToArray() }, // sum ≈ 4·10^17 > 2^63 / 100: keys would overflow, sort instead
        { 0.02m, new[] { 4.5e15m, 1m } },                      // a weight beyond the 4·10^15 cap
        { 1m, new[] { 1e19m, 1m } },                           // a weight beyond 64 bits
        { 1m, new[] { 1e-13m, 1m } },                          // 13 decimals in a weight
    };

    [Theory]
    [MemberData(nameof(Handovers))]
    public void Amounts_and_weights_beyond_the_fast_path_allocate_like_Money_Allocate(decimal amount, decimal[] weights)
    {
        Money[] expected = Eur(amount).Allocate(weights);
        Assert.Equal(expected, CostAllocator.Allocate(Eur(amount), weights));
        Assert.Equal(expected, AllocationKey.Of(weights).Allocate(Eur(amount)));
        Assert.Equal(Eur(amount), Money.Sum(expected, Currency.EUR));
    }

    [Theory]
    [InlineData(new[] { 0, 0 })]         // no positive weight
    [InlineData(new[] { -1, 2 })]        // a negative weight
    public void Invalid_weights_fail_as_Money_Allocate_fails(int[] ints)
    {
        decimal[] weights = ints.Select(i => (decimal)i).ToArray();
        Exception expected = Record.Exception(() => Eur(1m).Allocate(weights));
        var fast = Assert.Throws(expected.GetType(), () => CostAllocator.Allocate(Eur(1m), weights));
        var key = Assert.Throws(expected.GetType(), () => AllocationKey.Of(weights).Allocate(Eur(1m)));
        Assert.Equal(((ArgumentException)expected).ParamName, ((ArgumentException)fast).ParamName);
        Assert.Equal(((ArgumentException)expected).ParamName, ((ArgumentException)key).ParamName);
    }

    [Fact]
    public void Decimal_weights_are_scaled_to_their_common_number_of_decimals()
    {
        // 0.5 : 1.5 = 1 : 3 of EUR 1.00 → 0.25 and 0.75.
        Assert.Equal(new[] { Eur(0.25m), Eur(0.75m) }, CostAllocator.Allocate(Eur(1m), new[] { 0.5m, 1.5m }));
        // 10.0 : 5 = 2 : 1 of 100 cents → 66 r 100/150 and 33 r 50/150; the leftover cent goes to the larger remainder: 0.67, 0.33.
        Assert.Equal(new[] { Eur(0.67m), Eur(0.33m) }, CostAllocator.Allocate(Eur(1m), new[] { 10.0m, 5m }));
        Assert.Equal(new[] { Eur(-0.67m), Eur(-0.33m) }, CostAllocator.Allocate(Eur(-1m), new[] { 10.0m, 5m }));
    }

    [Fact]
    public void Shares_beyond_32_bits_of_minor_units_keep_their_high_bits()
    {
        // EUR 100 000 000.00 = 10^10 cents, halved: 5·10^9 cents each, more than 2^32 = 4 294 967 296.
        Money[] halves = CostAllocator.Allocate(Eur(100_000_000m), new[] { 1m, 1m });
        Assert.Equal(new[] { Eur(50_000_000m), Eur(50_000_000m) }, halves);
        Assert.Equal(new[] { Eur(50_000_000m), Eur(50_000_000m) }, AllocationKey.Of(new[] { 1m, 1m }).Allocate(Eur(100_000_000m)));
    }

    [Fact]
    public void Ties_among_many_lines_go_to_the_earlier_lines()
    {
        // 40 equal weights, 39 cents: every line has quotient 0 and the same remainder; the first 39 lines get a cent each.
        decimal[] equal = Enumerable.Repeat(1m, 40).ToArray();
        decimal[] expected = Enumerable.Repeat(0.01m, 39).Append(0m).ToArray();
        Assert.Equal(expected, CostAllocator.Allocate(Eur(0.39m), equal).Select(m => m.Amount));
        Assert.Equal(expected, AllocationKey.Of(equal).Allocate(Eur(0.39m)).Select(m => m.Amount));

        // Several groups of equal remainders (weights 1, 2, 3 repeating over 45 lines): the same as Money.Allocate.
        decimal[] groups = Enumerable.Range(0, 45).Select(i => (decimal)((i % 3) + 1)).ToArray();
        foreach (decimal amount in new[] { 0.31m, 0.89m, 1.01m, 7.77m })
        {
            Assert.Equal(Eur(amount).Allocate(groups), CostAllocator.Allocate(Eur(amount), groups));
            Assert.Equal(Eur(amount).Allocate(groups), AllocationKey.Of(groups).Allocate(Eur(amount)));
        }
    }

    [Fact]
    public void Allocating_over_lines_by_value_weight_and_chargeable_weight()
    {
        var dims = Dimensions.Of(50, 40, 30, LengthUnit.Centimetre);
        var lines = new[] { Line("A", 10m, 1m, dims), Line("B", 30m, 10m, Dimensions.Of(10, 10, 10, LengthUnit.Centimetre)) };
        // By value 10 : 30 of EUR 4.00.
        Assert.Equal(new[] { Eur(1m), Eur(3m) }, CostAllocator.Allocate(Eur(4m), lines, AllocationMethod.Value));
        // By weight 1 kg : 10 kg of EUR 11.00.
        Assert.Equal(new[] { Eur(1m), Eur(10m) }, CostAllocator.Allocate(Eur(11m), lines, AllocationMethod.Weight));
        // Chargeable at 5000 cm³/kg: A max(1, 60 000 / 5000 = 12) = 12 kg, B max(10, 1000 / 5000 = 0.2) = 10 kg; EUR 22.00 → 12 and 10.
        Assert.Equal(new[] { Eur(12m), Eur(10m) }, CostAllocator.Allocate(Eur(22m), lines, AllocationMethod.ChargeableWeight, VolumetricDivisor.Express));
    }

    [Fact]
    public void Allocating_by_value_needs_one_currency_and_a_defined_method()
    {
        var mixed = new[] { Line("A", 10m, 1m), Line("B", 30m, 1m, currency: Currency.USD) };
        Assert.Equal("lines", Assert.Throws<CurrencyMismatchException>(() => CostAllocator.Allocate(Eur(4m), mixed, AllocationMethod.Value)).ParamName);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CostAllocator.Allocate(Eur(4m), new[] { Line("A", 10m, 1m) }, (AllocationMethod)99));
        Assert.Equal("method", ex.ParamName);
        Assert.Contains("defined AllocationMethod", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AllocationMethod.Value, "allocated by value")]
    [InlineData(AllocationMethod.Weight, "allocated by weight")]
    [InlineData(AllocationMethod.Volume, "allocated by volume")]
    [InlineData(AllocationMethod.ChargeableWeight, "allocated by chargeable weight")]
    [InlineData(AllocationMethod.Quantity, "allocated by quantity")]
    public void Each_method_describes_itself(AllocationMethod method, string text) =>
        Assert.Equal(text, CostAllocator.Describe(method));

    [Fact]
    public void Units_allocation_clears_handles_signs_and_refuses_what_it_cannot_do_in_64_bits()
    {
        long[] destination = { 7, 7, 7 };
        long[] scratch = new long[6];
        Assert.True(AllocationKey.TryAllocateUnits(0, new long[] { 1, 2, 3 }, 6, 3, destination, scratch));
        Assert.Equal(new long[] { 0, 0, 0 }, destination);

        Assert.False(AllocationKey.TryAllocateUnits(5, new long[] { 0, 0 }, 0, 0, new long[2], new long[4]));      // no weight
        Assert.False(AllocationKey.TryAllocateUnits(long.MinValue, new long[] { 1 }, 1, 1, new long[1], new long[2]));

        // −5 over 1 : 1 → magnitude 5 → 2 r 1 each, the leftover unit to the first → 3, 2 → negated.
        long[] negative = new long[2];
        Assert.True(AllocationKey.TryAllocateUnits(-5, new long[] { 1, 1 }, 2, 1, negative, new long[4]));
        Assert.Equal(new long[] { -3, -2 }, negative);

        long[] one = new long[1];
        Assert.True(AllocationKey.TryAllocateUnits(1_000_000_000_000_000L, new long[] { 1 }, 1, 1, one, new long[2]));   // at the 10^15 limit
        Assert.Equal(1_000_000_000_000_000L, one[0]);
        Assert.False(AllocationKey.TryAllocateUnits(1_000_000_000_000_001L, new long[] { 1 }, 1, 1, one, new long[2]));  // beyond it

        long limit = long.MaxValue / 10_000;                                                                      // 922 337 203 685 477 < 10^15
        Assert.True(AllocationKey.TryAllocateUnits(limit, new long[] { 10_000 }, 10_000, 10_000, one, new long[2])); // units × 10 000 still fits
        Assert.Equal(limit, one[0]);
        Assert.False(AllocationKey.TryAllocateUnits(limit + 1, new long[] { 10_000 }, 10_000, 10_000, one, new long[2])); // would overflow
    }
}
