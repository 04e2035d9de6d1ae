using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>The algebra the engine rests on, over random ledgers (each generated from a seed FsCheck draws).</summary>
public class KpiPropertyTests
{
    private static readonly KpiDimensions[] Groupings =
    {
        KpiDimensions.None,
        KpiDimensions.Marketplace | KpiDimensions.Sku,
        KpiDimensions.Market | KpiDimensions.Channel,
        KpiDimensions.Campaign | KpiDimensions.Sku | KpiDimensions.Marketplace,
    };

    private static readonly PeriodGrouping[] Periods = { PeriodGrouping.None, PeriodGrouping.Day, PeriodGrouping.IsoWeek, PeriodGrouping.Month };

    private static KpiQuery QueryFor(int seed) =>
        RandomLedger.Query(Groupings[Math.Abs(seed % Groupings.Length)], Periods[Math.Abs((seed / 7) % Periods.Length)]);

    private static KpiReport Whole(RandomLedger ledger, KpiQuery query)
    {
        var aggregation = new KpiAggregation(query);
        ledger.AddTo(aggregation, _ => true);
        return aggregation.ToReport();
    }

    internal static bool SameReport(KpiReport a, KpiReport b) =>
        a.RowsRead == b.RowsRead && a.Rejections.Equals(b.Rejections) && a.Groups.Count == b.Groups.Count
        && a.Groups.All(g => b.Find(g.Key) is { } other && other.Totals == g.Totals)
        && a.Total == b.Total;

    [Property(MaxTest = 60)]
    public bool Partition_and_merge_equals_the_whole(int seed, PositiveInt parts)
    {
        var ledger = new RandomLedger(seed);
        KpiQuery query = QueryFor(seed);
        int k = 1 + (parts.Get % 5);
        var random = new Random(seed ^ 0x5bd1e995);
        int[] partOf = Enumerable.Range(0, ledger.RowCount).Select(_ => random.Next(k)).ToArray();
        var aggregations = Enumerable.Range(0, k).Select(p =>
        {
            var a = new KpiAggregation(query);
            ledger.AddTo(a, i => partOf[i] == p);
            return a;
        }).ToList();

        // Merge in a random order.
        KpiAggregation merged = new(query);
        foreach (KpiAggregation a in aggregations.OrderBy(_ => random.Next()))
        {
            merged.Merge(a);
        }

        return SameReport(merged.ToReport(), Whole(ledger, query));
    }

    [Property(MaxTest = 40)]
    public bool Parallel_engine_equals_a_single_pass(int seed, PositiveInt degree)
    {
        var ledger = new RandomLedger(seed);
        KpiQuery query = QueryFor(seed);
        return SameReport(KpiEngine.Aggregate(query, ledger.Data, 1 + (degree.Get % 4)), Whole(ledger, query));
    }

    [Property(MaxTest = 60)]
    public bool Kpis_are_invariant_under_row_order(int seed)
    {
        var ledger = new RandomLedger(seed);
        KpiQuery query = QueryFor(seed);
        var random = new Random(seed);
        var shuffled = new KpiAggregation(query);
        // Add every row type in reverse and interleaved order.
        foreach (var row in ledger.Inventory.Reverse())
        {
            shuffled.Add(in Unsafe(row));
        }

        foreach (var row in ledger.OrderLines.OrderBy(_ => random.Next()))
        {
            shuffled.Add(in Unsafe(row));
        }

        shuffled.AddRange(ledger.Fees.Reverse());
        shuffled.Add<AdvertisingDay>(ledger.Advertising.Reverse().ToArray());
        shuffled.AddRange(ledger.Refunds.OrderBy(_ => random.Next()));
        return SameReport(shuffled.ToReport(), Whole(ledger, query));
    }

    [Property(MaxTest = 60)]
    public bool Merging_totals_is_associative_and_commutative_with_an_identity(int a, int b, int c)
    {
        KpiQuery query = RandomLedger.Query(KpiDimensions.None, PeriodGrouping.None);
        LedgerTotals x = Whole(new RandomLedger(a), query).Total;
        LedgerTotals y = Whole(new RandomLedger(b), query).Total;
        LedgerTotals z = Whole(new RandomLedger(c), query).Total;
        return (x + y) + z == x + (y + z)
            && x + y == y + x
            && x + default(LedgerTotals) == x
            && default(LedgerTotals) + x == x;
    }

    [Property(MaxTest = 40)]
    public bool Merging_reports_is_associative_and_commutative_with_an_identity(int a, int b, int c)
    {
        KpiQuery query = RandomLedger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku, PeriodGrouping.IsoWeek);
        KpiReport x = Whole(new RandomLedger(a), query);
        KpiReport y = Whole(new RandomLedger(b), query);
        KpiReport z = Whole(new RandomLedger(c), query);
        KpiReport empty = new KpiAggregation(query).ToReport();
        return SameReport(x.Merge(y).Merge(z), x.Merge(y.Merge(z)))
            && SameReport(x.Merge(y), y.Merge(x))
            && SameReport(x.Merge(empty), x);
    }

    [Property]
    public Property Roas_times_acos_is_one_where_both_are_defined() =>
        Prop.ForAll(
            Gen.Choose(1, int.MaxValue).Zip(Gen.Choose(1, int.MaxValue)).ToArbitrary(),
            pair =>
            {
                var keys = new LedgerKeys();
                var query = new KpiQuery(keys, Currency.USD, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1)), _ => DateTimeZone.Utc);
                var aggregation = new KpiAggregation(query);
                aggregation.Add(new AdvertisingDay(new LocalDate(2026, 3, 1), keys.Marketplace("amazon-us"), keys.Campaign("c"), SkuKey.None, CampaignType.SponsoredProducts, 10, 1, Money.FromMinorUnits(pair.Item1, Currency.USD), Money.FromMinorUnits(pair.Item2, Currency.USD), 1));
                KpiValues k = aggregation.ToReport().Total.Kpis;
                // Both are exact decimal quotients (28 significant digits), so their product is 1 to within 10^-24.
                return Math.Abs((k.Roas!.Value * k.Acos!.Value.Fraction) - 1m) < 1e-24m;
            });

    [Property(MaxTest = 60)]
    public bool Normalising_with_rate_one_is_the_identity(int seed)
    {
        // The same ledger booked in USD, and booked in EUR with EUR/USD = 1 on every day.
        var parity = new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1m, new LocalDate(2026, 2, 20)) }, maxAgeInDays: 60);
        KpiQuery usdQuery = RandomLedger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku, PeriodGrouping.Day, parity);
        KpiQuery eurQuery = usdQuery; // same query object: rows differ only in currency
        var inUsd = new RandomLedger(seed, _ => Currency.USD);
        var inEur = new RandomLedger(seed, _ => Currency.EUR);
        return SameReport(Whole(inUsd, usdQuery), Whole(inEur, eurQuery));
    }

    private static ref readonly T Unsafe<T>(in T row) => ref row;
}
