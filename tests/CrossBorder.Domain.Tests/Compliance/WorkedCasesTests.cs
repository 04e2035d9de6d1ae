using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Tests.Support;
using NodaTime;
using static CrossBorder.Domain.Tests.Compliance.SampleProducts;

namespace CrossBorder.Domain.Tests.Compliance;

/// <summary>
/// The worked cases of issue 5. Each expectation cites the source the embedded rule rests on (see
/// src/CrossBorder.Domain/Data/Embedded/compliance-rules.json and docs/compliance.md).
/// </summary>
public class WorkedCasesTests
{
    private static readonly ComplianceRuleSet Rules = ComplianceRuleSet.Default;

    private static ComplianceReport Evaluate(Product product, string market, LocalDate? date = null) =>
        Rules.Evaluate(product, CountryCode.Parse(market), date ?? Today);

    private static string[] RequirementIds(ComplianceReport report) => report.Requirements.Select(c => c.Finding.RuleId).ToArray();

    // Speaker into DE: RED (incompliancemag.com, RED from 2016-06-13), LVD safety objectives (f2labs.com: RED requires the LVD
    // objectives regardless of voltage; LVD band 50–1000 V AC), RoHS (nemko.com, category 11 from 2019-07-22),
    // Battery Regulation CE from 2024-08-18 (conformery.com), GPSR responsible person from 2024-12-13 (GPSR Art. 4).
    [Fact]
    public void Speaker_into_Germany_needs_RED_LVD_RoHS_battery_CE_and_a_GPSR_responsible_person()
    {
        ComplianceReport report = Evaluate(Speaker(), "DE");
        Assert.Equal(new[] { "eu-battery-ce", "eu-ce-lvd", "eu-ce-red", "eu-ce-rohs", "eu-gpsr-responsible-person" }, RequirementIds(report));
        Assert.DoesNotContain(report.Requirements, c => c.Finding.RuleId == "eu-ce-emc"); // radio equipment: EMC is under RED
        Assert.All(report.Requirements, c => Assert.Equal(CheckStatus.Missing, c.Status));
        Assert.False(report.CanSell);
        ComplianceFinding red = report.Requirements.Single(c => c.Finding.RuleId == "eu-ce-red").Finding;
        Assert.Contains("Bluetooth 5.3", red.Reason, StringComparison.Ordinal);
        Assert.Equal("https://incompliancemag.com/new-european-union-directives-and-their-impact-on-notified-bodies/", red.Source.Address);
        Assert.Equal(new LocalDate(2016, 6, 13), red.Period.ValidFrom);
        Assert.Contains("100–240 V AC", report.Requirements.Single(c => c.Finding.RuleId == "eu-ce-lvd").Finding.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Obligations, c => c.Finding.RuleId == "de-packaging-lucid");
        Assert.Contains(report.Obligations, c => c.Finding.RuleId == "de-weee-ear");
        Assert.Contains(report.Obligations, c => c.Finding.RuleId == "de-battery-ear");
    }

    [Fact]
    public void Speaker_into_Germany_with_its_declarations_can_be_sold_and_a_RED_declaration_covers_the_LVD_objectives()
    {
        Product speaker = Speaker()
            .WithCertificate(Certificate("CE-RED"))
            .WithCertificate(Certificate("CE-ROHS"))
            .WithCertificate(Certificate("CE-BATTERY"))
            .WithCertificate(Certificate("EU-RESPONSIBLE-PERSON", "DE"));
        ComplianceReport report = Evaluate(speaker, "DE");
        Assert.True(report.CanSell);
        Assert.Equal(CertificateType.CeRed, report.Requirements.Single(c => c.Finding.RuleId == "eu-ce-lvd").Certificate!.Type);
    }

    [Fact]
    public void Speaker_requirements_follow_the_date_battery_CE_from_2024_08_18_and_GPSR_from_2024_12_13()
    {
        Assert.DoesNotContain("eu-battery-ce", RequirementIds(Evaluate(Speaker(), "DE", new LocalDate(2024, 8, 17))));
        Assert.Contains("eu-battery-ce", RequirementIds(Evaluate(Speaker(), "DE", new LocalDate(2024, 8, 18))));
        Assert.DoesNotContain("eu-gpsr-responsible-person", RequirementIds(Evaluate(Speaker(), "DE", new LocalDate(2024, 12, 12))));
        Assert.Contains("eu-gpsr-responsible-person", RequirementIds(Evaluate(Speaker(), "DE", new LocalDate(2024, 12, 13))));
    }

