using CrossBorder.Domain.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Data;

public class EffectiveDatedTableTests
{
    /// <summary>A minimal record, as later namespaces define theirs.</summary>
    public sealed record Rate(string Country, decimal Value, EffectivePeriod Period, Source Source) : IEffectiveDated<Rate>
    {
        public Rate WithPeriod(EffectivePeriod period) => this with { Period = period };
    }

    private static readonly Source Src = new("Test source", "https://example.org/rates", new LocalDate(2026, 11, 25));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Rate R(string country, decimal value, LocalDate from, LocalDate? to = null) => new(country, value, new EffectivePeriod(from, to), Src);

    // Standard VAT rates with their change dates, as the Geography tables hold them (FI 24% → 25.5% on 2024-09-01, SK 20% → 23% on 2025-01-01).
    private static EffectiveDatedTable<string, Rate> Vat(bool continuity = true) => new(
        "vat",
        new[]
        {
            R("FI", 24m, D(2013, 1, 1), D(2024, 8, 31)),
            R("FI", 25.5m, D(2024, 9, 1)),
            R("SK", 20m, D(2011, 1, 1), D(2024, 12, 31)),
            R("SK", 23m, D(2025, 1, 1)),
        },
        r => r.Country,
        StringComparer.OrdinalIgnoreCase,
        continuity);

    [Fact]
    public void Lookup_on_both_sides_of_a_change_date()
    {
        Assert.Equal(24m, Vat().Get("FI", D(2024, 8, 31)).Value);
        Assert.Equal(25.5m, Vat().Get("FI", D(2024, 9, 1)).Value);
        Assert.Equal(20m, Vat().Get("sk", D(2024, 12, 31)).Value);
        Assert.Equal(23m, Vat().Get("SK", D(2025, 12, 1)).Value);
    }

