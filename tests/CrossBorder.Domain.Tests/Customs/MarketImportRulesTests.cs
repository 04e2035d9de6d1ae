using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Customs;

/// <summary>Import rules derived from the markets dataset, checked against the facts the markets tests cite and against the
/// hand-written sample table the landed-cost worked examples use.</summary>
public class MarketImportRulesTests
{
    private static readonly MarketImportRules Rules = MarketImportRules.Default;

    [Fact]
    public void Germany_before_july_2026_has_cif_19_percent_and_the_eur_150_duty_relief_under_ioss()
    {
        ImportRules de = Rules.GetRules("DE", new LocalDate(2026, 1, 15));

        Assert.Equal(ValuationBasis.Cif, de.Valuation);
        Assert.Equal(Currency.EUR, de.Currency);
        Assert.Equal(Percentage.FromPercent(19m), de.VatRate);
        Assert.True(de.VatBase.HasFlag(ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.TransportToDestination));
        Assert.Equal("EU", de.CustomsTerritory.Value);
        Assert.Equal(Money.Of(150m, Currency.EUR), de.DutyDeMinimis!.Threshold);
        Assert.Equal(DeMinimisBasis.IntrinsicValue, de.DutyDeMinimis.Basis);
        Assert.Null(de.TaxDeMinimis);
        Assert.Equal("IOSS", de.LowValueScheme!.Name);
        Assert.Null(de.LowValueFlatDuty);
        Assert.Equal(new LocalDate(2026, 6, 30), de.Period.ValidTo);
        Assert.True(de.Period.Contains(new LocalDate(2026, 1, 15)));
    }

    [Fact]
    public void Germany_from_july_2026_loses_the_duty_relief_and_gets_the_eur_3_flat_duty()
    {
        ImportRules de = Rules.GetRules("DE", new LocalDate(2026, 7, 1));

        Assert.Null(de.DutyDeMinimis);
        Assert.Equal(Money.Of(3m, Currency.EUR), de.LowValueFlatDuty!.PerSubheading);
        Assert.Equal(Money.Of(150m, Currency.EUR), de.LowValueFlatDuty.Ceiling);
        Assert.Equal(new LocalDate(2026, 7, 1), de.Period.ValidFrom);
    }

    [Fact]
    public void Finland_import_vat_follows_the_rate_change_of_september_2024()
    {
        Assert.Equal(Percentage.FromPercent(24m), Rules.GetRules("FI", new LocalDate(2024, 6, 1)).VatRate);
        Assert.Equal(Percentage.FromPercent(25.5m), Rules.GetRules("FI", new LocalDate(2024, 9, 1)).VatRate);
    }

    [Fact]
    public void United_states_has_fob_no_import_vat_and_no_de_minimis_after_the_suspension()
    {
        ImportRules before = Rules.GetRules("US", new LocalDate(2025, 6, 1));
        ImportRules after = Rules.GetRules("US", new LocalDate(2026, 11, 25));

        Assert.Equal(ValuationBasis.Fob, after.Valuation);
        Assert.Equal(ImportVatBase.None, after.VatBase);
        Assert.Null(after.VatRate);
        Assert.Equal(Money.Of(800m, Currency.USD), before.DutyDeMinimis!.Threshold);
        Assert.Null(after.DutyDeMinimis);
        Assert.Null(after.TaxDeMinimis);
    }

