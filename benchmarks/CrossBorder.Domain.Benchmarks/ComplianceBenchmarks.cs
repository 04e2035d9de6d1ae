using BenchmarkDotNet.Attributes;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// One product against one market. Target: ≥ 1,000,000 evaluations per second per core (≤ 1 µs), allocation-free on the fast path.
/// <see cref="CompiledMatch"/> (the baseline) is the compiled fast path: traits as a 64-bit set, rules pre-indexed by market,
/// dates and thresholds pre-flattened. <see cref="InterpretedMatch"/> is the peer a straightforward engine would write: walk every
/// rule, resolve its markets and test its condition objects. <see cref="FullReport"/> builds the explained report (allocates),
/// <see cref="ProfileAndMatch"/> includes profiling the product.
/// </summary>
[MemoryDiagnoser]
public class ComplianceBenchmarks
{
    private readonly ComplianceRuleSet rules = ComplianceRuleSet.Default;
    private readonly LocalDate date = new(2026, 11, 25);
    private readonly CountryCode market = CountryCode.Parse("DE");
    private Product speaker = null!;
    private ProductProfile profile = null!;
    private int[] buffer = null!;
    private IReadOnlyDictionary<string, IReadOnlyList<CountryCode>> groups = null!;

    [GlobalSetup]
    public void Setup()
    {
        speaker = new Product(Sku.Parse("SPK-BT20"), "Bluetooth speaker 30 W", HsCode.Parse("8518.22"), ProductCategory.Electronics, CountryCode.Parse("CN"), Money.Of(18.50m, "USD"))
        {
            Electrical = new ElectricalRating(mainsPowered: true, 100m, 240m, CurrentType.Alternating, 30m),
            Radio = new RadioEquipment(new[] { "Bluetooth 5.3" }, new[] { "2.4 GHz" }),
            Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.ContainedInEquipment, cellsPerBattery: 2) },
        };
        profile = ProductProfile.Of(speaker);
        buffer = new int[rules.MaxRulesPerMarket];
        groups = rules.MarketGroups;
    }

    [Benchmark(Baseline = true)]
    public int CompiledMatch() => rules.Match(profile, market, date, buffer);

    [Benchmark]
    public int InterpretedMatch()
    {
        int count = 0;
        IReadOnlyList<ComplianceRule> all = rules.Rules;
        for (int i = 0; i < all.Count; i++)
        {
            ComplianceRule rule = all[i];
            bool inMarket = false;
            foreach (string selector in rule.Markets)
            {
                if (selector == "*" || selector == market.Value || (selector[0] == '@' && groups[selector.Substring(1)].Contains(market)))
                {
                    inMarket = true;
                    break;
                }
            }

            if (inMarket && rule.Period.Contains(date) && rule.Condition.Matches(profile))
            {
                buffer[count++] = i;
            }
        }

        return count;
    }

    [Benchmark]
    public int ProfileAndMatch() => rules.Match(ProductProfile.Of(speaker), market, date, buffer);

    [Benchmark]
    public ComplianceReport FullReport() => rules.Evaluate(speaker, market, date);
}
