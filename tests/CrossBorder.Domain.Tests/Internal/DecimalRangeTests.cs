using CrossBorder.Domain.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Internal;

/// <summary>
/// DecimalRange lets Money's operators skip the overflow guard when an operation provably fits. "Cannot overflow" must never be
/// said of an operation that overflows, and the mantissa reads must agree with decimal.GetBits (they rely on System.Decimal's
/// field layout).
/// </summary>
public class DecimalRangeTests
{
    private static Arbitrary<decimal> Decimals() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<decimal>(),
            Gen.Elements(decimal.MaxValue, decimal.MinValue, 19807040628566084398385987584m, -19807040628566084398385987583m,
                281474976710656m, 281474976710655m, 0.0000000000000000000000000001m, 1m, -1m, 0.99m, 39614081257132168796771975168m),
            Gen.Choose(0, 28).SelectMany(scale => ArbMap.Default.GeneratorFor<ulong>().Select(m => new decimal((int)m, (int)(m >> 32), (int)(m >> 16), m % 2 == 0, (byte)scale))))
        .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property A_proven_sum_or_difference_never_overflows() =>
        Prop.ForAll(Decimals(), Decimals(), (a, b) =>
        {
            if (DecimalRange.SumCannotOverflow(a, b))
            {
                _ = a + b;
                _ = a - b;
            }
        });

    [Property(MaxTest = 2000)]
    public Property A_proven_product_never_overflows() =>
        Prop.ForAll(Decimals(), Decimals(), (a, b) =>
        {
            if (DecimalRange.ProductCannotOverflow(a, b))
            {
                _ = a * b;
            }
        });

    [Property(MaxTest = 2000)]
    public Property A_proven_quotient_never_overflows() =>
        Prop.ForAll(Decimals(), Decimals(), (a, b) =>
        {
            if (DecimalRange.QuotientCannotOverflow(b))
            {
                _ = a / b;
            }
        });

    [Fact]
    public void Operands_at_the_edge_are_not_proven()
    {
        Assert.False(DecimalRange.SumCannotOverflow(decimal.MaxValue, 1m));
        Assert.False(DecimalRange.ProductCannotOverflow(decimal.MaxValue, 1.5m));
        Assert.False(DecimalRange.QuotientCannotOverflow(0.5m));
        Assert.True(DecimalRange.SumCannotOverflow(1234.56m, 789.01m));
        Assert.True(DecimalRange.ProductCannotOverflow(1234.56m, 1.19m));
        Assert.True(DecimalRange.QuotientCannotOverflow(1.19m));
    }

#if NET8_0_OR_GREATER
    [Property(MaxTest = 2000)]
    public Property Mantissa_reads_agree_with_GetBits() =>
        Prop.ForAll(Decimals(), d =>
        {
            int[] bits = decimal.GetBits(d);
            ulong low = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            return DecimalRange.High32(d) == unchecked((uint)bits[2]) && DecimalRange.Low64(d) == low;
        });
#endif
}
