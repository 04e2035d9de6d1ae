using System.Numerics;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CrossBorder.Domain.Tests.Monetary;

/// <summary>
/// Allocation checked against an independent model (largest remainder in BigInteger, ties to the lower index), at amounts that
/// drive each of Money.Allocate's three arithmetic paths: long (units × weight fits in 64 bits), decimal (units fit in 64 bits,
/// the products do not) and BigInteger (units beyond 64 bits). Added for mutation testing: each path must give the model's answer.
/// </summary>
public class MoneyAllocationModelTests
{
    private static readonly Currency Usd = Currency.FromCode("USD");

    /// <summary>The model: shares in units of 10^-decimals, largest remainders first, ties to the lower index; sign restored last.</summary>
    internal static decimal[] Model(decimal amount, int decimals, BigInteger[] weights)
    {
        BigInteger scale = BigInteger.Pow(10, decimals);
        decimal magnitude = Math.Abs(amount);
        BigInteger whole = new(decimal.Truncate(magnitude));
        BigInteger fraction = new((magnitude - decimal.Truncate(magnitude)) * (decimal)scale);
        BigInteger units = (whole * scale) + fraction;
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var quotients = new BigInteger[weights.Length];
        var remainders = new BigInteger[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            quotients[i] = BigInteger.DivRem(units * weights[i], total, out remainders[i]);
        }

        int leftover = (int)(units - quotients.Aggregate(BigInteger.Zero, (a, b) => a + b));
        foreach (int i in Enumerable.Range(0, weights.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftover))
        {
            quotients[i] += 1;
        }

        return quotients.Select(q => (amount < 0m ? -1m : 1m) * ((decimal)q / (decimal)scale)).ToArray();
    }

    private static decimal[] Amounts(Money[] parts) => parts.Select(p => p.Amount).ToArray();

    [Theory]
    // long path
    [InlineData("1000.00", new[] { 1, 2, 3 })]
    [InlineData("-0.05", new[] { 0, 1, 0, 1, 1, 0 })]
    [InlineData("10.00", new[] { 3, 3, 3 })]
    [InlineData("0.10", new[] { 1, 2, 2, 1 })]
    // decimal path: 10^17 units, largest weight 10^3 ⇒ units × weight > long.MaxValue
    [InlineData("1000000000000000.01", new[] { 1, 1000, 7 })]
    [InlineData("-1000000000000000.01", new[] { 1000, 1, 1 })]
    [InlineData("92233720368547758.07", new[] { 2, 3, 5 })]
    // BigInteger path: units above long.MaxValue (9.2 × 10^18)
    [InlineData("100000000000000000.01", new[] { 1, 1, 1 })]
    [InlineData("-123456789012345678.91", new[] { 7, 0, 11, 13 })]
    public void Integer_ratios_match_the_model_on_every_arithmetic_path(string amount, int[] ratios)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Money[] shares = Money.Of(value, Usd).Allocate(ratios);
        Assert.Equal(Model(value, 2, ratios.Select(r => new BigInteger(r)).ToArray()), Amounts(shares));
        Assert.Equal(value, shares.Sum(s => s.Amount));
        Assert.All(shares, s => Assert.Same(Usd, s.Currency));
    }

    [Fact]
    public void Ties_in_the_remainders_go_to_the_lower_index()
    {
        // 0.05 over 1,1,1,1,1,1,1: every remainder is 5/7; the first five shares get a cent.
        Assert.Equal(new[] { 0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0m, 0m }, Amounts(Money.Of(0.05m, Usd).Allocate(1, 1, 1, 1, 1, 1, 1)));

        // Remainders 1/4, 3/4, 2/4 in unit terms (1 cent over 1,3,... shaped): the largest remainder wins even at a higher index.
        Assert.Equal(new[] { 0m, 0.01m, 0m }, Amounts(Money.Of(0.01m, Usd).Allocate(1, 2, 1)));
        Assert.Equal(new[] { 0m, 0m, 0.01m }, Amounts(Money.Of(0.01m, Usd).Allocate(1, 1, 2)));
        Assert.Equal(new[] { 0.01m, 0m, 0m }, Amounts(Money.Of(0.01m, Usd).Allocate(2, 1, 1)));
    }

    [Fact]
    public void More_than_256_shares_use_heap_buffers_and_still_match_the_model()
    {
        int[] ratios = Enumerable.Range(0, 300).Select(i => (i % 7) + (i % 3)).Select(r => r == 0 ? 1 : r).ToArray();
        Money money = Money.Of(1234.57m, Usd);
        Assert.Equal(Model(1234.57m, 2, ratios.Select(r => new BigInteger(r)).ToArray()), Amounts(money.Allocate(ratios)));
        Assert.Equal(Model(1234.57m, 2, Enumerable.Repeat(BigInteger.One, 300).ToArray()), Amounts(money.Split(300)));
    }

    [Fact]
    public void Decimal_weights_match_the_model()
    {
        decimal[] weights = { 0.3333m, 1.5m, 0m, 2.25m };
        BigInteger[] scaled = { 3333, 15000, 0, 22500 };
        Assert.Equal(Model(99.99m, 2, scaled), Amounts(Money.Of(99.99m, Usd).Allocate(weights)));
        Assert.Equal(Model(-99.99m, 2, scaled), Amounts(Money.Of(-99.99m, Usd).Allocate(weights)));

        // Whole weights far beyond int: 10^20 and 3 × 10^20.
        decimal[] big = { 100_000_000_000_000_000_000m, 300_000_000_000_000_000_000m };
        Assert.Equal(new[] { 0.25m, 0.75m }, Amounts(Money.Of(1m, Usd).Allocate(big)));
    }

    [Property(MaxTest = 300)]
    public void Split_matches_the_model(int cents, byte parts, bool huge)
    {
        int n = (parts % 12) + 1;
        decimal amount = (huge ? 98_765_432_109_876_543m : 0m) + (cents / 100m);
        decimal[] expected = Model(amount, 2, Enumerable.Repeat(BigInteger.One, n).ToArray());
        Assert.Equal(expected, Amounts(Money.Of(amount, Usd).Split(n)));
    }

    [Property(MaxTest = 300)]
    public void Allocate_matches_the_model(int cents, NonEmptyArray<byte> raw, byte path)
    {
        int[] ratios = raw.Get.Take(12).Select(b => (int)b).ToArray();
        if (ratios.All(r => r == 0))
        {
            ratios[0] = 1;
        }

        // path 0: long arithmetic; 1: 5 × 10^18 units, decimal arithmetic once a ratio is 2 or more; 2: BigInteger (10^19 units > long.MaxValue).
        decimal offset = (path % 3) switch { 0 => 0m, 1 => 50_000_000_000_000_000m, _ => 100_000_000_000_000_000m };
        decimal amount = offset + (cents / 100m);
        decimal[] expected = Model(amount, 2, ratios.Select(r => new BigInteger(r)).ToArray());
        Assert.Equal(expected, Amounts(Money.Of(amount, Usd).Allocate(ratios)));
    }
}
