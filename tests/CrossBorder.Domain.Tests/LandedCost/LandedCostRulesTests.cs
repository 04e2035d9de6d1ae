using System;
using System.Collections.Generic;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.LandedCost;

public class LandedCostRulesTests
{
    private static readonly ExchangeRateTable NoRates = new(Array.Empty<ExchangeRate>());
    private static Money Eur(decimal a) => Money.Of(a, Currency.EUR);

    private static Shipment Parcel(LocalDate date, bool scheme, params ShipmentLine[] lines) =>
        new(lines, "CN", "DE", Incoterm.DAP, FreightQuote.Fixed(FreightMode.EcommerceLine, Eur(6), "e-commerce line"), date, Currency.EUR, sellerVatRegistered: false, useLowValueScheme: scheme);

    private static ShipmentLine Tee(decimal price, string hs = "6109100010") => new("TEE", HsCode.Parse(hs), "CN", 1, Eur(price), Mass.FromGrams(200));

    [Fact]
    public void Eu_parcel_before_july_2026_is_relieved_of_duty_up_to_150_eur_intrinsic_value()
    {
        // DHL Germany: customs duty applies from a goods value exceeding EUR 150 (EUR 150 relief, until 2026-06-30).
        LandedCostResult r = LandedCostCalculator.WithSamples(NoRates).Calculate(Parcel(new LocalDate(2026, 3, 2), false, Tee(40)));
        CostNode duty = r.Breakdown.Children.Single(c => c.Kind == CostKind.Duty);
        Assert.True(duty.Amount.IsZero);
        Assert.StartsWith("relieved", duty.Rule, StringComparison.Ordinal);
        Assert.Contains("dhl.de", duty.Source!.Address, StringComparison.Ordinal);
    }

    [Fact]
    public void Eu_parcel_from_july_2026_pays_3_eur_per_distinct_subheading()
    {
        // Lithuanian Customs: EUR 3 per item category (distinct tariff subheading) in consignments up to EUR 150 from 2026-07-01.
        LandedCostResult r = LandedCostCalculator.WithSamples(NoRates).Calculate(
            Parcel(new LocalDate(2026, 11, 25), false, Tee(20), Tee(15), Tee(30, "9503004990")));
        Assert.Equal(Eur(6), r.Breakdown.Children.Single(c => c.Kind == CostKind.Duty).Amount);
    }

    [Fact]
    public void Ioss_parcel_has_no_import_vat_at_the_border_and_says_why()
    {
        LandedCostResult r = LandedCostCalculator.WithSamples(NoRates).Calculate(Parcel(new LocalDate(2026, 11, 25), true, Tee(40)));
        CostNode vat = r.Breakdown.Children.Single(c => c.Kind == CostKind.ImportVat);
        Assert.True(vat.Amount.IsZero);
        Assert.Contains("IOSS", vat.Rule, StringComparison.Ordinal);

        LandedCostResult without = LandedCostCalculator.WithSamples(NoRates).Calculate(Parcel(new LocalDate(2026, 11, 25), false, Tee(40)));
        // DAP: the EUR 6 transport is inside the EUR 40 price; CIF customs value 40; VAT 19 % × (40 + EUR 3 flat duty) = 8.17.
        Assert.Equal(Eur(8.17m), without.Breakdown.Children.Single(c => c.Kind == CostKind.ImportVat).Amount);
    }

    [Fact]
    public void Us_parcels_after_august_2025_pay_duty_de_minimis_is_suspended()
    {
        var line = new ShipmentLine("TEE", HsCode.Parse("6109100010"), "VN", 1, Money.Of(30, Currency.USD), Mass.FromGrams(200));
        Shipment parcel(LocalDate d) => new(new[] { line }, "VN", "US", Incoterm.FCA, FreightQuote.Fixed(FreightMode.Postal, Money.Of(8, Currency.USD), "post"), d, Currency.USD);
        LandedCostCalculator calc = LandedCostCalculator.WithSamples(NoRates);
        Assert.True(calc.Calculate(parcel(new LocalDate(2025, 8, 28))).Breakdown.Children.Single(c => c.Kind == CostKind.Duty).Amount.IsZero);
        // From 2025-08-29 (EO 14324): 16.5 % of the FOB value USD 30 = 4.95, and an informal-entry MPF of USD 2.69.
        LandedCostResult after = calc.Calculate(parcel(new LocalDate(2026, 2, 2)));
        Assert.Equal(Money.Of(4.95m, Currency.USD), after.Breakdown.Children.Single(c => c.Kind == CostKind.Duty).Amount);
        Assert.Equal(Money.Of(2.69m, Currency.USD), after.Breakdown.Children.Single(c => c.Kind == CostKind.Fee).Amount);
    }

