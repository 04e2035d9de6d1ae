using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Customs;

public class ImportRulesTests
{
    [Fact]
    public void Sample_rules_describe_the_five_destinations()
    {
        var date = new LocalDate(2026, 11, 25);
        ImportRules de = ImportRulesTable.Sample.GetRules("DE", date);
        Assert.Equal(ValuationBasis.Cif, de.Valuation);
        Assert.Equal("EU", de.CustomsTerritory.Value);
        Assert.Equal(Percentage.FromPercent(19), de.VatRate);
        Assert.Equal(ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.TransportToDestination, de.VatBase);
        Assert.Null(de.DutyDeMinimis); // EUR 150 relief removed from 2026-07-01 …
        Assert.Equal(Money.Of(3, Currency.EUR), de.LowValueFlatDuty!.PerSubheading); // … replaced by EUR 3 per item category
        Assert.Contains("IOSS", de.LowValueScheme!.Name, StringComparison.Ordinal);

        Assert.Equal(Money.Of(150, Currency.EUR), ImportRulesTable.Sample.GetRules("DE", new LocalDate(2026, 6, 30)).DutyDeMinimis!.Threshold);
        Assert.Equal(Money.Of(135, Currency.GBP), ImportRulesTable.Sample.GetRules("GB", date).LowValueScheme!.Ceiling);

        ImportRules us = ImportRulesTable.Sample.GetRules("US", date);
        Assert.Equal(ValuationBasis.Fob, us.Valuation);
        Assert.Null(us.VatRate);
        Assert.Equal(ImportVatBase.None, us.VatBase);
        Assert.False(us.DutyDeMinimis!.Relieves(Money.Of(0.01m, Currency.USD))); // suspended from 2025-08-29
        Assert.True(ImportRulesTable.Sample.GetRules("US", new LocalDate(2025, 8, 28)).DutyDeMinimis!.Relieves(Money.Of(800, Currency.USD)));

        ImportRules ca = ImportRulesTable.Sample.GetRules("CA", date);
        Assert.Equal(ImportVatBase.CustomsValue | ImportVatBase.Duty, ca.VatBase);
        ImportRules au = ImportRulesTable.Sample.GetRules("AU", date);
        Assert.Equal(ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.InternationalTransportAndInsurance, au.VatBase);
        Assert.Equal(Percentage.FromPercent(10), au.VatRate);
    }

    [Fact]
    public void Unknown_destinations_and_dates_throw()
    {
        Assert.Throws<RecordNotInForceException>(() => ImportRulesTable.Sample.GetRules("JP", new LocalDate(2026, 1, 1)));
        Assert.Throws<RecordNotInForceException>(() => ImportRulesTable.Sample.GetRules("DE", new LocalDate(2019, 1, 1)));
        Assert.False(ImportRulesTable.Sample.TryGetRules("JP", new LocalDate(2026, 1, 1), out _));
    }

    [Fact]
    public void Rules_validate_their_facts()
    {
        Source src = Source.UserSupplied("test", new LocalDate(2026, 1, 1));
        Assert.Equal("vatRate", Assert.Throws<ArgumentException>(() => new ImportRules("DE", Currency.EUR, ValuationBasis.Cif, src, ImportVatBase.CustomsValue, null, src, EffectivePeriod.Always)).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => new ImportRules("DE", Currency.EUR, ValuationBasis.Cif, src, ImportVatBase.None, null, null, EffectivePeriod.Always, dutyDeMinimis: new DeMinimis(Money.Of(1, Currency.USD), DeMinimisBasis.IntrinsicValue, src)));
    }

    [Fact]
    public void Export_rebate_is_price_excluding_vat_times_rebate_rate()
    {
        // CNY 113 including 13% VAT → 100 excluding VAT → 13% rebate = CNY 13.
        var rebate = new ExportVatRebate(Percentage.FromPercent(13), Percentage.FromPercent(13), "test");
        Assert.Equal(Money.Of(13, Currency.CNY), rebate.Compute(Money.Of(113, Currency.CNY)));
        Assert.Equal("rebateRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExportVatRebate(Percentage.FromPercent(14), Percentage.FromPercent(13), "x")).ParamName);
    }

    [Fact]
    public void Insurance_premium_on_110_percent_of_cif_includes_itself()
    {
        // CFR 10 000, 0.3% × 110%: premium = 33 / (1 − 0.0033) = 33.109…; then premium = 0.33% × (CFR + premium).
        Money premium = CargoInsurance.EstimatePremium(Money.Of(10_000, Currency.USD), Percentage.FromPercent(0.3m), Percentage.FromPercent(110));
        Assert.Equal(premium.Amount, 0.0033m * (10_000m + premium.Amount), 20);
    }
}
