using CrossBorder.Domain.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Data;

public class EffectivePeriodTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Both_ends_are_inclusive()
    {
        // Finland: 24% until 2024-08-31, 25.5% from 2024-09-01 — two periods that meet without a gap.
        var before = EffectivePeriod.Between(D(2013, 1, 1), D(2024, 8, 31));
        var after = EffectivePeriod.From(D(2024, 9, 1));
        Assert.True(before.Contains(D(2024, 8, 31)));
        Assert.False(before.Contains(D(2024, 9, 1)));
        Assert.True(after.Contains(D(2024, 9, 1)));
        Assert.True(after.Contains(D(9999, 12, 31)));
        Assert.False(after.Contains(D(2024, 8, 31)));
        Assert.True(before.IsFollowedBy(after));
        Assert.False(before.Overlaps(after));
        Assert.True(after.IsOpenEnded);
        Assert.Null(after.ValidTo);
    }

    [Fact]
    public void Overlap_and_gap_are_detected()
    {
        var a = EffectivePeriod.Between(D(2024, 1, 1), D(2024, 6, 30));
        Assert.True(a.Overlaps(EffectivePeriod.Between(D(2024, 6, 30), D(2024, 12, 31))));
        Assert.True(a.Overlaps(EffectivePeriod.From(D(2023, 1, 1))));
        Assert.False(a.Overlaps(EffectivePeriod.From(D(2024, 7, 1))));
        Assert.False(a.IsFollowedBy(EffectivePeriod.From(D(2024, 7, 2))));
        Assert.False(EffectivePeriod.From(D(2024, 1, 1)).IsFollowedBy(EffectivePeriod.From(D(2025, 1, 1))));
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        var ex = Assert.Throws<ArgumentException>(() => EffectivePeriod.Between(D(2024, 2, 1), D(2024, 1, 31)));
        Assert.Equal("validTo", ex.ParamName);
        Assert.Contains("2024-01-31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-02-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_equality()
    {
        Assert.Equal("2024-09-01..", EffectivePeriod.From(D(2024, 9, 1)).ToString());
        Assert.Equal("2024-01-01..2024-06-30", EffectivePeriod.Between(D(2024, 1, 1), D(2024, 6, 30)).ToString());
        Assert.Equal(EffectivePeriod.From(D(2024, 9, 1)), new EffectivePeriod(D(2024, 9, 1), null));
        Assert.NotEqual(EffectivePeriod.From(D(2024, 9, 1)), EffectivePeriod.Between(D(2024, 9, 1), D(2024, 9, 1)));
        Assert.True(EffectivePeriod.Always.Contains(D(1900, 1, 1)));
        Assert.Equal(D(2025, 1, 1), EffectivePeriod.From(D(2024, 1, 1)).WithValidFrom(D(2025, 1, 1)).ValidFrom);
        Assert.Equal(D(2025, 1, 1), EffectivePeriod.From(D(2024, 1, 1)).WithValidTo(D(2025, 1, 1)).ValidTo);
    }

    [Property]
    public Property Overlap_is_symmetric_and_agrees_with_shared_days() =>
        Prop.ForAll(
            Gen.Choose(0, 30).Four().ToArbitrary(),
            t =>
            {
                LocalDate start = D(2024, 1, 1);
                var a = EffectivePeriod.Between(start.PlusDays(Math.Min(t.Item1, t.Item2)), start.PlusDays(Math.Max(t.Item1, t.Item2)));
                var b = EffectivePeriod.Between(start.PlusDays(Math.Min(t.Item3, t.Item4)), start.PlusDays(Math.Max(t.Item3, t.Item4)));
                bool shared = Enumerable.Range(0, 31).Any(i => a.Contains(start.PlusDays(i)) && b.Contains(start.PlusDays(i)));
                return a.Overlaps(b) == b.Overlaps(a) && a.Overlaps(b) == shared;
            });
}
