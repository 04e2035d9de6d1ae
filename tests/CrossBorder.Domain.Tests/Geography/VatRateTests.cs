using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// Rates on both sides of each change date. Sources (see vat-rates.json): FI 24% → 25.5% on 2024-09-01 and SK 20% → 23% on
/// 2025-01-01 (VAT Solutions); EE 22% → 24% on 2025-07-01 (Mondaq); RO 19% → 21% on 2025-08-01, Law 141/2025 (BDO Romania);
/// NS HST 15% → 14% on 2025-04-01 (VATCalc); UK zero rate on children's clothing; Irish zero rate for children under 11 (Revenue).
/// </summary>
public class VatRateTests
{
    private static readonly LocalDate June2024 = new(2024, 6, 1);
    private static readonly LocalDate December2025 = new(2025, 12, 1);

    [Theory]
    [InlineData("FI", "2024-08-31", 24, "2024-09-01", 25.5)]
    [InlineData("SK", "2024-12-31", 20, "2025-01-01", 23)]
    [InlineData("EE", "2025-06-30", 22, "2025-07-01", 24)]
    [InlineData("RO", "2025-07-31", 19, "2025-08-01", 21)]
    public void Standard_rate_changes_on_the_day_the_law_says(string country, string before, double rateBefore, string after, double rateAfter)
    {
        Assert.Equal((decimal)rateBefore, Markets.Default.GetStandardVatRate(country, Date(before)).Rate.Percent);
        Assert.Equal((decimal)rateAfter, Markets.Default.GetStandardVatRate(country, Date(after)).Rate.Percent);
    }

    [Theory]
    [InlineData("FI", 24, 25.5)]
    [InlineData("EE", 22, 24)]
    [InlineData("SK", 20, 23)]
    [InlineData("RO", 19, 21)]
    [InlineData("DE", 19, 19)]
    [InlineData("LU", 17, 17)]
    [InlineData("GB", 20, 20)]
    [InlineData("CH", 8.1, 8.1)]
    [InlineData("SG", 9, 9)]
    [InlineData("JP", 10, 10)]
    [InlineData("AU", 10, 10)]
    [InlineData("NZ", 15, 15)]
    [InlineData("TR", 20, 20)]
    [InlineData("SA", 15, 15)]
    public void Lookups_for_mid_2024_and_end_2025_give_the_rate_in_force(string country, double mid2024, double end2025)
    {
        Assert.Equal((decimal)mid2024, Markets.Default.For(country).On(June2024).StandardVatRate!.Value.Percent);
        Assert.Equal((decimal)end2025, Markets.Default.For(country).On(December2025).StandardVatRate!.Value.Percent);
    }

    [Fact]
    public void Romania_merges_its_reduced_rates_into_11_percent_from_august_2025()
    {
        Assert.Equal(9m, Markets.Default.GetVatRate("RO", "reduced-9", new LocalDate(2025, 7, 31)).Rate.Percent);
        Assert.Equal(5m, Markets.Default.GetVatRate("RO", "reduced-5", new LocalDate(2025, 7, 31)).Rate.Percent);
        Assert.Equal(11m, Markets.Default.GetVatRate("RO", "reduced-9", new LocalDate(2025, 8, 1)).Rate.Percent);
        Assert.Equal(11m, Markets.Default.GetVatRate("RO", "reduced-5", new LocalDate(2025, 8, 1)).Rate.Percent);
    }

    [Theory]
    [InlineData("GB", "childrens-clothing", 0, VatRateKind.Zero)]
    [InlineData("GB", "books", 0, VatRateKind.Zero)]
    [InlineData("GB", "childrens-car-seats", 5, VatRateKind.Reduced)]
    [InlineData("IE", "childrens-clothing", 0, VatRateKind.Zero)]
    [InlineData("DE", "books", 7, VatRateKind.Reduced)]
    [InlineData("JP", "food", 8, VatRateKind.Reduced)]
    [InlineData("CH", "books", 2.6, VatRateKind.Reduced)]
    public void Reduced_and_zero_rates_carry_their_category(string country, string category, double rate, VatRateKind kind)
    {
        MarketView view = Markets.Default.For(country).On(December2025);
        VatRate found = view.RateFor(category)!;
        Assert.Equal((decimal)rate, found.Rate.Percent);
        Assert.Equal(kind, found.Kind);
        Assert.False(string.IsNullOrEmpty(found.AppliesTo));
        Assert.Null(view.RateFor("no-such-category"));
    }

