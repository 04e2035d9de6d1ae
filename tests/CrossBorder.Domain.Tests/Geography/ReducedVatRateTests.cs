using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// Reduced and zero rates by category, as the cited sources in vat-rates.json state them:
/// FI Vero "Rates of VAT" (10% → 14% on books and pharmaceuticals from 2025-01-01; groceries 14%; newspapers 10%);
/// SK Crowe table 2024 vs 2025 (basic food, books, medicines 10% → 5%; other food 19% from 2025-01-01);
/// CZ Sovos / Tolley 13C / Pharmeca (one 12% rate and zero-rated books from 2024-01-01); BE, HR, AT CrossBorderVAT;
/// CY, HR books EAS Project; HU Avalara; SE Mobilexpense; NO Capone Shop (15% groceries); AU ATO "GST-free food";
/// PL FreshPlaza (temporary 0% on basic food until 2024-03-31, 5% from 2024-04-01);
/// CA Revenu Québec "Zero-rated sales"; MX Ley del IVA art. 2-A (tasa 0%).
/// Dataset 2026.11.26: BG (CrossBorderVAT, hotel accommodation 9%); DK (Capone Shop: no reduced rate, newspapers 0%);
/// GR AADE "Basic VAT rates" (13% basic food and children's car seats, 6% medicines, books, newspapers); ES Cudós (basic food 4%
/// from 2025-01-01), Financial Health (4% books, medicines), Tolley 49C (10% food in general); IT VAT Digital (4% and 10%);
/// LV Mindlink (12% medicaments, 5% books); LT VATupdate (Law XIV-551: 9% books, 5% reimbursed medicines) and Sovos (books 9% → 5%
/// from 2026-01-01, Law XV-287); LU VATupdate (3% food, books, pharmaceuticals); MT VATupdate (0% food, prescribed medicines) and
/// MarosaVAT (5% books); NL Mobilexpense and Rydoo (9%); PT Rydoo (6% books, medicines); SI MarosaVAT (9.5% food, medicines; 5%
/// publications); FI Government proposal HE 93/2025 vp (14% → 13.5% from 2026-01-01) and VATAPI (10% newspapers unchanged).
/// </summary>
public class ReducedVatRateTests
{
    [Theory]
    [UseCulture("tr-TR")]
    [InlineData("AT", "pharmaceuticals", "2025-12-01", 10, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("BE", "food", "2024-06-01", 6, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("BE", "books", "2025-12-01", 6, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("BE", "pharmaceuticals", "2025-12-01", 6, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("HR", "food", "2025-12-01", 5, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("HR", "pharmaceuticals", "2024-06-01", 5, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("HR", "books", "2025-12-01", 5, VatRateKind.Reduced, "at-reduced")]
    [InlineData("CY", "food", "2025-12-01", 5, VatRateKind.Reduced, "at-reduced")]
    [InlineData("CY", "books", "2024-06-01", 5, VatRateKind.Reduced, "at-reduced")]
    [InlineData("CY", "pharmaceuticals", "2025-12-01", 5, VatRateKind.Reduced, "at-reduced")]
    [InlineData("CZ", "food", "2024-06-01", 12, VatRateKind.Reduced, "cz-food")]
    [InlineData("CZ", "books", "2025-12-01", 0, VatRateKind.Zero, "cz-2024")]
    [InlineData("CZ", "pharmaceuticals", "2025-12-01", 12, VatRateKind.Reduced, "cz-pharma")]
    [InlineData("FI", "food", "2024-06-01", 14, VatRateKind.Reduced, "fi-vero")]
    [InlineData("FI", "food", "2025-12-01", 14, VatRateKind.Reduced, "fi-vero")]
    [InlineData("FI", "newspapers", "2025-12-01", 10, VatRateKind.Reduced, "fi-vero")]
    [InlineData("HU", "food", "2025-12-01", 5, VatRateKind.Reduced, "hu-avalara")]
    [InlineData("HU", "books", "2024-06-01", 5, VatRateKind.Reduced, "hu-avalara")]
    [InlineData("HU", "pharmaceuticals", "2025-12-01", 5, VatRateKind.Reduced, "hu-avalara")]
    [InlineData("SE", "food", "2024-06-01", 12, VatRateKind.Reduced, "se-mobilexpense")]
    [InlineData("SE", "books", "2025-12-01", 6, VatRateKind.Reduced, "se-mobilexpense")]
    [InlineData("SK", "food-other", "2025-12-01", 19, VatRateKind.Reduced, "sk-2025")]
    [InlineData("PL", "food", "2024-06-01", 5, VatRateKind.Reduced, "pl-2024")]
    [InlineData("PL", "food", "2024-01-02", 0, VatRateKind.Zero, "pl-2024")]
    [InlineData("NO", "food", "2025-12-01", 15, VatRateKind.Reduced, "no-reduced")]
    [InlineData("AU", "food", "2025-12-01", 0, VatRateKind.Zero, "au-gst-free-food")]
    [InlineData("CA", "food", "2024-06-01", 0, VatRateKind.Zero, "ca-zero-rated")]
    [InlineData("CA", "pharmaceuticals", "2025-12-01", 0, VatRateKind.Zero, "ca-zero-rated")]
    [InlineData("MX", "food", "2025-12-01", 0, VatRateKind.Zero, "mx-tasa-0")]
    [InlineData("MX", "pharmaceuticals", "2024-06-01", 0, VatRateKind.Zero, "mx-tasa-0")]
    [InlineData("BG", "accommodation", "2025-12-01", 9, VatRateKind.Reduced, "eu-crossbordervat")]
    [InlineData("DK", "newspapers", "2025-12-01", 0, VatRateKind.Zero, "dk-newspapers")]
    [InlineData("GR", "food", "2024-06-01", 13, VatRateKind.Reduced, "gr-aade")]
    [InlineData("GR", "books", "2025-12-01", 6, VatRateKind.Reduced, "gr-aade")]
    [InlineData("GR", "pharmaceuticals", "2025-12-01", 6, VatRateKind.Reduced, "gr-aade")]
    [InlineData("GR", "childrens-car-seats", "2025-12-01", 13, VatRateKind.Reduced, "gr-aade")]
    [InlineData("ES", "food", "2025-12-01", 4, VatRateKind.SuperReduced, "es-basic-food-2025")]
    [InlineData("ES", "food-other", "2024-06-01", 10, VatRateKind.Reduced, "es-tolley-10")]
    [InlineData("ES", "books", "2025-12-01", 4, VatRateKind.SuperReduced, "es-superreduced")]
    [InlineData("ES", "pharmaceuticals", "2024-06-01", 4, VatRateKind.SuperReduced, "es-superreduced")]
    [InlineData("IT", "food", "2025-12-01", 4, VatRateKind.SuperReduced, "it-vat-digital")]
    [InlineData("IT", "food-other", "2025-12-01", 10, VatRateKind.Reduced, "it-vat-digital")]
    [InlineData("IT", "books", "2024-06-01", 4, VatRateKind.SuperReduced, "it-vat-digital")]
    [InlineData("IT", "pharmaceuticals", "2025-12-01", 10, VatRateKind.Reduced, "it-vat-digital")]
    [InlineData("LV", "books", "2025-12-01", 5, VatRateKind.Reduced, "lv-rates")]
    [InlineData("LV", "pharmaceuticals", "2024-06-01", 12, VatRateKind.Reduced, "lv-rates")]
    [InlineData("LT", "books", "2025-12-01", 9, VatRateKind.Reduced, "lt-2023")]
    [InlineData("LT", "books", "2026-06-01", 5, VatRateKind.Reduced, "lt-2026")]
    [InlineData("LT", "pharmaceuticals", "2025-12-01", 5, VatRateKind.Reduced, "lt-2023")]
    [InlineData("LU", "food", "2024-06-01", 3, VatRateKind.SuperReduced, "lu-3")]
    [InlineData("LU", "books", "2025-12-01", 3, VatRateKind.SuperReduced, "lu-3")]
    [InlineData("LU", "pharmaceuticals", "2025-12-01", 3, VatRateKind.SuperReduced, "lu-3")]
    [InlineData("MT", "food", "2025-12-01", 0, VatRateKind.Zero, "mt-zero")]
    [InlineData("MT", "pharmaceuticals", "2024-06-01", 0, VatRateKind.Zero, "mt-zero")]
    [InlineData("MT", "books", "2025-12-01", 5, VatRateKind.Reduced, "mt-books")]
    [InlineData("NL", "food", "2025-12-01", 9, VatRateKind.Reduced, "nl-mobilexpense")]
    [InlineData("NL", "books", "2024-06-01", 9, VatRateKind.Reduced, "nl-mobilexpense")]
    [InlineData("NL", "pharmaceuticals", "2025-12-01", 9, VatRateKind.Reduced, "nl-rydoo")]
    [InlineData("PT", "books", "2025-12-01", 6, VatRateKind.Reduced, "pt-rydoo")]
    [InlineData("PT", "pharmaceuticals", "2024-06-01", 6, VatRateKind.Reduced, "pt-rydoo")]
    [InlineData("SI", "food", "2025-12-01", 9.5, VatRateKind.Reduced, "si-marosa")]
    [InlineData("SI", "pharmaceuticals", "2025-12-01", 9.5, VatRateKind.Reduced, "si-marosa")]
    [InlineData("SI", "books", "2024-06-01", 5, VatRateKind.Reduced, "si-marosa")]
    [InlineData("FI", "food", "2026-06-01", 13.5, VatRateKind.Reduced, "fi-2026-bill")]
    [InlineData("FI", "books", "2026-06-01", 13.5, VatRateKind.Reduced, "fi-2026-bill")]
    [InlineData("FI", "pharmaceuticals", "2026-06-01", 13.5, VatRateKind.Reduced, "fi-2026-bill")]
    [InlineData("FI", "newspapers", "2026-06-01", 10, VatRateKind.Reduced, "fi-2026")]
    public void Category_rate_is_the_cited_one(string country, string category, string date, double rate, VatRateKind kind, string sourceId)
    {
        VatRate found = Markets.Default.GetVatRate(country, category, Date(date));

        Assert.Equal((decimal)rate, found.Rate.Percent);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(category, found.Category);
        Assert.False(string.IsNullOrWhiteSpace(found.AppliesTo));
        Assert.StartsWith("https://", found.Source.Address, StringComparison.Ordinal);
        Assert.Equal(ExpectedAddress(sourceId), found.Source.Address);
        Assert.True(found.Rate.Percent < Markets.Default.GetStandardVatRate(country, Date(date)).Rate.Percent);
    }

    [Theory]
    [InlineData("FI", "books", "2024-12-31", 10, "2025-01-01", 14)]
    [InlineData("FI", "pharmaceuticals", "2024-12-31", 10, "2025-01-01", 14)]
    [InlineData("SK", "food", "2024-12-31", 10, "2025-01-01", 5)]
    [InlineData("SK", "books", "2024-12-31", 10, "2025-01-01", 5)]
    [InlineData("SK", "pharmaceuticals", "2024-12-31", 10, "2025-01-01", 5)]
    [InlineData("PL", "food", "2024-03-31", 0, "2024-04-01", 5)]
    [InlineData("FI", "food", "2025-12-31", 14, "2026-01-01", 13.5)]
    [InlineData("FI", "books", "2025-12-31", 14, "2026-01-01", 13.5)]
    [InlineData("FI", "pharmaceuticals", "2025-12-31", 14, "2026-01-01", 13.5)]
    [InlineData("FI", "newspapers", "2025-12-31", 10, "2026-01-01", 10)]
    [InlineData("LT", "books", "2025-12-31", 9, "2026-01-01", 5)]
    public void Reduced_rate_changes_on_the_day_the_source_says(string country, string category, string before, double rateBefore, string after, double rateAfter)
    {
        Assert.Equal((decimal)rateBefore, Markets.Default.GetVatRate(country, category, Date(before)).Rate.Percent);
        Assert.Equal((decimal)rateAfter, Markets.Default.GetVatRate(country, category, Date(after)).Rate.Percent);
    }

    [Theory]
    [InlineData("FI", "books")]
    [InlineData("SK", "food")]
    public void Mid_2024_and_end_2025_lookups_give_the_rate_in_force(string country, string category)
    {
        decimal mid2024 = Markets.Default.GetVatRate(country, category, new LocalDate(2024, 6, 1)).Rate.Percent;
        decimal end2025 = Markets.Default.GetVatRate(country, category, new LocalDate(2025, 12, 1)).Rate.Percent;

        Assert.Equal(10m, mid2024);
        Assert.NotEqual(mid2024, end2025);
    }

    [Fact]
    public void Slovakia_other_food_has_no_reduced_rate_before_2025()
    {
        // In 2024 "selected food items" were standard-rated (20%, Crowe table): no reduced record exists before 2025-01-01.
        Assert.False(Markets.Default.TryGetVatRate("SK", "food-other", new LocalDate(2024, 12, 31), out _));
        Assert.Throws<RecordNotInForceException>(() => Markets.Default.GetVatRate("SK", "food-other", new LocalDate(2024, 12, 31)));
    }

    [Theory]
    [InlineData("SE", "food")]
    public void Rates_with_an_unsourced_2026_change_are_not_extended_into_2026(string country, string category)
    {
        // Sweden's announced food cut was not sourced: no record, so no wrong number. (Finland's 13.5% from 2026-01-01 is now
        // sourced from Government proposal HE 93/2025 vp and is tested above.)
        Assert.True(Markets.Default.TryGetVatRate(country, category, new LocalDate(2025, 12, 31), out _));
        Assert.False(Markets.Default.TryGetVatRate(country, category, new LocalDate(2026, 1, 1), out _));
    }

    [Theory]
    [InlineData("DK", "food")]
    [InlineData("DK", "books")]
    [InlineData("DK", "pharmaceuticals")]
    public void Denmark_has_no_reduced_rate_so_its_categories_fall_to_the_standard_rate(string country, string category)
    {
        // Capone Shop / EAS Project: Denmark applies no reduced rate; only newspapers are zero-rated. No record, so the standard 25% applies.
        var date = new LocalDate(2025, 12, 1);
        Assert.False(Markets.Default.TryGetVatRate(country, category, date, out _));
        Assert.Equal(25m, Markets.Default.GetStandardVatRate(country, date).Rate.Percent);
    }

    [Fact]
    public void Spain_basic_food_starts_at_4_percent_in_2025_and_its_2024_relief_is_not_guessed()
    {
        // Cudós Consultors (RDL 4/2024): the temporary relief on basic foods ended 2024-12-31; 4% from 2025-01-01.
        // The 2024 relief rates (0%, then 2%) were not sourced, so there is no basic-food record before 2025.
        Assert.False(Markets.Default.TryGetVatRate("ES", "food", new LocalDate(2024, 12, 31), out _));
        Assert.Equal(4m, Markets.Default.GetVatRate("ES", "food", new LocalDate(2025, 1, 1)).Rate.Percent);
    }

    [Fact]
    public void Zero_rated_food_reaches_the_market_view()
    {
        MarketView au = Markets.Default.For("AU").On(new LocalDate(2025, 12, 1));

        Assert.Equal(0m, au.RateFor("food")!.Rate.Percent);
        Assert.Equal(VatRateKind.Zero, au.RateFor("food")!.Kind);
        Assert.Equal(10m, au.StandardVatRate!.Value.Percent);
    }

    private static string ExpectedAddress(string sourceId) => sourceId switch
    {
        "eu-crossbordervat" => "https://www.crossbordervat.com/blog/eu-countries/",
        "at-reduced" => "https://help.easproject.com/eu-vat-rates",
        "cz-food" => "https://www.lexisnexis.co.uk/tolley/tax/commentary/eu-and-global-vat/13-czech-republic/appendix-13c-vat-reduced-rate-czech-republic",
        "cz-2024" => "https://sovos.com/regulatory-updates/vat/czech-republic-vat-law-changes",
        "cz-pharma" => "https://www.pharmeca.cz/en/news/categories/focused-on?page=3",
        "fi-vero" => "https://vero.fi/en/businesses-and-corporations/taxes-and-charges/vat/rates-of-vat",
        "hu-avalara" => "https://www.avalara.com/us/en/vatlive/country-guides/europe/hungary/hungarian-vat-rates.html",
        "se-mobilexpense" => "https://www.mobilexpense.com/en/compliance-centre/vat-rates-sweden",
        "sk-2025" => "https://crowe.com/sk/en-us/news/schvalene-zmeny-v-dani-z-pridanej-hodnoty-dph-a-dani-z-prijmov-dzp-od-1-1-2025",
        "pl-2024" => "https://freshplaza.com/europe/article/9610954/poland-to-reinstate-5-vat-on-food-in-2024",
        "no-reduced" => "https://www.caponeshop.it/en/tax-rules",
        "au-gst-free-food" => "https://ato.gov.au/businesses-and-organisations/gst-excise-and-indirect-taxes/gst/in-detail/your-industry/food/gst-and-food/gst-free-food",
        "ca-zero-rated" => "https://www.revenuquebec.ca/en/entreprise/taxes/tvq_tps/type-ventes/detaxees.aspx",
        "mx-tasa-0" => "https://mundofiscal.com/iva_tasa_0.htm",
        "dk-newspapers" => "https://www.caponeshop.it/en/tax-rules",
        "gr-aade" => "https://aade.gr/en/services-information/useful-guides/commencement-business-activity/basic-vat-rates",
        "es-basic-food-2025" => "https://www.cudosconsultors.com/es/reduccion_iva/",
        "es-superreduced" => "https://financialhealth.es/%f0%9f%92%b6-no-todos-los-productos-tienen-un-21-de-iva-te-explicamos-aquellos-que-tienen-un-4-%f0%9f%9b%92",
        "es-tolley-10" => "https://www.lexisnexis.co.uk/tolley/tax/commentary/eu-and-global-vat/49-spain/appendix-49c-vat-reduced-rates-spain",
        "it-vat-digital" => "https://www.vat-digital.com/italian-vat-rates-2/",
        "lv-rates" => "https://mindlink.lv/useful/vat-rates-in-latvia",
        "lt-2023" => "https://www.vatupdate.com/2023/01/20/9-reduced-vat-rate-applies-to-specific-goods-and-services/",
        "lt-2026" => "https://sovos.com/regulatory-updates/vat/lithuania-removes-9-reduced-vat-rate",
        "lu-3" => "https://www.vatupdate.com/?p=260967",
        "mt-zero" => "https://www.vatupdate.com/?p=136578",
        "mt-books" => "https://marosavat.com/vat/malta/",
        "nl-mobilexpense" => "https://compliance.mobilexpense.com/netherlands/Working-version/vat-rates-in-the-netherlands",
        "nl-rydoo" => "https://rydoo.com/compliance/netherlands/netherlands-vat-rates",
        "pt-rydoo" => "https://rydoo.com/compliance/portugal/tax-rates-portugal",
        "si-marosa" => "https://marosavat.com/vat/slovenia/",
        "fi-2026-bill" => "https://www.eduskunta.fi/valtiopaivaasiakirjat/HE+93/2025",
        "fi-2026" => "https://vatapi.com/news/article/finland-lowers-reduced-vat-rate-to-13-5-effective-1-january-2026",
        _ => throw new ArgumentOutOfRangeException(nameof(sourceId), sourceId, "not a source id of this test"),
    };

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
