using System.IO;
using System.Linq;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// <see cref="FbaFeeTables.Parse"/>: a seller's own FBA tables in the embedded format. Reading the embedded documents through it
/// runs the record readers inside the test (Default reads them once per process, behind a Lazy), so every field the readers take
/// is pinned here: the parsed tables must answer exactly as <see cref="FbaFeeTables.Default"/> does.
/// </summary>
public class FbaFeeTablesParseTests
{
    private static string Embedded(string table)
    {
        using Stream stream = typeof(Money).Assembly.GetManifestResourceStream("CrossBorder.Domain.Data." + table + ".json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly string Tiers = Embedded("amazon-fba-size-tiers");
    private static readonly string Cards = Embedded("amazon-fba-fulfilment-fees");
    private static readonly string Storage = Embedded("amazon-fba-storage-fees");
    private static readonly string Aged = Embedded("amazon-fba-aged-inventory-surcharge");

    [Fact]
    public void Null_documents_are_named_and_a_null_offer_in_a_comparison_too()
    {
        Assert.Equal("tiers", Assert.Throws<System.ArgumentNullException>(() => FbaFeeTables.Parse(null!, Cards, Storage)).ParamName);
        Assert.Equal("cards", Assert.Throws<System.ArgumentNullException>(() => FbaFeeTables.Parse(Tiers, null!, Storage)).ParamName);
        Assert.Equal("storage", Assert.Throws<System.ArgumentNullException>(() => FbaFeeTables.Parse(Tiers, Cards, null!)).ParamName);
        Assert.Empty(FbaFeeTables.Parse(Tiers, Cards, Storage).AgedInventoryRates);

        var offers = new MarketOffer[] { null! };
        var ex = Assert.Throws<System.ArgumentNullException>(() => PricingEngine.Default.Compare(offers, Currency.USD, new ExchangeRateTable(System.Array.Empty<ExchangeRate>())));
        Assert.Equal("offers", ex.ParamName);
    }

    [Fact]
    public void The_embedded_documents_parse_to_the_same_tables_as_Default()
    {
        FbaFeeTables parsed = FbaFeeTables.Parse(Tiers, Cards, Storage, Aged);
        FbaFeeTables d = FbaFeeTables.Default;

        Assert.Equal(d.SizeTiers.Select(t => t.ToString()), parsed.SizeTiers.Select(t => t.ToString()));
        Assert.Equal(d.FeeCards.Select(c => c.ToString()), parsed.FeeCards.Select(c => c.ToString()));
        Assert.Equal(d.StorageRates.Select(s => s.ToString()), parsed.StorageRates.Select(s => s.ToString()));
        Assert.Equal(d.AgedInventoryRates.Select(a => a.ToString()), parsed.AgedInventoryRates.Select(a => a.ToString()));
        Assert.Equal(7, parsed.SizeTiers.Count);
        Assert.Equal(32, parsed.FeeCards.Count);
        Assert.Equal(2, parsed.StorageRates.Count);
        Assert.Equal(6, parsed.AgedInventoryRates.Count);
    }

    [Fact]
    public void Parsed_tables_classify_and_charge_exactly_as_Default_across_tiers_weights_prices_and_dates()
    {
        FbaFeeTables parsed = FbaFeeTables.Parse(Tiers, Cards, Storage, Aged);
        FbaFeeTables d = FbaFeeTables.Default;
        int compared = 0;
        foreach (FbaFulfilmentFeeCard card in d.FeeCards)
        {
            LocalDate date = card.Period.ValidFrom;
            foreach (decimal kg in new[] { 0.05m, 0.2m, 0.45m, 0.9m, 2m, 5m, 12m, 25m, 60m })
            {
                foreach (decimal price in new[] { 8m, 9.99m, 10m, 25m, 60m })
                {
                    bool okDefault = d.TryGetFulfilmentFee(card.Marketplace, card.Tier, Mass.FromKilograms(kg), date, Money.Of(price, card.Currency), out FbaFulfilmentFee? expected);
                    bool okParsed = parsed.TryGetFulfilmentFee(card.Marketplace, card.Tier, Mass.FromKilograms(kg), date, Money.Of(price, card.Currency), out FbaFulfilmentFee? actual);
                    Assert.Equal(okDefault, okParsed);
                    if (okDefault)
                    {
                        Assert.Equal(expected!.Amount, actual!.Amount);
                        Assert.Equal(expected.ToString(), actual.ToString());
                        compared++;
                    }
                }
            }
        }

        foreach (FbaSizeTier tier in d.SizeTiers)
        {
            LocalDate date = tier.Period.ValidFrom;
            foreach ((decimal l, decimal m, decimal s, decimal kg) in new[] { (20m, 15m, 1m, 0.1m), (30m, 20m, 10m, 1m), (45m, 35m, 20m, 9m), (70m, 50m, 40m, 20m), (150m, 60m, 50m, 40m), (300m, 10m, 10m, 80m) })
            {
                var dims = Dimensions.Of(l, m, s, LengthUnit.Centimetre);
                bool okDefault = d.TryClassify(tier.Marketplace, dims, Mass.FromKilograms(kg), date, out FbaSizeClassification? expected);
                bool okParsed = parsed.TryClassify(tier.Marketplace, dims, Mass.FromKilograms(kg), date, out FbaSizeClassification? actual);
                Assert.Equal(okDefault, okParsed);
                if (okDefault)
                {
                    Assert.Equal(expected!.Tier.Name, actual!.Tier.Name);
                    Assert.Equal(expected.ShippingWeight, actual.ShippingWeight);
                    compared++;
                }
            }
        }

        foreach (FbaStorageRate rate in d.StorageRates)
        {
            foreach (int month in new[] { 1, 9, 10, 12 })
            {
                var date = new LocalDate(2025, month, 15);
                Assert.Equal(d.GetStorageRate(rate.Marketplace, rate.StorageClass, date).ToString(), parsed.GetStorageRate(rate.Marketplace, rate.StorageClass, date).ToString());
                compared++;
            }
        }

        Assert.True(compared > 300, $"only {compared} comparisons were made");
    }

    [Fact]
    public void Without_an_aged_inventory_document_there_are_no_surcharge_brackets()
    {
        FbaFeeTables parsed = FbaFeeTables.Parse(Tiers, Cards, Storage);
        Assert.Empty(parsed.AgedInventoryRates);
        Assert.Equal(7, parsed.SizeTiers.Count);
    }

    [Fact]
    public void Problems_of_every_document_are_reported_at_once_and_name_the_first_document()
    {
        string badTiers = ReplaceFirst(Tiers, "\"weight\": \"unit\"", "\"weight\": \"kilo\"");
        string badStorage = ReplaceFirst(Storage, "\"peakFromMonth\": 10", "\"peakFromMonth\": \"october\"");

        DataValidationException ex = Assert.Throws<DataValidationException>(() => FbaFeeTables.Parse(badTiers, Cards, badStorage, Aged));

        Assert.Equal("tiers", ex.ParamName);
        Assert.Contains(ex.Problems, p => p.Table == "amazon-fba-size-tiers" && p.Message.Contains("'kilo' is not a weight basis", System.StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Table == "amazon-fba-storage-fees");
        Assert.DoesNotContain(ex.Problems, p => p.Table == "amazon-fba-fulfilment-fees" || p.Table == "amazon-fba-aged-inventory-surcharge");
    }

    [Fact]
    public void A_document_of_another_table_is_refused()
    {
        DataValidationException ex = Assert.Throws<DataValidationException>(() => FbaFeeTables.Parse(Cards, Cards, Storage));
        Assert.Equal("tiers", ex.ParamName);
        Assert.All(ex.Problems, p => Assert.NotEqual("amazon-fba-storage-fees", p.Table));
    }

    [Theory]
    [InlineData(0, "tiers")]
    [InlineData(1, "cards")]
    [InlineData(2, "storage")]
    public void A_null_document_is_refused_by_name(int which, string param)
    {
        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => FbaFeeTables.Parse(
            which == 0 ? null! : Tiers, which == 1 ? null! : Cards, which == 2 ? null! : Storage));
        Assert.Equal(param, ex.ParamName);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, System.StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in the embedded document");
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
