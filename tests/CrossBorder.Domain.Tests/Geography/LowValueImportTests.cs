using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// De-minimis and low-value regimes. Sources (see low-value-imports.json): Executive Order 14324, 90 FR 37775 (US de minimis
/// suspended for all countries from 2025-08-29); Agencia Tributaria IOSS guide and Lithuanian Customs (EU); GOV.UK (UK GBP 135);
/// Home Affairs (AU AUD 1,000); CBSA (Canada, CUSMA thresholds); BAZG (Switzerland CHF 5 tax floor); Japan Customs 1006.
/// </summary>
public class LowValueImportTests
{
    [Fact]
    public void United_states_de_minimis_applies_until_2025_08_28_and_is_suspended_from_2025_08_29()
    {
        LowValueImportRule before = Markets.Default.GetLowValueImport("US", new LocalDate(2025, 8, 28));
        Assert.Equal(Money.Of(800m, "USD"), before.DutyFreeUpTo);
        Assert.Equal(RuleStatus.InForce, before.Status);
        Assert.Equal(ThresholdBasis.FairRetailValuePerPersonPerDay, before.Basis);
        Assert.True(before.IsDutyFree(Money.Of(799.99m, "USD")));

        LowValueImportRule after = Markets.Default.GetLowValueImport("US", new LocalDate(2025, 8, 29));
        Assert.Equal(RuleStatus.Suspended, after.Status);
        Assert.Null(after.DutyFreeUpTo); // the suspension is modelled, not the old value
        Assert.Null(after.TaxFreeUpTo);
        Assert.False(after.IsDutyFree(Money.Of(1m, "USD")));
        Assert.Equal("https://www.govinfo.gov/content/pkg/FR-2025-08-05/html/2025-14897.htm", after.Source.Address);
    }

    [Fact]
    public void Eu_members_use_the_union_rule_no_vat_de_minimis_ioss_and_duty_relief_until_july_2026()
    {
        LowValueImportRule de2025 = Markets.Default.For("DE").On(new LocalDate(2025, 12, 1)).LowValueImport!;
        Assert.Equal(Markets.EuropeanUnion, de2025.Country);
        Assert.Null(de2025.TaxFreeUpTo);
        Assert.Equal(Money.Of(150m, "EUR"), de2025.DutyFreeUpTo);
        Assert.Equal(Money.Of(150m, "EUR"), de2025.PointOfSaleCollectionUpTo);
        Assert.Equal("IOSS", de2025.Scheme);
        Assert.Equal(TaxCollector.MarketplaceOrSeller, de2025.Collector);
        Assert.Equal(ThresholdBasis.IntrinsicValuePerConsignment, de2025.Basis);
        Assert.False(de2025.IsTaxFree(Money.Of(1m, "EUR")));

        LowValueImportRule fr2026 = Markets.Default.GetLowValueImport("FR", new LocalDate(2026, 7, 1));
        Assert.Null(fr2026.DutyFreeUpTo);
        Assert.Equal(Money.Of(3m, "EUR"), fr2026.FlatDutyPerItemCategory);
        Assert.Equal(Money.Of(150m, "EUR"), Markets.Default.GetLowValueImport("FR", new LocalDate(2026, 6, 30)).DutyFreeUpTo);
    }

    [Theory]
    [InlineData("GB", "GBP", 135, null, "UK-135")]
    [InlineData("AU", "AUD", 1000, 1000, "AU-LVG")]
    [InlineData("NZ", "NZD", 1000, 1000, "NZ-LVG")]
    [InlineData("JP", "JPY", 10000, 10000, null)]
    [InlineData("CA", "CAD", 20, 20, null)]
    [InlineData("CH", "CHF", null, 62, null)]
    public void National_thresholds_keep_duty_and_tax_apart_in_local_currency(string country, string currency, int? duty, int? tax, string? scheme)
    {
        LowValueImportRule rule = Markets.Default.GetLowValueImport(country, new LocalDate(2025, 12, 1));
        Assert.Equal(duty is null ? null : Money.Of(duty.Value, currency), rule.DutyFreeUpTo);
        Assert.Equal(tax is null ? null : Money.Of(tax.Value, currency), rule.TaxFreeUpTo);
        Assert.Equal(scheme, rule.Scheme);
    }

    [Fact]
    public void Canada_keeps_the_cusma_courier_thresholds_as_a_variant()
    {
        LowValueImportRule courier = Markets.Default.GetLowValueImport("CA", new LocalDate(2025, 12, 1), "cusma-courier");
        Assert.Equal(Money.Of(150m, "CAD"), courier.DutyFreeUpTo);
        Assert.Equal(Money.Of(40m, "CAD"), courier.TaxFreeUpTo);
        Assert.False(Markets.Default.TryGetLowValueImport("CA", new LocalDate(2025, 12, 1), out _, "no-such-variant"));
    }

    [Fact]
    public void Norway_voec_and_the_end_of_the_nok_350_exemption()
    {
        Assert.Equal(Money.Of(350m, "NOK"), Markets.Default.GetLowValueImport("NO", new LocalDate(2023, 12, 31)).TaxFreeUpTo);
        LowValueImportRule voec = Markets.Default.GetLowValueImport("NO", new LocalDate(2024, 1, 1));
        Assert.Null(voec.TaxFreeUpTo);
        Assert.Equal(Money.Of(3000m, "NOK"), voec.PointOfSaleCollectionUpTo);
        Assert.Equal("VOEC", voec.Scheme);
    }

    [Fact]
    public void Comparing_a_value_in_another_currency_is_an_error_not_a_silent_answer()
    {
        LowValueImportRule uk = Markets.Default.GetLowValueImport("GB", new LocalDate(2025, 12, 1));
        Assert.Throws<CurrencyMismatchException>(() => uk.IsDutyFree(Money.Of(100m, "EUR")));
    }

    [Fact]
    public void Users_can_record_their_own_threshold()
    {
        var own = new LowValueImportRule("GB", LowValueImportRule.DefaultVariant, Money.Of(100m, "GBP"), null, Money.Of(100m, "GBP"), "UK-135", TaxCollector.MarketplaceOrSeller, ThresholdBasis.IntrinsicValuePerConsignment, RuleStatus.Announced, null, "what-if", EffectivePeriod.From(new LocalDate(2027, 1, 1)), Source.UserSupplied("Scenario", new LocalDate(2026, 11, 25)));
        Markets markets = Markets.Default.WithLowValueImportRules(new[] { own });
        Assert.Equal(Money.Of(100m, "GBP"), markets.GetLowValueImport("GB", new LocalDate(2027, 2, 1)).DutyFreeUpTo);
        Assert.Equal(RuleStatus.Announced, markets.GetLowValueImport("GB", new LocalDate(2027, 2, 1)).Status);
        Assert.Equal(Money.Of(135m, "GBP"), markets.GetLowValueImport("GB", new LocalDate(2026, 12, 31)).DutyFreeUpTo);
    }

    [Fact]
    public void A_country_without_a_rule_has_none_rather_than_a_zero()
    {
        Assert.Null(Markets.Default.For("AQ").On(new LocalDate(2025, 1, 1)).LowValueImport);
        Assert.False(Markets.Default.TryGetLowValueImport("AQ", new LocalDate(2025, 1, 1), out _));
        Assert.Throws<RecordNotInForceException>(() => Markets.Default.GetLowValueImport("AQ", new LocalDate(2025, 1, 1)));
    }
}
