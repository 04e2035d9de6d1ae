using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Domain.Tests.Support;

/// <summary>
/// FsCheck generators for the library's values. Use with <c>[Property(Arbitrary = new[] { typeof(Generators) })]</c>;
/// each public static property returning an <see cref="Arbitrary{T}"/> registers a generator for its type.
/// </summary>
public static class Generators
{
    /// <summary>Currencies that have a minor unit (0, 2, 3 or 4 decimals).</summary>
    public static readonly Currency[] CurrenciesWithMinorUnits = Currency.All.Where(c => c.MinorUnits.HasValue).ToArray();

    public static Gen<Currency> CurrencyGen => Gen.Elements(CurrenciesWithMinorUnits);

    /// <summary>Amounts that are whole numbers of minor units, up to ± 10^12 major units.</summary>
    public static Gen<Money> MoneyIn(Currency currency) =>
        Gen.Choose(-1_000_000, 1_000_000)
            .SelectMany(high => Gen.Choose(0, 999_999).Select(low => ((long)high * 1_000_000) + (high < 0 ? -low : low)))
            .Select(minor => Money.FromMinorUnits(minor, currency));

    public static Gen<Money> MoneyGen => CurrencyGen.SelectMany(MoneyIn);

    public static Arbitrary<Currency> CurrencyArbitrary() => CurrencyGen.ToArbitrary();

    public static Arbitrary<Money> MoneyArbitrary() => MoneyGen.ToArbitrary();

    /// <summary>Non-negative integer ratios, at least one positive, 1 to 40 of them.</summary>
    public static Arbitrary<int[]> Ratios() =>
        Gen.Choose(1, 40)
            .SelectMany(n => Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 1000)), (1, Gen.Choose(1, int.MaxValue / 64))), n))
            .Where(a => a.Any(x => x > 0))
            .ToArbitrary();

    /// <summary>Non-negative decimal weights with up to four decimals, at least one positive.</summary>
    public static Arbitrary<decimal[]> Weights() =>
        Gen.Choose(1, 30)
            .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5_000_000).Select(i => i / 10_000m), n))
            .Where(a => a.Any(x => x > 0m))
            .ToArbitrary();
}