    [Fact]
    public void Ddp_purchase_shows_duties_but_does_not_count_them()
    {
        var date = new LocalDate(2026, 9, 15);
        var line = new ShipmentLine("TEE", HsCode.Parse("6109100010"), "CN", 100, Money.Of(8, Currency.USD), Mass.FromGrams(200));
        var s = new Shipment(new[] { line }, "CN", "US", Incoterm.DDP, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(100, Currency.USD), "air"), date, Currency.USD);
        LandedCostResult r = LandedCostCalculator.WithSamples(NoRates).Calculate(s);
        Assert.False(r.Breakdown.Children.Single(c => c.Kind == CostKind.Duty).Counted);
        Assert.Equal(Money.Of(800, Currency.USD), r.Total); // freight is inside the DDP price; duties paid by the supplier
        Assert.Equal(100, r.Units);
        Assert.Equal(Money.Of(8, Currency.USD), r.AveragePerUnit);
        Assert.Empty(s.Fees); // no fees given: an empty list, not null
    }

    [Fact]
    public void Export_rebate_is_its_own_negative_line()
    {
        var date = new LocalDate(2026, 9, 15);
        var rates = new ExchangeRateTable(new[] { new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, date) });
        var line = new ShipmentLine("MUG", HsCode.Parse("3924102000"), "CN", 100, Money.Of(11.3m, Currency.CNY), Mass.FromGrams(300),
            exportRebate: new ExportVatRebate(Percentage.FromPercent(13), Percentage.FromPercent(13), "user-supplied rebate rate"));
        var s = new Shipment(new[] { line }, "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(0, Currency.USD), "none"), date, Currency.CNY);
        LandedCostResult r = LandedCostCalculator.WithSamples(rates).Calculate(s);
        CostNode rebate = r.Breakdown.Children.Single(c => c.Kind == CostKind.Rebate);
        Assert.Equal(Money.Of(-130m, Currency.CNY), rebate.Amount); // 1 130 / 1.13 × 13 %
        Assert.Equal(Money.Of(130m, Currency.CNY), r.Lines[0].Rebate);
        LineLandedCost l = r.Lines[0];
        Money before = l.Goods + l.Freight + l.Insurance + l.OnCarriage + l.Duty + l.AdditionalDuty + l.ImportVat + l.Fees;
        Assert.Equal(before - Money.Of(130m, Currency.CNY), l.Total); // the rebate lowers the line's total
        Assert.Equal(r.Total, l.Total);
    }

    [Fact]
    public void A_channel_cost_needs_at_least_one_part()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ChannelCost(FulfilmentChannel.Fba, Array.Empty<KeyValuePair<string, Money>>(), "none"));
        Assert.Equal("parts", ex.ParamName);
    }

    [Fact]
    public void Breakdown_explains_itself()
    {
        var date = new LocalDate(2026, 9, 15);
        var line = new ShipmentLine("TEE", HsCode.Parse("6109100010"), "CN", 10, Money.Of(5, Currency.USD), Mass.FromGrams(200));
        var s = new Shipment(new[] { line }, "CN", "US", Incoterm.FOB, FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(40, Currency.USD), "air"), date, Currency.USD);
        string tree = LandedCostCalculator.WithSamples(NoRates).Calculate(s).Breakdown.ToTreeString();
        Assert.Contains("16.5%", tree, StringComparison.Ordinal);
        Assert.Contains("9903.88.15", tree, StringComparison.Ordinal);
        Assert.Contains("as of 2026-09-15", tree, StringComparison.Ordinal);
    }
}
