using System;
using System.Linq;
using System.Reflection;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>Behaviour of the KPI engine's internals (Factor, Accumulator, PeriodGrouping, QueryPlan, RowRejections) at the edges mutation testing found unguarded.</summary>
[UseCulture("tr-TR")]
public class KpiEngineInternalsMutationTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static long RoundEven(decimal exact) => decimal.ToInt64(Math.Round(exact, 0, MidpointRounding.ToEven));

    // ---------- Factor ----------

    [Theory]
    [InlineData("1.5", 1L, 2L)] // 1.5 → 2 (half to even, odd quotient rounds up)
    [InlineData("1.5", 3L, 4L)] // 4.5 → 4 (half to even, even quotient stays)
    [InlineData("1.5", -1L, -2L)]
    [InlineData("1.5", -3L, -4L)]
    [InlineData("1.7", 1L, 2L)] // 1.7 → 2
    [InlineData("1.7", -1L, -2L)] // −1.7 → −2
    [InlineData("1.1", 1L, 1L)] // 1.1 → 1 although the quotient 1 is odd
    [InlineData("1.1", -1L, -1L)]
    [InlineData("1.26", 1L, 1L)]
    [InlineData("1.26", -3L, -4L)] // −3.78 → −4
    [InlineData("4294967296.5", 1L, 4294967296L)] // mantissa beyond 32 bits; .5 → even
    [InlineData("4294967296.5", 3L, 12884901890L)] // 12884901889.5 → 12884901890
    public void Convert_rounds_half_to_even_exactly(string factor, long minor, long expected)
    {
        decimal f = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture);
        Factor fx = Factor.Of(f);
        Assert.Equal(Factor.Fast, fx.State);
        Assert.Equal(expected, fx.Convert(minor, 0));
        Assert.Equal(RoundEven(minor * f), fx.Convert(minor, 0));
    }

    public static TheoryData<int> Scales => new() { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 };

    [Theory]
    [MemberData(nameof(Scales))]
    public void Convert_agrees_with_decimal_arithmetic_at_every_scale_with_and_without_extra_digits(int scale)
    {
        decimal f = new decimal(7, 0, 0, false, (byte)scale);
        Factor fx = Factor.Of(f);
        Assert.Equal(Factor.Fast, fx.State);
        foreach (long minor in new[] { 123_456_789_012_345_678L, -123_456_789_012_345_678L, 5L, -5L, 1_234_567L, 714_285_714_285L })
        {
            Assert.Equal(RoundEven(minor * f), fx.Convert(minor, 0));
            Assert.Equal(RoundEven(minor * f / 10_000m), fx.Convert(minor, 4));
        }
    }

    [Fact]
    public void Convert_beyond_the_fast_limit_falls_back_to_exact_decimal_arithmetic()
    {
        Factor fx = Factor.Of(0.3m); // limit = long.MaxValue / 3
        Assert.Equal(Factor.Fast, fx.State);
        Assert.Equal(1_383_505_805_528_216_371L, fx.Convert(4_611_686_018_427_387_903L, 0)); // …370.9 → …371
        Assert.Equal(-1_383_505_805_528_216_371L, fx.Convert(-4_611_686_018_427_387_903L, 0));
        Assert.Equal(138_350_580_552_822L, fx.Convert(4_611_686_018_427_387_903L, 4)); // 138350580552821.63709 → …822
        long limit = long.MaxValue / 3;
        Assert.Equal(RoundEven(limit * 0.3m), fx.Convert(limit, 0));
        Assert.Equal(RoundEven(-limit * 0.3m), fx.Convert(-limit, 0));
    }

    [Fact]
    public void Of_takes_the_fast_path_only_for_a_64_bit_mantissa_and_at_most_14_decimals()
    {
        Assert.Equal(Factor.Fast, Factor.Of(1.50000m).State); // trailing zeros stripped: 15 / 10
        Assert.Equal(Factor.Fast, Factor.Of(1m).State);
        Assert.Equal(Factor.Fast, Factor.Of(0.00000000000001m).State); // scale 14
        Assert.Equal(Factor.Slow, Factor.Of(0.000000000000001m).State); // scale 15
        Assert.Equal(Factor.Fast, Factor.Of(9_223_372_036_854_775_807m).State);
        Assert.Equal(Factor.Slow, Factor.Of(9_223_372_036_854_775_808m).State); // 2^63: bits[1] negative
        Assert.Equal(Factor.Slow, Factor.Of(18_446_744_073_709_551_617m).State); // 2^64 + 1: bits[2] = 1, bits[1] = 0
    }

    [Fact]
    public void Slow_factors_convert_exactly_with_and_without_extra_digits()
    {
        decimal f = 1.234567890123456789m; // 18 decimals: slow path
        Factor fx = Factor.Of(f);
        Assert.Equal(Factor.Slow, fx.State);
        Assert.Equal(RoundEven(1_000_000m * f), fx.Convert(1_000_000, 0));
        Assert.Equal(1_234_568L, fx.Convert(1_000_000, 0));
        Assert.Equal(123L, fx.Convert(1_000_000, 4)); // 123.4567… → 123
        Assert.Equal(-123L, fx.Convert(-1_000_000, 4));
        Assert.Equal(0L, Factor.MissingFactor.Convert(5, 0));
        Assert.Equal(42L, Factor.Identity.Convert(42, 0));
        Assert.Equal(4L, Factor.Identity.Convert(42_000, 4)); // 4.2 → 4
        Assert.Equal(6L, Factor.Identity.Convert(55_000, 4)); // 5.5 → 6
        Assert.Equal(4L, Factor.Identity.Convert(45_000, 4)); // 4.5 → 4
    }

    // ---------- Accumulator ----------

    private static readonly FieldInfo[] LongFields = typeof(Accumulator).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
        .Where(f => f.FieldType == typeof(long)).ToArray();

    public static TheoryData<string> AccumulatorFields()
    {
        var data = new TheoryData<string>();
        foreach (FieldInfo f in typeof(Accumulator).GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(long)))
        {
            data.Add(f.Name);
        }

        return data;
    }

    private static Accumulator With(string field, long value, Accumulator start = default)
    {
        object boxed = start;
        typeof(Accumulator).GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(boxed, value);
        return (Accumulator)boxed;
    }

    [Theory]
    [MemberData(nameof(AccumulatorFields))]
    public void ValueEquals_tells_apart_sums_that_differ_in_one_field_only(string field)
    {
        Accumulator a = default;
        foreach (FieldInfo f in LongFields)
        {
            a = With(f.Name, 7, a);
        }

        Accumulator b = With(field, 8, a);
        Assert.True(a.ValueEquals(in a));
        Assert.False(a.ValueEquals(in b));
        Assert.False(b.ValueEquals(in a));
        Assert.Equal(30, LongFields.Length);
    }

    [Fact]
    public void ValueEquals_compares_snapshot_days_only_when_there_are_snapshots()
    {
        Accumulator a = default;
        Accumulator b = default;
        b.FirstSnapshotDay = 5;
        b.LastSnapshotDay = 9;
        Assert.True(a.ValueEquals(in b)); // no snapshots: the days are meaningless

        a.Snapshots = 1;
        b.Snapshots = 1;
        a.FirstSnapshotDay = 5;
        a.LastSnapshotDay = 8;
        Assert.False(a.ValueEquals(in b)); // same first day, different last day
        a.LastSnapshotDay = 9;
        a.FirstSnapshotDay = 4;
        Assert.False(a.ValueEquals(in b)); // different first day, same last day
        a.FirstSnapshotDay = 5;
        Assert.True(a.ValueEquals(in b));
    }

    [Fact]
    public void Add_keeps_the_earliest_first_and_latest_last_snapshot_day()
    {
        Accumulator a = default;
        a.Snapshots = 1;
        a.FirstSnapshotDay = 10;
        a.LastSnapshotDay = 20;
        Accumulator b = default;
        b.Snapshots = 2;
        b.FirstSnapshotDay = 5;
        b.LastSnapshotDay = 15;
        Accumulator c = default;
        c.Snapshots = 1;
        c.FirstSnapshotDay = 12;
        c.LastSnapshotDay = 25;

        a.Add(in b);
        Assert.Equal((5, 20, 3L), (a.FirstSnapshotDay, a.LastSnapshotDay, a.Snapshots));
        a.Add(in c);
        Assert.Equal((5, 25, 4L), (a.FirstSnapshotDay, a.LastSnapshotDay, a.Snapshots));

        Accumulator empty = default;
        empty.Add(in c);
        Assert.Equal((12, 25), (empty.FirstSnapshotDay, empty.LastSnapshotDay));
    }

    // ---------- RowRejections ----------

    [Fact]
    public void RowRejections_total_count_equality_and_text()
    {
        var r = new RowRejections(new long[] { 1, 2, 0, 3, 4 });
        Assert.Equal(10, r.Total);
        Assert.Equal(1, r.Count(RejectionReason.OutsideRange));
        Assert.Equal(4, r.Count(RejectionReason.NoMarket));
        Assert.Equal("OutsideRange 1, NoExchangeRate 2, NoTimeZone 3, NoMarket 4", r.ToString());
        Assert.Equal("NoExchangeRate 2", new RowRejections(new long[] { 0, 2, 0, 0, 0 }).ToString());
        Assert.Equal("none", RowRejections.None.ToString());
        Assert.Equal(0, RowRejections.None.Total);

        Assert.True(r.Equals(new RowRejections(new long[] { 1, 2, 0, 3, 4 })));
        Assert.False(r.Equals(new RowRejections(new long[] { 1, 2, 0, 3, 5 })));
        Assert.False(r.Equals(new RowRejections(new long[] { 0, 2, 0, 3, 4 })));
        Assert.False(r.Equals((RowRejections?)null));
        Assert.False(r.Equals((object?)null));
        Assert.False(RowRejections.None.Equals(r));
        Assert.Equal(new RowRejections(new long[] { 2, 4, 0, 6, 8 }), r.Merge(r));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(6)]
    public void RowRejections_count_of_an_undefined_reason_throws_naming_it(int reason)
    {
        var r = new RowRejections(new long[] { 1, 2, 0, 3, 4 });
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => r.Count((RejectionReason)reason));
        Assert.Equal("reason", ex.ParamName);
        Assert.Equal(reason, ex.ActualValue);
    }

    // ---------- PeriodGrouping ----------

    [Fact]
    public void PeriodGrouping_names()
    {
        Assert.Equal("none", PeriodGrouping.None.ToString());
        Assert.Equal("day", PeriodGrouping.Day.ToString());
        Assert.Equal("ISO week", PeriodGrouping.IsoWeek.ToString());
        Assert.Equal("month", PeriodGrouping.Month.Name);
        Assert.Equal("custom", PeriodGrouping.Custom(new[] { new DateInterval(D(2026, 3, 1), D(2026, 3, 2)) }).Name);
    }

    [Fact]
    public void Custom_sorts_ranges_earliest_first_and_accepts_adjacent_ones()
    {
        var a = new DateInterval(D(2026, 3, 1), D(2026, 3, 4));
        var b = new DateInterval(D(2026, 3, 5), D(2026, 3, 8));
        var c = new DateInterval(D(2026, 3, 12), D(2026, 3, 20));
        PeriodGrouping g = PeriodGrouping.Custom(new[] { c, a, b });
        Assert.Equal(new[] { a, b, c }, g.Ranges);
    }

    [Fact]
    public void Custom_rejects_empty_null_and_overlapping_ranges()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => PeriodGrouping.Custom(Array.Empty<DateInterval>()));
        Assert.Equal("ranges", empty.ParamName);
        Assert.Contains("ranges is empty", empty.Message, StringComparison.Ordinal);

        ArgumentNullException nul = Assert.Throws<ArgumentNullException>(() => PeriodGrouping.Custom(new DateInterval[] { null! }));
        Assert.Equal("ranges", nul.ParamName);
        Assert.Contains("null range", nul.Message, StringComparison.Ordinal);

        ArgumentException overlap = Assert.Throws<ArgumentException>(() => PeriodGrouping.Custom(new[]
        {
            new DateInterval(D(2026, 3, 5), D(2026, 3, 12)),
            new DateInterval(D(2026, 3, 1), D(2026, 3, 5)),
        }));
        Assert.Equal("ranges", overlap.ParamName);
        Assert.Contains("ranges 2026-03-01..2026-03-05 and 2026-03-05..2026-03-12 overlap", overlap.Message, StringComparison.Ordinal);
    }

    private static string Periods(PeriodGrouping g, DateInterval range, out int[] map)
    {
        map = g.MapDays(range, out DateInterval[] periods);
        return string.Join(" ", periods.Select(p => PeriodGrouping.Format(p)));
    }

    [Fact]
    public void IsoWeek_periods_start_on_monday_also_before_1970()
    {
        // 1970-01-01 was a Thursday; 1969-12-29 a Monday, 1969-12-22 a Monday.
        string text = Periods(PeriodGrouping.IsoWeek, new DateInterval(D(1969, 12, 20), D(1970, 1, 5)), out int[] map);
        Assert.Equal("1969-12-20..1969-12-21 1969-12-22..1969-12-28 1969-12-29..1970-01-04 1970-01-05..1970-01-05", text);
        Assert.Equal(0, map[0]);
        Assert.Equal(1, map[2]);
        Assert.Equal(1, map[8]);
        Assert.Equal(2, map[9]);
        Assert.Equal(3, map[16]);

        // 2026-03-02 is a Monday.
        Assert.Equal("2026-02-27..2026-03-01 2026-03-02..2026-03-08 2026-03-09..2026-03-10",
            Periods(PeriodGrouping.IsoWeek, new DateInterval(D(2026, 2, 27), D(2026, 3, 10)), out _));
    }

    [Fact]
    public void Month_day_and_none_periods_are_clipped_to_the_range()
    {
        Assert.Equal("2025-12-30..2025-12-31 2026-01-01..2026-01-31 2026-02-01..2026-02-28 2026-03-01..2026-03-02",
            Periods(PeriodGrouping.Month, new DateInterval(D(2025, 12, 30), D(2026, 3, 2)), out _));
        Assert.Equal("2026-03-01..2026-03-01 2026-03-02..2026-03-02 2026-03-03..2026-03-03",
            Periods(PeriodGrouping.Day, new DateInterval(D(2026, 3, 1), D(2026, 3, 3)), out int[] dayMap));
        Assert.Equal(new[] { 0, 1, 2 }, dayMap);
        Assert.Equal("2026-03-01..2026-03-31", Periods(PeriodGrouping.None, new DateInterval(D(2026, 3, 1), D(2026, 3, 31)), out _));
    }

    [Fact]
    public void Custom_periods_find_every_day_by_binary_search_and_leave_gaps_out()
    {
        PeriodGrouping g = PeriodGrouping.Custom(new[]
        {
            new DateInterval(D(2026, 3, 2), D(2026, 3, 3)),
            new DateInterval(D(2026, 3, 5), D(2026, 3, 6)),
            new DateInterval(D(2026, 3, 8), D(2026, 3, 8)),
            new DateInterval(D(2026, 3, 10), D(2026, 3, 11)),
            new DateInterval(D(2026, 3, 13), D(2026, 3, 20)),
        });
        string text = Periods(g, new DateInterval(D(2026, 3, 1), D(2026, 3, 14)), out int[] map);
        Assert.Equal("2026-03-02..2026-03-03 2026-03-05..2026-03-06 2026-03-08..2026-03-08 2026-03-10..2026-03-11 2026-03-13..2026-03-14", text);
        Assert.Equal(new[] { -1, 0, 0, -1, 1, 1, -1, 2, -1, 3, 3, -1, 4, 4 }, map);
    }

    // ---------- QueryPlan ----------

    private static readonly LedgerKeys Keys = new();
    private static readonly SkuKey Mug = Keys.Sku("MUG");

    private static KpiQuery Query(params SkuCost[] costs) =>
        new(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { UnitCosts = costs };

    private static SkuCost Cost(LocalDate from, LocalDate? to, decimal amount) =>
        new(Mug, new EffectivePeriod(from, to), Money.Of(amount, Currency.USD));

    [Fact]
    public void CostEntry_whole_minor_is_minus_one_when_the_cost_has_finer_digits()
    {
        Assert.Equal(12, new QueryPlan.CostEntry(0, 1, 120_000, Currency.USD).WholeMinor);
        Assert.Equal(0, new QueryPlan.CostEntry(0, 1, 0, Currency.USD).WholeMinor);
        Assert.Equal(-1, new QueryPlan.CostEntry(0, 1, 12_345, Currency.USD).WholeMinor);
        Assert.Equal(-3, new QueryPlan.CostEntry(0, 1, -30_000, Currency.USD).WholeMinor);
    }

    [Fact]
    public void QueryPlan_sorts_unit_costs_and_sizes_the_table_by_the_largest_sku()
    {
        Assert.Empty(new QueryPlan(Query()).Costs);

        QueryPlan plan = new(Query(Cost(D(2026, 3, 10), null, 2m), Cost(D(2026, 1, 1), D(2026, 3, 9), 1.5m)));
        Assert.Equal(Mug.Index + 1, plan.Costs.Length);
        QueryPlan.CostEntry[] entries = plan.Costs[Mug.Index]!;
        Assert.Equal(2, entries.Length);
        Assert.True(entries[0].From < entries[1].From);
        Assert.Equal(150, entries[0].WholeMinor);
        Assert.Equal(200, entries[1].WholeMinor);
        Assert.Equal(int.MaxValue, entries[1].To);
    }

    [Fact]
    public void QueryPlan_rejects_unit_costs_sharing_one_day()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new QueryPlan(Query(Cost(D(2026, 3, 5), null, 2m), Cost(D(2026, 1, 1), D(2026, 3, 5), 1.5m))));
        Assert.Equal("query", ex.ParamName);
        Assert.Contains("UnitCosts has overlapping periods for SKU 'MUG'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most one unit cost per SKU and day", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QueryPlan_rejects_a_null_unit_cost_and_market_grouping_without_MarketOf()
    {
        ArgumentException nul = Assert.Throws<ArgumentException>(() => new QueryPlan(Query(new SkuCost[] { null! })));
        Assert.Equal("query", nul.ParamName);
        Assert.Contains("UnitCosts contains a null entry", nul.Message, StringComparison.Ordinal);

        var byMarket = new KpiQuery(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf) { GroupBy = KpiDimensions.Market };
        ArgumentException market = Assert.Throws<ArgumentException>(() => new QueryPlan(byMarket));
        Assert.Equal("query", market.ParamName);
        Assert.Contains("groups by Market but MarketOf is null", market.Message, StringComparison.Ordinal);
    }

    // ---------- KpiEngine, LedgerOverflow ----------

    private static readonly MarketplaceKey Us = Keys.Marketplace("amazon-us");
    private static readonly CampaignKey Brand = Keys.Campaign("brand");
    private static readonly Instant March2 = Instant.FromUtc(2026, 3, 2, 12, 0);
    private static readonly Money Huge = Money.Of(50_000_000_000_000_000m, Currency.USD);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static OrderLine Line(string id, Money price) => new(id, 1, March2, Us, Mug, 1, price, Usd(0m), Usd(0m), Usd(0m));

    private static ArgumentOutOfRangeException Overflow(LedgerData ledger, int parallelism = 1) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiEngine.Aggregate(Query(), ledger, parallelism));

    [Fact]
    public void Aggregate_checks_its_arguments()
    {
        ArgumentNullException q = Assert.Throws<ArgumentNullException>(() => KpiEngine.Aggregate(null!, new LedgerData()));
        Assert.Equal("query", q.ParamName);
        ArgumentOutOfRangeException p = Assert.Throws<ArgumentOutOfRangeException>(() => KpiEngine.Aggregate(Query(), new LedgerData(), -1));
        Assert.Equal("maxDegreeOfParallelism", p.ParamName);
        Assert.Equal(-1, p.ActualValue);
    }

    [Fact]
    public void Aggregate_names_the_table_and_row_of_an_overflow_in_every_table()
    {
        ArgumentOutOfRangeException refunds = Overflow(new LedgerData
        {
            Refunds = new[] { new Refund("R1", March2, Us, Mug, 1, Huge, Usd(0m)), new Refund("R2", March2, Us, Mug, 1, Huge, Usd(0m)) },
        });
        Assert.Equal("ledger", refunds.ParamName);
        Assert.Contains("ledger.Refunds[1] (refund of order R2: quantity 1, amount USD 50000000000000000", refunds.Message, StringComparison.Ordinal);

        ArgumentOutOfRangeException fees = Overflow(new LedgerData
        {
            Fees = new[] { new FeeCharge(March2, Us, Mug, FeeKind.Referral, Huge), new FeeCharge(March2, Us, Mug, FeeKind.Fulfilment, Huge) },
        });
        Assert.Contains("ledger.Fees[1] (fee Fulfilment: USD 50000000000000000", fees.Message, StringComparison.Ordinal);

        var ad = new AdvertisingDay(new LocalDate(2026, 3, 2), Us, Brand, Mug, CampaignType.SponsoredProducts, long.MaxValue, 0, Usd(1m), Usd(0m), 0);
        ArgumentOutOfRangeException ads = Overflow(new LedgerData { Advertising = new[] { ad, ad } });
        Assert.Contains("ledger.Advertising[1] (advertising day 2026-03-02: ", ads.Message, StringComparison.Ordinal);
        Assert.Contains(": spend USD 1.00, attributed sales USD 0.00, orders 0, impressions 9223372036854775807, clicks 0)", ads.Message, StringComparison.Ordinal);

        var traffic = new TrafficDay(new LocalDate(2026, 3, 2), Us, Mug, long.MaxValue);
        ArgumentOutOfRangeException sessions = Overflow(new LedgerData { Traffic = new[] { traffic, traffic } });
        Assert.Contains("ledger.Traffic[1] (traffic day ", sessions.Message, StringComparison.Ordinal);
        Assert.Contains(": 9223372036854775807 sessions)", sessions.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_in_parallel_throws_the_first_partitions_overflow()
    {
        var ledger = new LedgerData { OrderLines = new[] { Line("O1", Huge), Line("O2", Huge), Line("O3", Huge), Line("O4", Huge) } };
        ArgumentOutOfRangeException ex = Overflow(ledger, 2);
        Assert.Equal("ledger", ex.ParamName);
        Assert.Contains("ledger.OrderLines[1] (order line O2/1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_overflow_messages_name_index_zero_and_describe_every_row_kind()
    {
        var inner = new OverflowException();
        var snapshot = new InventorySnapshot(new LocalDate(2026, 3, 2), Us, Mug, 12);
        ArgumentOutOfRangeException first = LedgerOverflow.Row("rows", "rows", 0, in snapshot, Currency.USD, inner);
        Assert.Equal("rows", first.ParamName);
        Assert.StartsWith("rows[0] (inventory snapshot 2026-03-02: ", first.Message, StringComparison.Ordinal);
        Assert.Contains(": 12 units on hand) takes a KPI sum beyond 64 bits: every sum", first.Message, StringComparison.Ordinal);

        ArgumentOutOfRangeException single = LedgerOverflow.Row("row", "row", -1, in snapshot, Currency.USD, inner);
        Assert.StartsWith("row (inventory snapshot", single.Message, StringComparison.Ordinal);

        var refund = new Refund("R9", March2, Us, Mug, 2, Usd(3m), Usd(0.5m));
        Assert.Contains("rows[3] (refund of order R9: quantity 2, amount USD 3.00, tax USD 0.50)",
            LedgerOverflow.Row("rows", "rows", 3, in refund, Currency.USD, inner).Message, StringComparison.Ordinal);
        var fee = new FeeCharge(March2, Us, Mug, FeeKind.Referral, Usd(1.25m));
        Assert.Contains("(fee Referral: USD 1.25)", LedgerOverflow.Row("rows", "rows", 1, in fee, Currency.USD, inner).Message, StringComparison.Ordinal);
        var traffic = new TrafficDay(new LocalDate(2026, 3, 2), Us, Mug, 40);
        string trafficText = LedgerOverflow.Row("rows", "rows", 1, in traffic, Currency.USD, inner).Message;
        Assert.Contains("rows[1] (traffic day 2026-03-02: ", trafficText, StringComparison.Ordinal);
        Assert.Contains(": 40 sessions)", trafficText, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_messages_name_the_sum_and_the_currency_when_known()
    {
        var sum = new LedgerOverflow.SumOverflowException("Units", 5, 6);
        Assert.Equal(
            "merging other (Units: 5 + 6 in USD minor units or counts) takes a KPI sum beyond 64 bits: every sum (amounts in USD minor units, units and counts) must stay within ±9223372036854775807. Aggregate smaller parts of the ledger (one marketplace, market or period per query).",
            LedgerOverflow.MergeMessage("merging other", Currency.USD, sum));
        Assert.StartsWith(
            "merging other (Units: 5 + 6) takes a KPI sum beyond 64 bits: every sum (amounts in the reporting currency's minor units, units and counts)",
            LedgerOverflow.MergeMessage("merging other", null, sum), StringComparison.Ordinal);
        Assert.StartsWith("merging other takes a KPI sum", LedgerOverflow.MergeMessage("merging other", Currency.USD, new OverflowException()), StringComparison.Ordinal);
    }

    // ---------- LedgerTotals, KpiValues, KpiReport ----------

    private static LedgerTotals Totals(Action<Accumulator[]> set, Currency? currency = null)
    {
        var a = new Accumulator[1];
        set(a);
        return new LedgerTotals(in a[0], currency ?? Currency.USD);
    }

    [Fact]
    public void Empty_totals_have_no_currency_text_or_amounts()
    {
        LedgerTotals empty = default;
        Assert.True(empty.IsEmpty);
        Assert.Equal("(empty)", empty.ToString());
        Assert.Equal(default, empty.NetRevenue);
        Assert.Equal(default, empty.InventoryCostDays);
        Assert.Equal(default, empty.CostOfGoodsSold);

        LedgerTotals zero = new(default, Currency.USD);
        Assert.False(zero.IsEmpty);
        Assert.Equal("0 orders, 0 units, net revenue USD 0.00, net profit USD 0.00", zero.ToString());
    }

    [Fact]
    public void Totals_in_one_currency_differ_when_one_sum_differs()
    {
        LedgerTotals a = Totals(x => x[0].Orders = 1);
        LedgerTotals b = Totals(x => x[0].Orders = 2);
        LedgerTotals a2 = Totals(x => x[0].Orders = 1);
        Assert.False(a.Equals(b));
        Assert.True(a != b);
        Assert.False(a != a2);
        Assert.True(a == a2);
        Assert.False(a.Equals(Totals(x => x[0].Orders = 1, Currency.EUR)));
    }

    [Fact]
    public void SuggestBid_needs_a_positive_target_and_both_clicks_and_ad_orders()
    {
        LedgerTotals clicksOnly = Totals(x => { x[0].Clicks = 10; x[0].AdSales = 5_000; });
        Assert.Null(clicksOnly.Kpis.SuggestBid(Percentage.FromPercent(20m)));
        LedgerTotals ordersOnly = Totals(x => { x[0].AdOrders = 2; x[0].AdSales = 5_000; });
        Assert.Null(ordersOnly.Kpis.SuggestBid(Percentage.FromPercent(20m)));

        LedgerTotals both = Totals(x => { x[0].Clicks = 10; x[0].AdOrders = 2; x[0].AdSales = 5_000; });
        Assert.Equal(Usd(1m), both.Kpis.SuggestBid(Percentage.FromPercent(20m))); // AOV 25 × 20 % × CVR 20 %
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => both.Kpis.SuggestBid(Percentage.Zero));
        Assert.Equal("targetAcos", ex.ParamName);
    }

    [Fact]
    public void Inventory_kpis_are_null_without_snapshots_cost_or_cost_of_goods()
    {
        KpiValues none = Totals(x => { x[0].Cogs = 1_000; }).Kpis;
        Assert.Null(none.AverageInventoryUnits);
        Assert.Null(none.AverageInventoryCost);
        Assert.Null(none.InventoryTurnover);
        Assert.Null(none.DaysOfInventory);

        // Snapshots on days 10..13 (4 days), 40 unit-days, no cost known: no turnover; cost of goods but no inventory cost.
        KpiValues noCost = Totals(x => { x[0].Snapshots = 2; x[0].FirstSnapshotDay = 10; x[0].LastSnapshotDay = 13; x[0].InventoryUnits = 40; x[0].Cogs = 1_000; }).Kpis;
        Assert.Equal(10m, noCost.AverageInventoryUnits);
        Assert.Equal(Usd(0m), noCost.AverageInventoryCost);
        Assert.Null(noCost.InventoryTurnover);

        // Inventory cost but no cost of goods sold: no days of inventory.
        KpiValues noCogs = Totals(x => { x[0].Snapshots = 2; x[0].FirstSnapshotDay = 10; x[0].LastSnapshotDay = 13; x[0].InventoryUnits = 40; x[0].InventoryCost = 8_000; }).Kpis;
        Assert.Null(noCogs.DaysOfInventory);
        Assert.Equal(Usd(20m), noCogs.AverageInventoryCost);
        Assert.Equal(0m, noCogs.InventoryTurnover);
    }

    private static readonly KpiGroupKey KeyA = new(MarketplaceId.Parse("amazon-us"), null, null, null, null, null);

    [Fact]
    public void Report_checks_its_groups_and_keeps_a_reporting_currency_total()
    {
        var empty = new KpiReport(Currency.USD, Array.Empty<KpiGroup>(), 0, RowRejections.None);
        Assert.False(empty.Total.IsEmpty);
        Assert.Equal(Currency.USD, empty.Total.Currency);

        var withEmptyGroup = new KpiReport(Currency.USD, new[] { new KpiGroup(KeyA, default) }, 0, RowRejections.None);
        Assert.Single(withEmptyGroup.Groups);

        ArgumentNullException nul = Assert.Throws<ArgumentNullException>(() => new KpiReport(Currency.USD, new KpiGroup[] { null! }, 0, RowRejections.None));
        Assert.Equal("groups", nul.ParamName);

        CurrencyMismatchException eur = Assert.Throws<CurrencyMismatchException>(() =>
            new KpiReport(Currency.USD, new[] { new KpiGroup(KeyA, Totals(x => x[0].Orders = 1, Currency.EUR)) }, 0, RowRejections.None));
        Assert.Equal("groups", eur.ParamName);

        LedgerTotals one = Totals(x => x[0].Orders = 1);
        ArgumentException twice = Assert.Throws<ArgumentException>(() =>
            new KpiReport(Currency.USD, new[] { new KpiGroup(KeyA, one), new KpiGroup(KeyA, one) }, 0, RowRejections.None));
        Assert.Equal("groups", twice.ParamName);
        Assert.Contains("groups has two groups with key " + KeyA + "; merge them first.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_merge_rejects_another_currency_and_rows_read_beyond_64_bits()
    {
        var usd = new KpiReport(Currency.USD, Array.Empty<KpiGroup>(), long.MaxValue, RowRejections.None);
        var eur = new KpiReport(Currency.EUR, Array.Empty<KpiGroup>(), 0, RowRejections.None);
        CurrencyMismatchException mismatch = Assert.Throws<CurrencyMismatchException>(() => usd.Merge(eur));
        Assert.Equal("other", mismatch.ParamName);

        ArgumentOutOfRangeException overflow = Assert.Throws<ArgumentOutOfRangeException>(() => usd.Merge(new KpiReport(Currency.USD, Array.Empty<KpiGroup>(), 1, RowRejections.None)));
        Assert.Equal("other", overflow.ParamName);
        Assert.StartsWith("merging other (RowsRead: 9223372036854775807 + 1 in USD minor units or counts) takes a KPI sum", overflow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_names_an_inventory_row_whose_cost_goes_beyond_64_bits()
    {
        var query = new KpiQuery(Keys, Currency.USD, WorkedLedger.March, WorkedLedger.ZoneOf)
        {
            UnitCosts = new[] { Cost(D(2026, 1, 1), null, 1_000_000_000m) },
        };
        var snapshot = new InventorySnapshot(new LocalDate(2026, 3, 2), Us, Mug, int.MaxValue);
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            KpiEngine.Aggregate(query, new LedgerData { Inventory = new[] { snapshot, snapshot, snapshot, snapshot, snapshot } }, 1));
        Assert.Equal("ledger", ex.ParamName);
        Assert.Contains("ledger.Inventory[", ex.Message, StringComparison.Ordinal);
        Assert.Contains(": 2147483647 units on hand)", ex.Message, StringComparison.Ordinal);
    }
}
