using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

/// <summary>Worked examples published by customs authorities (or quoting them), recomputed through the whole pipeline.</summary>
public class WorkedExampleTests
{
    private static readonly Source Test = Source.UserSupplied("rate used in the official example", new LocalDate(2026, 1, 1));

    internal static TariffSchedule Schedule(CountryCode territory, decimal percent) =>
        new(new[] { new TariffLine(territory, "95", "example goods", DutyRate.AdValoremRate(Percentage.FromPercent(percent)), EffectivePeriod.Always, Test) });

    internal static ShipmentLine Line(decimal price, Currency currency, string origin = "CN", int quantity = 1) =>
        new("SKU-1", HsCode.Parse("950300"), origin, quantity, Money.Of(price, currency), Mass.FromKilograms(1));

    private static Money M(decimal a, Currency c) => Money.Of(a, c);

    private static CostNode Category(LandedCostResult r, CostKind kind) => r.Breakdown.Children.Single(c => c.Kind == kind);

    [Fact]
    [UseCulture("tr-TR")]
    public void Germany_zoll_de_example_customs_value_duty_and_import_vat()
    {
        // Generalzolldirektion, "Einfuhrumsatzsteuer – Bemessungsgrundlage, Beispiel" (zoll.de): ex-works 10 000 EUR, freight to
        // Rotterdam 1 200 EUR, Rotterdam–Berlin 300 EUR, fictitious duty 2 %, EUSt 19 % → customs value 11 200, duty 224.00,
        // EUSt base 11 724, EUSt 2 227.56, total import charges 2 451.56.
        var date = new LocalDate(2026, 11, 25);
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, Schedule("EU", 2m), new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var shipment = new Shipment(
            new[] { Line(10_000m, Currency.EUR, origin: "US") }, "US", "DE", Incoterm.EXW,
            FreightQuote.Fixed(FreightMode.SeaLcl, M(1_200m, Currency.EUR), "sea freight Boston–Rotterdam"), date, Currency.EUR,
            onCarriage: M(300m, Currency.EUR), sellerVatRegistered: false);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(M(11_200m, Currency.EUR), r.CustomsValue);
        Assert.Equal(M(224.00m, Currency.EUR), Category(r, CostKind.Duty).Amount);
        CostNode vat = Category(r, CostKind.ImportVat);
        Assert.Equal(M(11_724m, Currency.EUR), vat.AppliedTo);
        Assert.Equal(M(2_227.56m, Currency.EUR), vat.Amount);
        Assert.Equal(M(2_451.56m, Currency.EUR), Category(r, CostKind.Duty).Amount + vat.Amount);
        Assert.Equal(M(10_000m + 1_200m + 300m + 2_451.56m, Currency.EUR), r.Total);
        Assert.Contains("zoll.de", vat.Source!.Address, StringComparison.Ordinal);
    }

    [Fact]
    public void Germany_vat_registered_importer_does_not_count_recoverable_import_vat()
    {
        var date = new LocalDate(2026, 11, 25);
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, Schedule("EU", 2m), new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var shipment = new Shipment(
            new[] { Line(10_000m, Currency.EUR, origin: "US") }, "US", "DE", Incoterm.EXW,
            FreightQuote.Fixed(FreightMode.SeaLcl, M(1_200m, Currency.EUR), "sea"), date, Currency.EUR,
            onCarriage: M(300m, Currency.EUR), sellerVatRegistered: true);
        LandedCostResult r = calc.Calculate(shipment);
        Assert.Equal(M(2_227.56m, Currency.EUR), r.RecoverableVat);
        Assert.False(Category(r, CostKind.ImportVat).Counted);
        Assert.Equal(M(10_000m + 1_200m + 300m + 224m, Currency.EUR), r.Total);
    }