    [Fact]
    public void Poland_needs_an_exchange_rate_for_the_eur_threshold_and_converts_it_when_given_one()
    {
        var date = new LocalDate(2026, 3, 2);
        Assert.Throws<CurrencyMismatchException>(() => Rules.GetRules("PL", date));
        Assert.False(Rules.TryGetRules("PL", date, out _));

        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.FromCode("PLN"), 4.2155m, date) });
        ImportRules pl = new MarketImportRules(Markets.Default, rates).GetRules("PL", date);

        // 150 × 4.2155 = 632.325, rounded half to even to the grosz.
        Assert.Equal(Money.Of(632.32m, Currency.FromCode("PLN")), pl.DutyDeMinimis!.Threshold);
        Assert.Equal(Percentage.FromPercent(23m), pl.VatRate);
    }

    [Fact]
    public void A_country_with_import_gst_but_no_recorded_base_is_refused_not_guessed()
    {
        var ex = Assert.Throws<RecordNotInForceException>(() => Rules.GetRules("NZ", new LocalDate(2026, 1, 1)));
        Assert.Equal("destination", ex.ParamName);
        Assert.Contains("import-VAT base", ex.Message, StringComparison.Ordinal);
        Assert.False(Rules.TryGetRules("NZ", new LocalDate(2026, 1, 1), out _));
    }

    [Fact]
    public void Dates_before_the_valuation_data_begins_and_unknown_countries_are_refused()
    {
        Assert.Throws<RecordNotInForceException>(() => Rules.GetRules("DE", new LocalDate(2023, 12, 31)));
        Assert.False(Rules.TryGetRules("DE", new LocalDate(2023, 12, 31), out _));
        Assert.Throws<UnknownCountryException>(() => Rules.GetRules("XX", new LocalDate(2026, 1, 1)));
        Assert.False(Rules.TryGetRules("XX", new LocalDate(2026, 1, 1), out _));
    }

    [Theory]
    [InlineData("DE", "2026-11-25")]
    [InlineData("GB", "2026-04-01")]
    [InlineData("CA", "2026-05-04")]
    [InlineData("AU", "2026-02-10")]
    [InlineData("US", "2026-09-15")]
    public void Derived_rules_agree_with_the_hand_written_sample_on_every_figure_the_calculator_uses(string country, string isoDate)
    {
        LocalDate date = NodaTime.Text.LocalDatePattern.Iso.Parse(isoDate).Value;
        ImportRules derived = Rules.GetRules(country, date);
        ImportRules sample = ImportRulesTable.Sample.GetRules(country, date);

        Assert.Equal(sample.Valuation, derived.Valuation);
        Assert.Equal(sample.Currency, derived.Currency);
        Assert.Equal(sample.VatRate, derived.VatRate);
        Assert.Equal(sample.CustomsTerritory, derived.CustomsTerritory);
        Assert.Equal(sample.DutyDeMinimis?.Threshold.Amount ?? 0m, derived.DutyDeMinimis?.Threshold.Amount ?? 0m);
        Assert.Equal(sample.TaxDeMinimis?.Threshold.Amount, derived.TaxDeMinimis?.Threshold.Amount);
        Assert.Equal(sample.LowValueScheme?.Ceiling, derived.LowValueScheme?.Ceiling);
        Assert.Equal(sample.LowValueFlatDuty?.PerSubheading, derived.LowValueFlatDuty?.PerSubheading);
        const ImportVatBase Parts = ImportVatBase.CustomsValue | ImportVatBase.Duty | ImportVatBase.TransportToDestination | ImportVatBase.InternationalTransportAndInsurance;
        Assert.Equal(sample.VatBase & Parts, derived.VatBase & Parts);
    }

    [Fact]
    public void Landed_cost_through_the_markets_gives_the_zoll_de_worked_example()
    {
        // Same Generalzolldirektion example as LandedCost.WorkedExampleTests, with the rules taken from the markets dataset.
        var date = new LocalDate(2026, 11, 25);
        var calc = new LandedCostCalculator(Rules, Tests.LandedCost.WorkedExampleTests.Schedule("EU", 2m), new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var shipment = new Shipment(
            new[] { Tests.LandedCost.WorkedExampleTests.Line(10_000m, Currency.EUR, origin: "US") }, "US", "DE", Incoterm.EXW,
            FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(1_200m, Currency.EUR), "sea freight Boston–Rotterdam"), date, Currency.EUR,
            onCarriage: Money.Of(300m, Currency.EUR), sellerVatRegistered: false);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(Money.Of(11_200m, Currency.EUR), r.CustomsValue);
        Assert.Equal(Money.Of(10_000m + 1_200m + 300m + 2_451.56m, Currency.EUR), r.Total);
    }

    [Fact]
    public void Derived_rules_are_kept_per_destination_and_date_and_equal_a_fresh_derivation()
    {
        var date = new LocalDate(2026, 7, 1);
        var provider = new MarketImportRules(Markets.Default);
        ImportRules first = provider.GetRules("DE", date);
        Assert.Same(first, provider.GetRules("DE", date));
        Assert.True(provider.TryGetRules("DE", date, out ImportRules? again));
        Assert.Same(first, again);
        Assert.Equal(new MarketImportRules(Markets.Default).GetRules("DE", date), first);
        Assert.NotSame(first, provider.GetRules("DE", date.PlusDays(1)));
    }
}
