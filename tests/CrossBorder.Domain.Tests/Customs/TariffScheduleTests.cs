using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Customs;

public class TariffScheduleTests
{
    private static readonly LocalDate Date = new(2026, 9, 15);
    private static readonly Source UserSource = Source.UserSupplied("test schedule", new LocalDate(2026, 1, 1));

    [Fact]
    public void Sample_has_sourced_lines_for_us_eu_and_gb()
    {
        Assert.InRange(TariffSchedule.Sample.LineCount, 30, 60);
        TariffEntry us = TariffSchedule.Sample.GetEntry(HsCode.Parse("6109100010"), "US", "CN", Date);
        Assert.Equal(Percentage.FromPercent(16.5m), us.Line.Rate.AdValorem);
        AdditionalDuty s301 = Assert.Single(us.AdditionalDuties);
        Assert.Equal(Percentage.FromPercent(7.5m), s301.Rate.AdValorem);
        Assert.Contains("9903.88.15", s301.LegalReference, StringComparison.Ordinal);

        // Origin matters: Vietnamese T-shirts carry no Section 301 duty.
        Assert.Empty(TariffSchedule.Sample.GetEntry(HsCode.Parse("6109100010"), "US", "VN", Date).AdditionalDuties);
        Assert.Equal(Percentage.FromPercent(12m), TariffSchedule.Sample.GetEntry(HsCode.Parse("61091000"), "EU", "CN", Date).Line.Rate.AdValorem);
        Assert.Equal(Percentage.FromPercent(6m), TariffSchedule.Sample.GetEntry(HsCode.Parse("3924100000"), "GB", "CN", Date).Line.Rate.AdValorem);
        Assert.True(TariffSchedule.Sample.GetEntry(HsCode.Parse("851830"), "EU", "CN", Date).Line.Rate.IsFree);
    }

    [Fact]
    public void The_longest_matching_prefix_wins()
    {
        Assert.Equal(Percentage.FromPercent(4.7m), TariffSchedule.Sample.GetEntry(HsCode.Parse("9503004100"), "EU", "CN", Date).Line.Rate.AdValorem);
        Assert.True(TariffSchedule.Sample.GetEntry(HsCode.Parse("9503004990"), "EU", "CN", Date).Line.Rate.IsFree);
    }

    [Fact]
    public void A_code_the_schedule_lacks_throws_never_zero()
    {
        var ex = Assert.Throws<TariffLineNotFoundException>(() => TariffSchedule.Sample.GetEntry(HsCode.Parse("8703230000"), "EU", "CN", Date));
        Assert.Equal("hsCode", ex.ParamName);
        Assert.Contains("never assumes zero duty", ex.Message, StringComparison.Ordinal);
        Assert.False(TariffSchedule.Sample.TryGetEntry(HsCode.Parse("6109100010"), "US", "CN", new LocalDate(2025, 12, 31), out _));
    }

    [Fact]
    public void Specific_compound_and_bounded_rates_compute_as_the_tariff_says()
    {
        Money eur(decimal a) => Money.Of(a, Currency.EUR);
        var q = new DutyQuantity(Mass.FromKilograms(20), 10, 5);
        Assert.Equal(eur(70m), DutyRate.SpecificRate(eur(3.5m), DutyUnit.Kilogram).Compute(eur(1000), q));
        Assert.Equal(eur(92m), DutyRate.Compound(Percentage.FromPercent(8), eur(1.2m), DutyUnit.Item).Compute(eur(1000), q));
        Assert.Equal(eur(2m), DutyRate.AdValoremRate(Percentage.FromPercent(1)).WithBounds(eur(2), eur(50)).Compute(eur(100), q));
        Assert.Equal(eur(50m), DutyRate.AdValoremRate(Percentage.FromPercent(10)).WithBounds(eur(2), eur(50)).Compute(eur(1000), q));
        Assert.Equal(eur(4m), DutyRate.SpecificRate(eur(0.8m), DutyUnit.Litre).Compute(eur(1), q));
        Assert.Equal("8% + EUR 1.20/item (min EUR 2.00)", DutyRate.Compound(Percentage.FromPercent(8), eur(1.2m), DutyUnit.Item).WithBounds(eur(2), null).ToString().Replace("1.2/", "1.20/", StringComparison.Ordinal).Replace("EUR 2)", "EUR 2.00)", StringComparison.Ordinal));
    }

    [Fact]
    public void User_records_preferences_and_additional_duties()
    {
        CountryCode eu = "EU";
        var schedule = new TariffSchedule(
            new[] { new TariffLine(eu, "6403", "leather footwear", DutyRate.AdValoremRate(Percentage.FromPercent(8)), EffectivePeriod.From(new LocalDate(2020, 1, 1)), UserSource) },
            new[] { new PreferentialRate(eu, "6403", "VN", "EU–Vietnam FTA", DutyRate.Free, EffectivePeriod.From(new LocalDate(2020, 8, 1)), UserSource) },
            new[] { new AdditionalDuty(eu, "640399", "CN", "anti-dumping (example)", "user test", DutyRate.AdValoremRate(Percentage.FromPercent(10)), EffectivePeriod.From(new LocalDate(2020, 1, 1)), UserSource) });
        TariffEntry vn = schedule.GetEntry(HsCode.Parse("640399"), eu, "VN", Date);
        Assert.Equal("EU–Vietnam FTA", vn.Preferential!.Scheme);
        Assert.Empty(vn.AdditionalDuties);
        TariffEntry cn = schedule.GetEntry(HsCode.Parse("64039993"), eu, "CN", Date);
        Assert.Null(cn.Preferential);
        Assert.Single(cn.AdditionalDuties);
        Assert.Equal("hsPrefix", Assert.Throws<ArgumentException>(() => new TariffLine(eu, "6403.99", "x", DutyRate.Free, EffectivePeriod.Always, UserSource)).ParamName);
    }
}