    [Fact]
    public void Canada_cbsa_example_value_for_duty_duty_and_gst()
    {
        // CBSA example (quoted verbatim, see docs/data-sources.md): value US$100, US$1 = CAN$1.15 → value for duty CAN$115;
        // duty 4 % = $4.60; value for tax $119.60; GST 5 % = $5.98; total $10.58.
        var date = new LocalDate(2026, 5, 4);
        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.USD, Currency.CAD, 1.15m, date) });
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, Schedule("CA", 4m), rates);
        var shipment = new Shipment(new[] { Line(100m, Currency.USD) }, "CN", "CA", Incoterm.FOB,
            FreightQuote.Fixed(FreightMode.Express, M(0m, Currency.USD), "freight not part of the example"), date, Currency.CAD, sellerVatRegistered: false);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(M(115.00m, Currency.CAD), r.CustomsValue);
        Assert.Equal(M(4.60m, Currency.CAD), Category(r, CostKind.Duty).Amount);
        Assert.Equal(M(119.60m, Currency.CAD), Category(r, CostKind.ImportVat).AppliedTo);
        Assert.Equal(M(5.98m, Currency.CAD), Category(r, CostKind.ImportVat).Amount);
        Assert.Equal(M(115m + 10.58m, Currency.CAD), r.Total);
    }

    [Fact]
    public void Australia_customs_example_duty_on_fob_and_gst_on_the_value_of_the_taxable_importation()
    {
        // Australian Customs "How is duty and GST calculated?" (quoted, see docs/data-sources.md): amplifier US$1 274, A$1 = US$0.91,
        // postage and insurance US$118.30 → customs value A$1 400; P&I A$130; duty 5 % = A$70; VoTI A$1 600; GST 10 % = A$160.
        var date = new LocalDate(2026, 2, 10);
        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.AUD, Currency.USD, 0.91m, date) });
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, Schedule("AU", 5m), rates);
        var shipment = new Shipment(new[] { Line(1_274m, Currency.USD, origin: "US") }, "US", "AU", Incoterm.FCA,
            FreightQuote.Fixed(FreightMode.Postal, M(118.30m, Currency.USD), "postage and insurance"), date, Currency.AUD, sellerVatRegistered: false);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(M(1_400.00m, Currency.AUD), r.CustomsValue);
        Assert.Equal(M(70.00m, Currency.AUD), Category(r, CostKind.Duty).Amount);
        Assert.Equal(M(1_600.00m, Currency.AUD), Category(r, CostKind.ImportVat).AppliedTo);
        Assert.Equal(M(160.00m, Currency.AUD), Category(r, CostKind.ImportVat).Amount);
        Assert.Equal(M(1_400m + 130m + 70m + 160m, Currency.AUD), r.Total);
    }

    [Fact]
    public void United_kingdom_cif_customs_value_with_duty_and_import_vat()
    {
        // Chamber Customs (secondary; no official GOV.UK numeric example was found): goods £500 + transport to Felixstowe £300 +
        // insurance £10 = customs value £810; duty 4 % = £32.40. Import VAT 20 % on £810 + £32.40 = £842.40 → £168.48.
        var date = new LocalDate(2026, 4, 1);
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, Schedule("GB", 4m), new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var shipment = new Shipment(new[] { Line(500m, Currency.GBP) }, "CN", "GB", Incoterm.EXW,
            FreightQuote.Fixed(FreightMode.SeaLcl, M(300m, Currency.GBP), "to Felixstowe"), date, Currency.GBP,
            insurance: InsuranceCover.Given(M(10m, Currency.GBP)), sellerVatRegistered: false);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(M(810m, Currency.GBP), r.CustomsValue);
        Assert.Equal(M(32.40m, Currency.GBP), Category(r, CostKind.Duty).Amount);
        Assert.Equal(M(168.48m, Currency.GBP), Category(r, CostKind.ImportVat).Amount);
        Assert.Equal(M(810m + 32.40m + 168.48m, Currency.GBP), r.Total);
    }

    [Fact]
    public void United_states_t_shirts_from_china_by_sea_with_section_301_mpf_and_hmf()
    {
        // Sample schedule: HTS 6109.10.00 16.5 % + Section 301 List 4A 7.5 % (9903.88.15); FOB basis; FY2026 MPF 0.3464 %
        // (min $33.58) and HMF 0.125 % (19 CFR 24.23, 24.24; CBP Dec. 25-10). Entered value $10 000 → MPF $34.64, HMF $12.50.
        var date = new LocalDate(2026, 9, 15);
        var calc = LandedCostCalculator.WithSamples(new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var line = new ShipmentLine("TEE-BLK-M", HsCode.Parse("6109100010"), "CN", 2_000, M(5m, Currency.USD), Mass.FromGrams(180));
        var shipment = new Shipment(new[] { line }, "CN", "US", Incoterm.FOB,
            FreightQuote.Fixed(FreightMode.SeaLcl, M(900m, Currency.USD), "LCL Yantian–Long Beach"), date, Currency.USD);

        LandedCostResult r = calc.Calculate(shipment);

        Assert.Equal(M(10_000m, Currency.USD), r.CustomsValue);
        Assert.Equal(M(1_650m, Currency.USD), Category(r, CostKind.Duty).Amount);
        Assert.Equal(M(750m, Currency.USD), Category(r, CostKind.AdditionalDuty).Amount);
        CostNode fees = Category(r, CostKind.Fee);
        Assert.Equal(M(34.64m, Currency.USD), fees.Children.Single(f => f.Label == "Merchandise Processing Fee").Amount);
        Assert.Equal(M(12.50m, Currency.USD), fees.Children.Single(f => f.Label == "Harbor Maintenance Fee").Amount);
        Assert.DoesNotContain(r.Breakdown.Children, c => c.Kind == CostKind.ImportVat);
        Assert.Equal(M(10_000m + 900m + 1_650m + 750m + 34.64m + 12.50m, Currency.USD), r.Total);
        Assert.Equal(r.Total / 2_000m, r.Lines[0].PerUnit);
    }
}