    // GB accepts CE indefinitely for the DBT regulations incl. radio equipment (osborneclarke.com); a UK contact is required (globalnorm.de).
    [Fact]
    public void Speaker_into_the_UK_accepts_UKCA_or_the_CE_RED_declaration()
    {
        ComplianceReport report = Evaluate(Speaker(), "GB");
        Assert.Equal(new[] { "gb-radio-equipment", "gb-responsible-person" }, RequirementIds(report));
        ComplianceReport withCe = Evaluate(Speaker().WithCertificate(Certificate("CE-RED")).WithCertificate(Certificate("UK-RESPONSIBLE-PERSON", "GB")), "GB");
        Assert.True(withCe.CanSell);
        ComplianceReport withUkca = Evaluate(Speaker().WithCertificate(Certificate("UKCA", "GB")).WithCertificate(Certificate("UK-RESPONSIBLE-PERSON", "GB")), "GB");
        Assert.True(withUkca.CanSell);
    }

    // FCC: intentional radiators need certification (conformery.com, 47 CFR 15.201); the host keeps its Subpart B SDoC duty (f2labs.com).
    [Fact]
    public void Speaker_into_the_US_needs_FCC_certification_and_an_SDoC()
    {
        ComplianceReport report = Evaluate(Speaker(), "US");
        Assert.Equal(new[] { "us-fcc-certification", "us-fcc-sdoc" }, RequirementIds(report));
        Assert.Contains(report.Obligations, c => c.Finding.RuleId == "us-amazon-liability-insurance");
    }

    // PSE circle for a speaker as "other audio equipment" (adachioffice.com); Giteki for Bluetooth (spilma.com).
    [Fact]
    public void Speaker_into_Japan_needs_PSE_and_Giteki()
    {
        Assert.Equal(new[] { "jp-pse-circle", "jp-radio-giteki" }, RequirementIds(Evaluate(Speaker(), "JP")));
    }

    // RCM via EESS (eess.gov.au) and ACMA compliance level 1 (legislation.gov.au, Compliance Labelling Notice 2014).
    [Fact]
    public void Speaker_into_Australia_needs_the_RCM_for_both_electrical_safety_and_radio()
    {
        ComplianceReport report = Evaluate(Speaker(), "AU");
        Assert.Equal(new[] { "au-acma-radio", "au-eess-rcm" }, RequirementIds(report));
        Assert.True(Evaluate(Speaker().WithCertificate(Certificate("RCM", "AU")), "AU").CanSell);
    }

    // PI 967 Section II (fedex.com), UPU 2013 rule: ≤ 4 cells / ≤ 2 batteries installed may go by post; UN 38.3 summary (dgsafetygroup.co.uk).
    [Fact]
    public void Speaker_ships_by_every_service_with_the_lithium_battery_conditions()
    {
        ComplianceReport report = Evaluate(Speaker(), "US");
        Assert.All(report.Services, v => Assert.True(v.IsAccepted, v.ToString()));
        Assert.All(report.Services, v => Assert.Contains(v.Conditions, c => c.Finding.RuleId == "ship-un38-3-test-summary"));
        Assert.Contains(report.For(ShippingService.PassengerAir).Conditions, c => c.Finding.RuleId == "ship-un3481-contained-air");
        Assert.Contains(report.For(ShippingService.Sea).Conditions, c => c.Finding.RuleId == "ship-lithium-sea-sp188");
        ComplianceCheck un383 = report.For(ShippingService.Postal).Conditions.Single();
        Assert.Equal(CheckStatus.Missing, un383.Status);
        Assert.Contains("20 Wh", un383.Finding.Reason, StringComparison.Ordinal);
        ComplianceReport tested = Evaluate(Speaker().WithCertificate(Certificate("UN38.3-TEST-SUMMARY")), "US");
        Assert.Equal(CheckStatus.Satisfied, tested.For(ShippingService.Postal).Conditions.Single().Status);
    }

