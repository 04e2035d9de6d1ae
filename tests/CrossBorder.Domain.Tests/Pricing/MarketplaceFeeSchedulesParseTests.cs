using System.IO;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// <see cref="MarketplaceFeeSchedules.Parse(string)"/>: the embedded document read through the public entry point (Default reads
/// it once per process, behind a Lazy, so the record readers run here, inside a test), with absolute worked examples from the
/// documents the data file cites, and malformed documents whose every problem (location and message) is asserted exactly.
/// </summary>
public class MarketplaceFeeSchedulesParseTests
{
    private static readonly string EmbeddedJson = ReadEmbedded();

    private static string ReadEmbedded()
    {
        using Stream stream = typeof(Money).Assembly.GetManifestResourceStream("CrossBorder.Domain.Data." + MarketplaceFeeSchedules.TableName + ".json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static MarketplaceFeeSchedules ParseStream(string json) => MarketplaceFeeSchedules.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static Money Total(MarketplaceFeeSchedules s, string marketplace, string category, LocalDate date, decimal amount, string currency)
    {
        Money total = Money.Zero(Currency.FromCode(currency));
        foreach (SellingFee fee in s.Get(MarketplaceId.Parse(marketplace), category, date).Fees)
        {
            total += fee.Compute(Money.Of(amount, currency));
        }

        return total;
    }

    [Fact]
    public void The_embedded_document_parses_to_the_same_schedules_as_Default()
    {
        foreach (MarketplaceFeeSchedules parsed in new[] { MarketplaceFeeSchedules.Parse(EmbeddedJson), ParseStream(EmbeddedJson) })
        {
            IReadOnlyList<MarketplaceFeeSchedule> d = MarketplaceFeeSchedules.Default.All;
            Assert.Equal(27, parsed.All.Count);
            Assert.Equal(d.Count, parsed.All.Count);
            for (int i = 0; i < d.Count; i++)
            {
                MarketplaceFeeSchedule e = d[i];
                MarketplaceFeeSchedule a = parsed.All[i];
                Assert.Equal(e.Marketplace, a.Marketplace);
                Assert.Equal(e.Category, a.Category);
                Assert.Equal(e.Currency, a.Currency);
                Assert.Equal(e.Period, a.Period);
                Assert.Equal(e.Source, a.Source);
                Assert.Equal(e.Fees.Count, a.Fees.Count);
                for (int k = 0; k < e.Fees.Count; k++)
                {
                    Assert.Equal(e.Fees[k].ToString(), a.Fees[k].ToString());
                    Assert.Equal(e.Fees[k].Bands, a.Fees[k].Bands);
                    Assert.Equal(e.Fees[k].Minimum, a.Fees[k].Minimum);
                    Assert.Equal(e.Fees[k].Maximum, a.Fees[k].Maximum);
                    Assert.Equal(e.Fees[k].TaxOnFee, a.Fees[k].TaxOnFee);
                }
            }

            Assert.Equal(
                new[] { "home-and-kitchen", "consumer-electronics", "beauty-health-personal-care", "electronics-accessories", "furniture", "clothing-and-accessories", "books" },
                parsed.Categories(MarketplaceId.Parse("amazon-us")));
        }
    }

    [Fact]
    public void Parsed_schedules_reproduce_the_published_worked_examples()
    {
        MarketplaceFeeSchedules p = MarketplaceFeeSchedules.Parse(EmbeddedJson);

        // eBay Seller Center, 2024 winter seller update: a $25 trading card pays $3.71 (13.25% + $0.40 per order).
        Assert.Equal(Money.Of(3.71m, "USD"), Total(p, "ebay-us", "most-categories", new LocalDate(2024, 6, 1), 25m, "USD"));
        // From 2025-02-14: 13.6% of the first $7,500 and 2.35% above (marginal), + $0.40 per order.
        Assert.Equal(Money.Of(1020m + 58.75m + 0.40m, "USD"), Total(p, "ebay-us", "most-categories", new LocalDate(2025, 6, 1), 10_000m, "USD"));
        // Lowyat.NET (citing Shopee), January 2023: fashion commission 4% + 6% SST, transaction fee 2% + 6% SST.
        Assert.Equal(Money.Of(4.24m + 2.12m, "MYR"), Total(p, "shopee-my", "fashion", new LocalDate(2023, 6, 1), 100m, "MYR"));
        // Lazada MY "Commission overview": RM 100 → commission RM 2.12 and payment fee RM 2.12 (2% + 6% GST each).
        Assert.Equal(Money.Of(4.24m, "MYR"), Total(p, "lazada-my", "computer-accessories", new LocalDate(2017, 1, 1), 100m, "MYR"));
        // Amazon fee schedule (200336920): books 15% with no minimum, plus the $1.80 closing fee.
        Assert.Equal(Money.Of(1.80m + 1.50m, "USD"), Total(p, "amazon-us", "books", new LocalDate(2026, 11, 25), 10m, "USD"));
        // Beauty: 8% up to $10 (whole price), 15% above; minimum $0.30.
        Assert.Equal(Money.Of(0.30m, "USD"), Total(p, "amazon-us", "beauty-health-personal-care", new LocalDate(2026, 11, 25), 2m, "USD"));
        Assert.Equal(Money.Of(1.50m, "USD"), Total(p, "amazon-us", "beauty-health-personal-care", new LocalDate(2026, 11, 25), 10.01m, "USD"));
        // Amazon.co.jp pricing: beauty 8% up to JPY 1,500, 10% above.
        Assert.Equal(Money.Of(150m, "JPY"), Total(p, "amazon-jp", "beauty", new LocalDate(2026, 12, 1), 1501m, "JPY"));
        // Shopify Basic: 2.9% + 30c.
        Assert.Equal(Money.Of(3.20m, "USD"), Total(p, "shopify", "basic", new LocalDate(2026, 11, 25), 100m, "USD"));

        MarketplaceFeeSchedule shopee = p.Get(MarketplaceId.Parse("shopee-my"), "fashion", new LocalDate(2023, 6, 1));
        Assert.Equal(Percentage.FromPercent(6), shopee.Fees[0].TaxOnFee);
        Assert.Equal(FeeBase.PriceIncludingTax, shopee.Fees[0].Base);
        Assert.Equal(Currency.FromCode("MYR"), shopee.Currency);
        Assert.Contains("Lowyat.NET", shopee.Source.Title, StringComparison.Ordinal);
        MarketplaceFeeSchedule accessories = p.Get(MarketplaceId.Parse("amazon-us"), "electronics-accessories", new LocalDate(2026, 11, 25));
        Assert.Equal(FeeBandMode.Marginal, accessories.Fees[0].Mode);
        Assert.Equal(FeeBase.PriceExcludingTax, accessories.Fees[0].Base);
        Assert.Equal(0.30m, accessories.Fees[0].Minimum);
    }

    [Fact]
    public void TryGet_finds_a_schedule_in_force_and_refuses_a_null_category()
    {
        MarketplaceFeeSchedules d = MarketplaceFeeSchedules.Default;
        Assert.True(d.TryGet(MarketplaceId.Parse("amazon-us"), "home-and-kitchen", new LocalDate(2026, 11, 25), out MarketplaceFeeSchedule? s));
        Assert.Equal("home-and-kitchen", s!.Category);
        Assert.False(d.TryGet(MarketplaceId.Parse("amazon-us"), null, new LocalDate(2026, 11, 25), out MarketplaceFeeSchedule? none));
        Assert.Null(none);
        Assert.False(d.TryGet(MarketplaceId.Parse("ebay-us"), "most-categories", new LocalDate(2020, 1, 1), out _));
    }

    private const string Valid =
        """{"marketplace": "amazon-us", "category": "widgets", "currency": "USD", "validFrom": "2026-01-01", "validTo": null, "source": "me", "fees": [{"name": "referral fee", "base": "price-excluding-tax", "bands": "whole-price", "rates": [{"upTo": null, "rate": 0.05}]}]}""";

    private static string Doc(params string[] records) =>
        """{ "table": "marketplace-fees", "version": "1", "key": ["marketplace","category"], "sources": { "me": { "title": "my contract", "address": "https://example.com/contract", "retrieved": "2026-11-25" } }, "records": ["""
        + string.Join(",", records) + "] }";

    private static string Bad(string find, string replacement)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static string[] Problems(string json, string param = "json")
    {
        DataValidationException ex = Assert.Throws<DataValidationException>(() => MarketplaceFeeSchedules.Parse(json));
        Assert.Equal(param, ex.ParamName);
        Assert.All(ex.Problems, p => Assert.Equal("marketplace-fees", p.Table));
        return ex.Problems.Select(p => p.Location + ": " + p.Message).ToArray();
    }

    [Fact]
    public void A_valid_user_document_reads()
    {
        MarketplaceFeeSchedules mine = MarketplaceFeeSchedules.Parse(Doc(Valid));
        MarketplaceFeeSchedule s = Assert.Single(mine.All);
        Assert.Equal(MarketplaceId.Parse("amazon-us"), s.Marketplace);
        Assert.Equal("widgets", s.Category);
        Assert.Equal(Currency.USD, s.Currency);
        Assert.Equal(EffectivePeriod.From(new LocalDate(2026, 1, 1)), s.Period);
        Assert.Equal("my contract", s.Source.Title);
        Assert.Equal("referral fee: whole-price bands [above: 5%] of the price excluding tax", s.Fees[0].ToString());
    }

    [Fact]
    public void A_bad_marketplace_id_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].marketplace: 'Amazon US' is not a marketplace id such as amazon-us." }, Problems(Doc(Bad("\"amazon-us\"", "\"Amazon US\""))));
    }

    [Fact]
    public void A_bad_currency_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].currency: 'ZZZ' is not an ISO 4217 currency code." }, Problems(Doc(Bad("\"USD\"", "\"ZZZ\""))));
    }

    [Fact]
    public void A_missing_category_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].category: 'category' is required." }, Problems(Doc(Bad("\"category\": \"widgets\", ", string.Empty))));
    }

    [Fact]
    public void A_missing_start_date_is_reported_not_thrown_as_a_null_dereference()
    {
        string[] problems = Problems(Doc(Bad("\"validFrom\": \"2026-01-01\", ", string.Empty)));
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("records[0]", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("validFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undefined_source_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].source: source 'them' is not defined in 'sources'." }, Problems(Doc(Bad("\"source\": \"me\"", "\"source\": \"them\""))));
    }

    [Fact]
    public void A_schedule_without_fees_is_one_problem()
    {
        string noFees = Valid.Substring(0, Valid.IndexOf("\"fees\"", StringComparison.Ordinal)) + "\"fees\": []}";
        Assert.Equal(new[] { "records[0].fees: a schedule needs at least one fee." }, Problems(Doc(noFees)));

        string missing = Valid.Substring(0, Valid.IndexOf(", \"fees\"", StringComparison.Ordinal)) + "}";
        Assert.Equal(new[] { "records[0].fees: 'fees' is required." }, Problems(Doc(missing)));
    }

    [Fact]
    public void A_bad_fee_base_is_one_problem()
    {
        Assert.Equal(
            new[] { "records[0].fees[0].base: 'gross' is not a fee base; use \"price-excluding-tax\" or \"price-including-tax\"." },
            Problems(Doc(Bad("\"price-excluding-tax\"", "\"gross\""))));
    }

    [Fact]
    public void A_bad_band_mode_is_one_problem()
    {
        Assert.Equal(
            new[] { "records[0].fees[0].bands: 'tiered' is not a band mode; use \"whole-price\" or \"marginal\"." },
            Problems(Doc(Bad("\"whole-price\"", "\"tiered\""))));
    }

    [Fact]
    public void A_missing_fee_name_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].fees[0].name: 'name' is required." }, Problems(Doc(Bad("\"name\": \"referral fee\", ", string.Empty))));
    }

    [Fact]
    public void A_band_without_a_rate_is_one_problem()
    {
        Assert.Equal(new[] { "records[0].fees[0].rates[0].rate: 'rate' is required." }, Problems(Doc(Bad("\"rate\": 0.05", "\"fixed\": 0.30"))));
    }

    [Fact]
    public void A_rate_above_one_is_reported_at_the_band()
    {
        string[] problems = Problems(Doc(Bad("\"rate\": 0.05", "\"rate\": 1.5")));
        string only = Assert.Single(problems);
        Assert.StartsWith("records[0].fees[0].rates[0].rate: rate was 1.5; it must be in the range [0, 1].", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_that_do_not_ascend_are_reported_at_the_fee()
    {
        string[] problems = Problems(Doc(Bad("[{\"upTo\": null, \"rate\": 0.05}]", "[{\"upTo\": 10, \"rate\": 0.08}, {\"upTo\": 10, \"rate\": 0.10}, {\"upTo\": null, \"rate\": 0.15}]")));
        string only = Assert.Single(problems);
        Assert.StartsWith("records[0].fees[0].rates: bands[1].upTo was 10; bands must be ascending (previous bound 10).", only, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_inside_a_band_is_reported()
    {
        Assert.Equal(
            new[] { "records[0].fees[0].rates[0].: '' is not a field of table 'marketplace-fees'; check its spelling." },
            Problems(Doc(Bad("\"rate\": 0.05", "\"rate\": 0.05, \"\": 1"))));
    }

    [Fact]
    public void Maximum_and_tax_on_the_fee_are_read()
    {
        string capped = Bad("\"rates\": [{\"upTo\": null, \"rate\": 0.05}]", "\"rates\": [{\"upTo\": null, \"rate\": 0.05}], \"minimum\": 0.30, \"maximum\": 2.50, \"taxOnFee\": 0.06");
        MarketplaceFeeSchedules mine = MarketplaceFeeSchedules.Parse(Doc(capped));
        SellingFee fee = mine.All[0].Fees[0];
        Assert.Equal(0.30m, fee.Minimum);
        Assert.Equal(2.50m, fee.Maximum);
        Assert.Equal(Percentage.FromPercent(6), fee.TaxOnFee);
        Assert.Equal(Money.Of(2.65m, "USD"), fee.Compute(Money.Of(100m, "USD"))); // 5 → capped 2.50 → + 6% = 2.65
        Assert.Equal(Money.Of(0.32m, "USD"), fee.Compute(Money.Of(1m, "USD")));   // minimum 0.30 + 6% = 0.318
    }

    [Fact]
    public void A_maximum_below_the_minimum_is_reported_at_the_fee()
    {
        string bad = Bad("\"rates\": [{\"upTo\": null, \"rate\": 0.05}]", "\"rates\": [{\"upTo\": null, \"rate\": 0.05}], \"minimum\": 3, \"maximum\": 2");
        string only = Assert.Single(Problems(Doc(bad)));
        Assert.StartsWith("records[0].fees[0].rates: maximum was 2; it must be at least the minimum 3.", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_problems_and_record_problems_are_reported_together()
    {
        // A missing version is a document-level problem; the bad currency of the second record must be reported with it.
        string json = Doc(Valid, Bad("\"USD\"", "\"ZZZ\"").Replace("widgets", "gadgets", StringComparison.Ordinal)).Replace("\"version\": \"1\", ", string.Empty, StringComparison.Ordinal);
        string[] problems = Problems(json);
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("$.version: ", problems[0], StringComparison.Ordinal);
        Assert.Equal("records[1].currency: 'ZZZ' is not an ISO 4217 currency code.", problems[1]);

        DataValidationException fromStream = Assert.Throws<DataValidationException>(() => ParseStream(json));
        Assert.Equal("utf8Json", fromStream.ParamName);
        Assert.Equal(problems, fromStream.Problems.Select(p => p.Location + ": " + p.Message).ToArray());
    }

    [Fact]
    public void Every_problem_of_every_record_is_reported_at_once()
    {
        string json = Doc(
            Bad("\"amazon-us\"", "\"Amazon US\""),
            Bad("\"USD\"", "\"ZZZ\"").Replace("widgets", "gadgets", StringComparison.Ordinal),
            Bad("\"whole-price\"", "\"tiered\"").Replace("widgets", "gizmos", StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                "records[0].marketplace: 'Amazon US' is not a marketplace id such as amazon-us.",
                "records[1].currency: 'ZZZ' is not an ISO 4217 currency code.",
                "records[2].fees[0].bands: 'tiered' is not a band mode; use \"whole-price\" or \"marginal\".",
            },
            Problems(json));
    }

    [Fact]
    public void A_default_marketplace_id_is_refused_by_the_schedule()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MarketplaceFeeSchedule(
            default, "widgets", Currency.USD, MarketplaceFeeSchedules.Default.All[0].Fees, EffectivePeriod.From(new LocalDate(2026, 1, 1)), Source.UserSupplied("me", new LocalDate(2026, 1, 1))));
        Assert.Equal("marketplace", ex.ParamName);
        Assert.StartsWith("marketplace must be a parsed MarketplaceId, not default.", ex.Message, StringComparison.Ordinal);
    }
}