    [Theory]
    [InlineData("ON", "2025-12-01", 13)]
    [InlineData("QC", "2025-12-01", 14.975)]
    [InlineData("BC", "2025-12-01", 12)]
    [InlineData("SK", "2025-12-01", 11)]
    [InlineData("AB", "2025-12-01", 5)]
    [InlineData("NS", "2025-03-31", 15)]
    [InlineData("NS", "2025-04-01", 14)]
    public void Canada_combines_gst_with_hst_pst_or_qst(string province, string date, double combined)
    {
        MarketView view = Markets.Default.For("CA").On(Date(date));
        Assert.Equal(5m, view.StandardVatRate!.Value.Percent);
        Assert.Equal((decimal)combined, view.CombinedStandardRate(province).Percent);
    }

    [Fact]
    public void The_united_states_has_no_import_vat_but_is_not_zero_tax()
    {
        MarketView us = Markets.Default.For("US").On(December2025);
        Assert.Null(us.StandardVatRate);
        Assert.Equal(IndirectTaxKind.SubnationalSalesTax, us.TaxRegime!.Kind);
        Assert.False(us.TaxRegime.ChargedOnImport);
        Assert.True(us.TaxRegime.Subnational);
        Assert.True(us.TaxRegime.MarketplaceFacilitatorCollects);
        Assert.Throws<InvalidOperationException>(() => us.CombinedStandardRate("CA"));
        Assert.Throws<RecordNotInForceException>(() => Markets.Default.GetStandardVatRate("US", December2025));
        Assert.False(Markets.Default.TryGetStandardVatRate("US", December2025, out _));
    }

    [Fact]
    public void A_date_before_the_data_begins_is_an_error_that_says_so()
    {
        var ex = Assert.Throws<RecordNotInForceException>(() => Markets.Default.GetStandardVatRate("FI", new LocalDate(2023, 12, 31)));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("2024-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RecordNotInForceException>(() => Markets.Default.For("FI").On(new LocalDate(2023, 12, 31)));
        Assert.False(Markets.Default.For("FI").TryOn(new LocalDate(2023, 12, 31), out _));
        Assert.False(Markets.Default.TryGetStandardVatRate("FI", new LocalDate(2023, 12, 31), out _));
    }

    [Fact]
    public void Users_can_override_a_rate_for_a_period()
    {
        var own = new VatRate("DE", "", VatRate.StandardCategory, VatRateKind.Standard, Percentage.FromPercent(16m), null, false, "temporary cut (what-if)", EffectivePeriod.Between(new LocalDate(2027, 1, 1), new LocalDate(2027, 6, 30)), Source.UserSupplied("Scenario", new LocalDate(2026, 11, 25)));
        Markets markets = Markets.Default.WithVatRates(new[] { own });
        Assert.Equal(16m, markets.GetStandardVatRate("DE", new LocalDate(2027, 3, 1)).Rate.Percent);
        Assert.Equal(19m, markets.GetStandardVatRate("DE", new LocalDate(2027, 7, 1)).Rate.Percent);
        Assert.Equal(19m, markets.GetStandardVatRate("DE", new LocalDate(2026, 12, 31)).Rate.Percent);
        Assert.Equal(19m, Markets.Default.GetStandardVatRate("DE", new LocalDate(2027, 3, 1)).Rate.Percent);
    }

    [Fact]
    public void A_rate_outside_0_to_100_percent_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VatRate("DE", "", "standard", VatRateKind.Standard, Percentage.FromPercent(101m), null, false, null, EffectivePeriod.Always, Source.UserSupplied("x", default)));
    }

    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, (int)Period.Between(new LocalDate(2024, 1, 1), new LocalDate(2030, 12, 31), PeriodUnits.Days).Days)
            .Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(VatRateTests) })]
    public bool Every_country_with_a_standard_rate_has_exactly_one_in_force_on_every_day_from_2024(LocalDate date)
    {
        foreach (var group in Markets.Default.VatRates.Where(r => r.Category == VatRate.StandardCategory && r.Region.Length == 0).GroupBy(r => r.Country))
        {
            if (group.Count(r => r.Period.Contains(date)) != 1 || !Markets.Default.TryGetStandardVatRate(group.Key, date, out VatRate? found) || !found.Period.Contains(date))
            {
                return false;
            }
        }

        return true;
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