    // CPSC: children's product certificate (cpsc.gov Testing & Certification) and tracking label (cpsc.gov/trackinglabel).
    [Fact]
    public void Plush_toy_into_the_US_needs_a_CPC_and_a_tracking_label()
    {
        ComplianceReport report = Evaluate(PlushToy(), "US");
        Assert.Equal(new[] { "us-cpsia-cpc", "us-cpsia-tracking-label" }, RequirementIds(report));
        Assert.Contains("age grade 36+ months", report.Requirements[0].Finding.Reason, StringComparison.Ordinal);
    }

    // Toy Safety Directive 2009/48/EC, applicable 2011-07-20 (toy safety brochure).
    [Fact]
    public void Plush_toy_into_the_EU_needs_the_toy_safety_CE_marking()
    {
        ComplianceReport report = Evaluate(PlushToy(), "FR");
        Assert.Contains("eu-ce-toy", RequirementIds(report));
        Assert.DoesNotContain(RequirementIds(report), id => id.StartsWith("eu-ce-r", StringComparison.Ordinal));
        Assert.All(report.Services, v => Assert.True(v.IsAccepted));
    }

    // FTC Textile Act (16 CFR 303) and EU Regulation 1007/2011 (ec.europa.eu).
    [Fact]
    public void Cotton_t_shirt_needs_textile_labelling_only()
    {
        ComplianceReport us = Evaluate(TShirt(), "US");
        Assert.Equal(new[] { "us-textile-label" }, RequirementIds(us));
        ComplianceReport de = Evaluate(TShirt(), "DE");
        // In the EU every consumer product also needs the GPSR responsible operator; the only product-specific marking is the fibre label.
        Assert.Equal(new[] { "eu-gpsr-responsible-person", "eu-textile-labelling" }, RequirementIds(de));
        Assert.Contains("100% cotton", de.Requirements[1].Finding.Reason, StringComparison.Ordinal);
        Assert.All(us.Services.Concat(de.Services), v => Assert.True(v.IsAccepted));
        Assert.All(us.Services, v => Assert.Empty(v.Conditions));
    }