    [Fact]
    public void Date_before_the_data_begins_names_the_first_date()
    {
        var ex = Assert.Throws<RecordNotInForceException>(() => Vat().Get("FI", D(2012, 12, 31)));
        Assert.Equal("date", ex.ParamName);
        Assert.Equal("vat", ex.Table);
        Assert.Equal("FI", ex.Key);
        Assert.Equal(D(2012, 12, 31), ex.Date);
        Assert.Contains("begins on 2013-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_reported_as_such()
    {
        var ex = Assert.Throws<RecordNotInForceException>(() => Vat().Get("XX", D(2025, 1, 1)));
        Assert.Equal("key", ex.ParamName);
        Assert.Contains("no record for this key", ex.Message, StringComparison.Ordinal);
        Assert.False(Vat().TryGet("XX", D(2025, 1, 1), out _));
        Assert.False(Vat().ContainsKey("XX"));
        Assert.Empty(Vat().History("XX"));
    }

    [Fact]
    public void A_gap_in_the_middle_is_not_in_force()
    {
        var table = new EffectiveDatedTable<string, Rate>("t", new[] { R("A", 1m, D(2024, 1, 1), D(2024, 1, 31)), R("A", 2m, D(2024, 3, 1)) }, r => r.Country);
        Assert.False(table.TryGet("A", D(2024, 2, 15), out _));
        var ex = Assert.Throws<RecordNotInForceException>(() => table.Get("A", D(2024, 2, 15)));
        Assert.Contains("2024-01-01..2024-01-31, 2024-03-01..", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_records_are_rejected_with_every_problem_listed()
    {
        var ex = Assert.Throws<DataValidationException>(() => new EffectiveDatedTable<string, Rate>(
            "vat",
            new[]
            {
                R("FI", 24m, D(2013, 1, 1), D(2024, 9, 1)),
                R("FI", 25.5m, D(2024, 9, 1)),
                R("SK", 20m, D(2011, 1, 1)),
                R("SK", 23m, D(2025, 1, 1)),
            },
            r => r.Country));
        Assert.Equal(2, ex.Problems.Count);
        Assert.All(ex.Problems, p => Assert.Contains("overlap", p.Message, StringComparison.Ordinal));
        Assert.Contains("key FI", ex.Message, StringComparison.Ordinal);
        Assert.Contains("key SK", ex.Message, StringComparison.Ordinal);
        Assert.Equal("records", ex.ParamName);
    }

    [Fact]
    public void Gaps_are_rejected_where_continuity_is_required()
    {
        var records = new[] { R("A", 1m, D(2024, 1, 1), D(2024, 1, 31)), R("A", 2m, D(2024, 2, 2)) };
        var ex = Assert.Throws<DataValidationException>(() => new EffectiveDatedTable<string, Rate>("t", records, r => r.Country, requireContinuity: true));
        Assert.Contains("gap", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(2, new EffectiveDatedTable<string, Rate>("t", records, r => r.Country).Count);
    }

    [Fact]
    public void Null_records_and_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new EffectiveDatedTable<string, Rate>("t", new Rate[] { null! }, r => r.Country));
        Assert.Throws<ArgumentNullException>(() => new EffectiveDatedTable<string, Rate>("t", null!, r => r.Country));
        Assert.Throws<ArgumentException>(() => new EffectiveDatedTable<string, Rate>(" ", Array.Empty<Rate>(), r => r.Country));
    }

    [Fact]
    public void Override_clips_embedded_records_where_the_users_record_takes_over()
    {
        // The user's contract rate for FI from 2025-01-01 to 2025-06-30; before and after, the embedded 25.5% stays in force.
        var table = Vat().Override(new[] { R("FI", 10m, D(2025, 1, 1), D(2025, 6, 30)), R("NO", 25m, D(2020, 1, 1)) });
        Assert.Equal(25.5m, table.Get("FI", D(2024, 12, 31)).Value);
        Assert.Equal(10m, table.Get("FI", D(2025, 3, 1)).Value);
        Assert.Equal(25.5m, table.Get("FI", D(2025, 7, 1)).Value);
        Assert.Equal(24m, table.Get("FI", D(2020, 1, 1)).Value);
        Assert.Equal(25m, table.Get("NO", D(2025, 1, 1)).Value);
        Assert.Equal(4, table.History("FI").Count);
        Assert.Equal(25.5m, Vat().Get("FI", D(2025, 3, 1)).Value);   // the original is unchanged
    }

    [Fact]
    public void Override_replacing_a_whole_history_drops_the_embedded_records()
    {
        var table = Vat().Override(new[] { R("SK", 21m, D(2000, 1, 1)) });
        Assert.Single(table.History("SK"));
        Assert.Equal(21m, table.Get("SK", D(2025, 6, 1)).Value);
    }

    [Fact]
    public void Overrides_must_not_overlap_among_themselves() =>
        Assert.Throws<DataValidationException>(() => Vat().Override(new[] { R("FI", 1m, D(2025, 1, 1)), R("FI", 2m, D(2025, 6, 1)) }));

    [Property]
    public Property Exactly_one_record_is_in_force_on_every_covered_day() =>
        Prop.ForAll(
            Gen.Choose(1, 40).ArrayOf().Where(a => a.Length is > 0 and < 15).ToArbitrary(),
            lengths =>
            {
                LocalDate start = D(2020, 1, 1);
                var records = new List<Rate>();
                LocalDate from = start;
                for (int i = 0; i < lengths.Length; i++)
                {
                    LocalDate? to = i == lengths.Length - 1 ? null : from.PlusDays(lengths[i] - 1);
                    records.Add(R("K", i, from, to));
                    from = from.PlusDays(lengths[i]);
                }

                var shuffled = records.OrderBy(r => r.Value.GetHashCode() ^ 0x5bd1e995).ToArray();
                var table = new EffectiveDatedTable<string, Rate>("t", shuffled, r => r.Country, requireContinuity: true);
                int total = lengths.Sum();
                return Enumerable.Range(0, total + 5).All(day =>
                {
                    LocalDate date = start.PlusDays(day);
                    Rate found = table.Get("K", date);
                    return records.Count(r => r.Period.Contains(date)) == 1 && found.Period.Contains(date);
                }) && !table.TryGet("K", start.PlusDays(-1), out _);
            });
}
