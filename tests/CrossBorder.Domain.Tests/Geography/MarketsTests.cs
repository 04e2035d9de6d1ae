using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>The one entry point: <c>Markets.Default.For("DE").On(date)</c>.</summary>
public class MarketsTests
{
    private static readonly LocalDate Day = new(2026, 11, 25);

    [Fact]
    [UseCulture("tr-TR")]
    public void For_de_on_a_date_answers_the_sellers_first_questions()
    {
        MarketView de = Markets.Default.For("DE").On(Day);
        Assert.Equal("Germany", de.Country.Name);
        Assert.Same(Currency.EUR, de.Currency);
        Assert.Equal(IndirectTaxKind.Vat, de.TaxRegime!.Kind);
        Assert.True(de.TaxRegime.ChargedOnImport);
        Assert.Equal(Percentage.FromPercent(19m), de.StandardVatRate);
        Assert.Equal(ValuationBasis.Cif, de.ValuationBasis);
        Assert.Equal("IOSS", de.LowValueImport!.Scheme);
        Assert.Contains(de.Marketplaces, m => m.Id == "amazon-de");
        Assert.Contains(de.Provenance, p => p.Table == "vat-rates" && p.Key == "DE//standard" && p.AsOf == Day);
        Assert.Contains(de.Provenance, p => p.Table == "low-value-imports" && p.Key == "EU/default");
        Assert.All(de.Provenance, p => Assert.StartsWith("http", p.Source.Address, StringComparison.Ordinal));
        Assert.Contains("DE on 2026-11-25: VAT 19%", de.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_without_tax_data_gives_empty_facts_not_zeros()
    {
        MarketView aq = Markets.Default.For("AQ").On(Day);
        Assert.Null(aq.TaxRegime);
        Assert.Null(aq.StandardVatRate);
        Assert.Null(aq.ValuationBasis);
        Assert.Empty(aq.Marketplaces);
        Assert.Empty(aq.Provenance);
    }

    [Fact]
    public void User_data_in_the_library_format_overrides_embedded_records()
    {
        const string json = """
            {
              "table": "low-value-imports", "version": "2026.11.25", "description": "our broker's reading", "key": ["country", "variant"],
              "sources": { "broker": { "title": "Our customs broker's memo", "address": "https://example.com/memo", "retrieved": "2026-11-20" } },
              "records": [
                { "country": "AU", "currency": "AUD", "dutyFreeUpTo": 900, "taxFreeUpTo": 900, "collector": "importer",
                  "basis": "customs-value-per-consignment", "status": "announced", "validFrom": "2027-01-01", "source": "broker" }
              ]
            }
            """;
        Markets markets = Markets.Default.WithData(json);
        Assert.Equal(Money.Of(900m, "AUD"), markets.GetLowValueImport("AU", new LocalDate(2027, 1, 1)).DutyFreeUpTo);
        Assert.Equal(Money.Of(1000m, "AUD"), markets.GetLowValueImport("AU", new LocalDate(2026, 12, 31)).DutyFreeUpTo);
        Assert.Equal(Money.Of(1000m, "AUD"), Markets.Default.GetLowValueImport("AU", new LocalDate(2027, 1, 1)).DutyFreeUpTo);
    }

    [Fact]
    public void Malformed_user_data_is_rejected_with_every_problem()
    {
        const string json = """
            { "table": "vat-rates", "version": "1", "sources": { "s": { "title": "t", "address": "https://x", "retrieved": "2026-01-01" } },
              "records": [ { "country": "de", "category": "standard", "kind": "standrad", "rate": 190, "validFrom": "2026-01-01", "source": "s" } ] }
            """;
        var ex = Assert.Throws<DataValidationException>(() => Markets.Default.WithData(json));
        Assert.Contains(ex.Problems, p => p.Location.EndsWith(".country", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Location.EndsWith(".kind", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Location.EndsWith(".rate", StringComparison.Ordinal));
        Assert.Throws<DataValidationException>(() => Markets.Default.WithData("""{ "table": "fees", "version": "1", "sources": {}, "records": [] }"""));
    }

    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, 365 * 7).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(MarketsTests) }, MaxTest = 50)]
    public bool For_every_table_and_date_in_range_exactly_one_record_per_key_is_in_force(LocalDate date)
    {
        Markets m = Markets.Default;
        return ExactlyOne(m.TaxRegimes, r => r.Country.Value, date)
            && ExactlyOne(m.VatRates, r => r.Country + "/" + r.Region + "/" + r.Category, date)
            && ExactlyOne(m.LowValueImportRules, r => r.Country + "/" + r.Variant, date)
            && ExactlyOne(m.CustomsValuationRules, r => r.Country.Value, date)
            && ExactlyOne(m.Marketplaces, r => r.Id.Value, date);
    }

    private static bool ExactlyOne<T>(IReadOnlyList<T> records, Func<T, string> key, LocalDate date)
        where T : IEffectiveDated =>
        records.GroupBy(key).All(g =>
        {
            LocalDate first = g.Min(r => r.Period.ValidFrom);
            bool openEnded = g.Any(r => r.Period.IsOpenEnded);
            LocalDate last = openEnded ? LocalDate.MaxIsoValue : g.Max(r => r.Period.ValidTo!.Value);
            int inForce = g.Count(r => r.Period.Contains(date));
            return date < first || date > last ? inForce == 0 : inForce == 1;
        });
}