    // IATA: UN 3480 forbidden on passenger aircraft from 2016-04-01 (iata.org); power banks are UN 3480; UPU: only installed batteries by post.
    [Fact]
    public void Standalone_power_bank_is_refused_by_postal_and_passenger_air_services()
    {
        ComplianceReport report = Evaluate(PowerBank(), "DE");
        ServiceVerdict postal = report.For(ShippingService.Postal);
        ServiceVerdict passenger = report.For(ShippingService.PassengerAir);
        Assert.False(postal.IsAccepted);
        Assert.False(passenger.IsAccepted);
        Assert.Equal("ship-lithium-postal-standalone", postal.Restrictions.Single().RuleId);
        Assert.Equal("ship-un3480-passenger-air", passenger.Restrictions.Single().RuleId);
        Assert.Contains("power-bank", passenger.Restrictions.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("37 Wh", passenger.Restrictions.Single().Reason, StringComparison.Ordinal);
        ServiceVerdict cargo = report.For(ShippingService.AirCargo);
        Assert.True(cargo.IsAccepted);
        Assert.Contains(cargo.Conditions, c => c.Finding.RuleId == "ship-un3480-cargo-aircraft");
        Assert.True(report.For(ShippingService.Sea).IsAccepted);
        // Before the 2016-04-01 ban a passenger aircraft could still carry it.
        Assert.True(Evaluate(PowerBank(), "DE", new LocalDate(2016, 3, 31)).For(ShippingService.PassengerAir).IsAccepted);
    }

    [Fact]
    public void A_spare_battery_is_standalone_too()
    {
        Product spare = Speaker() with { Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 20m, 1, BatteryConfiguration.Standalone) }, Radio = null, Electrical = null };
        Assert.False(Evaluate(spare, "US").For(ShippingService.Postal).IsAccepted);
        Assert.Contains("jp-pse-lithium-battery", RequirementIds(Evaluate(spare, "JP")));
    }

    // MoCRA listing enforced from 2024-07-01 (scconline.org); EU Responsible Person and CPNP (Regulation 1223/2009).
    [Fact]
    public void Cosmetic_into_the_US_needs_MoCRA_listing_and_into_the_EU_a_responsible_person()
    {
        Assert.Equal(new[] { "us-mocra-listing" }, RequirementIds(Evaluate(Cosmetic(), "US")));
        Assert.Empty(RequirementIds(Evaluate(Cosmetic(), "US", new LocalDate(2024, 6, 30))));
        string[] eu = RequirementIds(Evaluate(Cosmetic(), "IT"));
        Assert.Contains("eu-cosmetics-responsible-person", eu);
        Assert.Contains("eu-cosmetics-cpnp", eu);
    }

    [Fact]
    public void A_certificate_expiring_within_the_window_is_reported_as_expiring()
    {
        Product speaker = Speaker().WithCertificate(Certificate("FCC-ID", "US", validUntil: Today.PlusDays(30)));
        ComplianceCheck fcc = Evaluate(speaker, "US").Requirements.Single(c => c.Finding.RuleId == "us-fcc-certification");
        Assert.Equal(CheckStatus.Expiring, fcc.Status);
        Assert.Equal(30, fcc.DaysToExpiry);
        ComplianceCheck later = Rules.Evaluate(speaker, CountryCode.Parse("US"), Today, expiryWarningDays: 29).Requirements.Single(c => c.Finding.RuleId == "us-fcc-certification");
        Assert.Equal(CheckStatus.Satisfied, later.Status);
    }

    [Fact]
    public void A_certificate_expired_the_day_before_or_scoped_to_another_market_does_not_satisfy()
    {
        Product expired = Speaker().WithCertificate(Certificate("FCC-ID", "US", validUntil: Today.PlusDays(-1)));
        Assert.Equal(CheckStatus.Missing, Evaluate(expired, "US").Requirements.Single(c => c.Finding.RuleId == "us-fcc-certification").Status);
        Product lastDay = Speaker().WithCertificate(Certificate("FCC-ID", "US", validUntil: Today));
        Assert.Equal(CheckStatus.Expiring, Evaluate(lastDay, "US").Requirements.Single(c => c.Finding.RuleId == "us-fcc-certification").Status);
        Product otherMarket = Speaker().WithCertificate(Certificate("CE-RED", "FR"));
        Assert.Equal(CheckStatus.Missing, Evaluate(otherMarket, "DE").Requirements.Single(c => c.Finding.RuleId == "eu-ce-red").Status);
    }

    [Fact]
    public void Seller_credentials_satisfy_seller_obligations()
    {
        HeldCertificate lucid = Certificate("DE-LUCID", "DE");
        ComplianceReport report = Rules.Evaluate(TShirt(), CountryCode.Parse("DE"), Today, sellerCredentials: new[] { lucid });
        ComplianceCheck packaging = report.Obligations.Single(c => c.Finding.RuleId == "de-packaging-lucid");
        Assert.Equal(CheckStatus.Satisfied, packaging.Status);
        Assert.Equal("https://www.verpackungsregister.org/en/information-orientation/news-press/press-releases-news/detail/news/legal-amendments-effective-1-july-2022", packaging.Finding.Source.Address);
        Assert.Equal(CheckStatus.SelfCheck, report.Obligations.Single(c => c.Finding.RuleId == "eu-gdpr").Status);
        // The same rule id has an earlier version (VerpackG 2019) with another source.
        Assert.Equal("https://www.catawiki.com/en/help/seller-terms/german-packaging-act", Rules.Evaluate(TShirt(), CountryCode.Parse("DE"), new LocalDate(2020, 1, 1)).Obligations.Single(c => c.Finding.RuleId == "de-packaging-lucid").Finding.Source.Address);
    }

    [Fact]
    public void The_report_prints_a_readable_table()
    {
        string text = Evaluate(Speaker(), "DE").ToString();
        Assert.Contains("Compliance of SPK-BT20 (Bluetooth speaker 30 W) in DE on 2026-11-25: NOT ready to sell", text, StringComparison.Ordinal);
        Assert.Contains("Missing   eu-ce-red", text, StringComparison.Ordinal);
        Assert.Contains("passenger-air  accepted", text, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("tr-TR")]
    public void Reports_do_not_depend_on_the_culture()
    {
        string turkish = Evaluate(PowerBank(), "DE").ToString() + string.Join("|", Evaluate(PowerBank(), "DE").Findings.Select(f => f.Reason));
        using (new CultureScope("en-US"))
        {
            string english = Evaluate(PowerBank(), "DE").ToString() + string.Join("|", Evaluate(PowerBank(), "DE").Findings.Select(f => f.Reason));
            Assert.Equal(english, turkish);
        }

        Assert.Contains("cell-wh", string.Join("|", Evaluate(PowerBank(), "DE").Findings.Select(f => f.Reason)), StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_carry_their_provenance_and_unknown_markets_have_a_try_twin()
    {
        ComplianceFinding red = Evaluate(Speaker(), "DE").Requirements.Single(c => c.Finding.RuleId == "eu-ce-red").Finding;
        Assert.Equal("compliance-rules", red.Provenance.Table);
        Assert.Equal("eu-ce-red", red.Provenance.Key);
        Assert.Equal(Today, red.Provenance.AsOf);
        Assert.False(Rules.TryEvaluate(Speaker(), CountryCode.Parse("NZ"), Today, out ComplianceReport? none));
        Assert.Null(none);
        Assert.True(Rules.TryEvaluate(Speaker(), CountryCode.Parse("JP"), Today, out ComplianceReport? jp));
        Assert.Equal(CountryCode.Parse("JP"), jp!.Market);
    }

    // USPS international mail: devices with lithium-ion batteries of at most 100 Wh (cells at most 20 Wh) only (parcelindustry.com);
    // above 100 Wh, PI 967 Section I (fully regulated) by air.
    [Theory]
    [InlineData(100.00, 5, true)] // 20 Wh per cell
    [InlineData(100.01, 6, false)]
    [InlineData(40.00, 2, true)]
    [InlineData(40.02, 2, false)] // 20.01 Wh per cell
    public void Postal_acceptance_follows_the_watt_hour_limits_exactly(double wattHours, int cells, bool accepted)
    {
        Product product = Speaker() with { Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, (decimal)wattHours, 1, BatteryConfiguration.ContainedInEquipment, cells) } };
        ComplianceReport report = Evaluate(product, "US");
        Assert.Equal(accepted, report.For(ShippingService.Postal).IsAccepted);
        Assert.Equal((decimal)wattHours > 100m, report.For(ShippingService.AirCargo).Conditions.Any(c => c.Finding.RuleId == "ship-un3481-contained-air-section-i"));
    }

    // UPU 2013: at most four cells or two batteries installed in equipment.
    [Fact]
    public void Postal_refuses_more_than_two_installed_batteries()
    {
        Product three = Speaker() with { Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 10m, 3, BatteryConfiguration.ContainedInEquipment) } };
        Assert.Equal("ship-lithium-postal-count", Evaluate(three, "US").For(ShippingService.Postal).Restrictions.Single().RuleId);
        Product packedWith = Speaker() with { Batteries = new[] { new Battery(BatteryChemistry.LithiumIon, 10m, 1, BatteryConfiguration.PackedWithEquipment) } };
        Assert.Equal("ship-lithium-postal-packed-with", Evaluate(packedWith, "US").For(ShippingService.Postal).Restrictions.Single().RuleId);
        Assert.Contains(Evaluate(packedWith, "US").For(ShippingService.PassengerAir).Conditions, c => c.Finding.RuleId == "ship-un3481-packed-with-soc");
    }

    // USPS IMM 136 (magnetized material ≥ 0.002 gauss at 7 ft), 49 CFR 173.21(d) (> 0.00525 gauss at 15 ft forbidden by air), USPS Pub 699 (aerosols).
    [Fact]
    public void Magnets_aerosols_and_flammables_are_restricted_by_the_services_that_refuse_them()
    {
        Product strong = TShirt() with { Magnets = new MagnetContent(0.003m, 0.006m) };
        ComplianceReport report = Evaluate(strong, "DE");
        Assert.False(report.For(ShippingService.Postal).IsAccepted);
        Assert.False(report.For(ShippingService.AirCargo).IsAccepted);
        Assert.True(report.For(ShippingService.Sea).IsAccepted);
        Product weak = TShirt() with { Magnets = new MagnetContent(0.001m, 0.0001m) };
        Assert.All(Evaluate(weak, "DE").Services, v => Assert.True(v.IsAccepted));
        Product unmeasured = TShirt() with { Magnets = new MagnetContent() };
        Assert.Contains(Evaluate(unmeasured, "DE").For(ShippingService.Postal).Advisories, f => f.RuleId == "ship-magnet-unmeasured");
        Product spray = Cosmetic() with { IsAerosol = true, IsFlammable = true };
        Assert.Equal(new[] { "ship-aerosol-postal", "ship-flammable-postal" }, Evaluate(spray, "US").For(ShippingService.Postal).Restrictions.Select(r => r.RuleId).ToArray());
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = previous;
    }
}
