using System.Linq;
using System.Text.Json.Nodes;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Tests.Pricing;

/// <summary>
/// <see cref="FbaFeeTables.Parse"/> on small documents a seller could write: every unit each table accepts, every optional field
/// left out, and every malformed record reported once, at its location, with a message naming the value and what is allowed
/// (and nothing else: a record with a problem is never half-built). The figures are those of the embedded tables (Amazon's
/// "Product size tiers" 201105770, the 2024/2025 US rate card and the 2026 US card GABBX6GZPA8MSZGW, storage GJ9NNG7RK4TU6E3Z).
/// </summary>
public class FbaFeeTablesMalformedTests
{
    private const string TiersTable = "amazon-fba-size-tiers";
    private const string CardsTable = "amazon-fba-fulfilment-fees";
    private const string StorageTable = "amazon-fba-storage-fees";
    private const string AgedTable = "amazon-fba-aged-inventory-surcharge";
    private static readonly MarketplaceId Us = MarketplaceId.Parse("amazon-us");

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    // Amazon "Product size tiers" (201105770): small standard 15 x 12 x 0.75 in, 1 lb, unit weight.
    private static JsonObject Tier() => Obj("""
        {"marketplace": "amazon-us", "tier": "small-standard", "order": 1, "lengthUnit": "in", "weightUnit": "lb", "maxLongest": 15, "maxMedian": 12,
         "maxShortest": 0.75, "maxLengthPlusGirth": 130, "maxWeight": 1, "weight": "unit", "dimensionalDivisor": 139, "minimumSide": 2,
         "storageClass": "standard", "validFrom": "2024-02-05", "source": "s"}
        """);

    // The 2025 US small standard card with the low-price FBA discount ($0.77 below $10), plus an increment rule.
    private static JsonObject FlatCard() => Obj("""
        {"marketplace": "amazon-us", "tier": "small-standard", "currency": "USD", "weightUnit": "oz",
         "bands": [{"upTo": 2, "fee": 3.06}, {"upTo": 4, "fee": 3.15}], "above": {"from": 4, "fee": 3.24, "step": 2, "stepFee": 0.09},
         "lowPrice": {"priceBelow": 10, "discount": 0.77}, "validFrom": "2025-01-15", "source": "s"}
        """);

    // The 2026 US large standard card (GABBX6GZPA8MSZGW) with the 3.5% fuel and logistics surcharge.
    private static JsonObject PricedCard() => Obj("""
        {"marketplace": "amazon-us", "tier": "large-standard", "currency": "USD", "weightUnit": "lb", "priceBands": [{"below": 10}, {"atMost": 50}, {}],
         "bands": [{"upTo": 0.25, "fees": [2.91, 3.73, 3.99]}, {"upTo": 3, "fees": [5.85, 6.67, 6.93]}],
         "above": {"from": 3, "fees": [6.15, 6.97, 7.23], "step": 0.25, "stepFee": 0.08}, "surchargeRate": 0.035, "validFrom": "2026-04-17", "source": "s"}
        """);

    // GJ9NNG7RK4TU6E3Z: standard-size $0.78 (Jan-Sep) / $2.40 (Oct-Dec) per cubic foot.
    private static JsonObject StorageRecord() => Obj("""
        {"marketplace": "amazon-us", "storageClass": "standard", "currency": "USD", "volumeUnit": "ft3", "offPeak": 0.78, "peak": 2.4, "peakFromMonth": 10,
         "validFrom": "2024-04-01", "source": "s"}
        """);

    // The 2023-04-15 aged-inventory brackets: 181-210 days $0.50 per cubic foot, clothing exempt; 366+ days $6.90 or $0.15 per unit.
    private static JsonObject AgedRecord() => Obj("""
        {"marketplace": "amazon-us", "fromDay": 181, "toDay": 210, "currency": "USD", "volumeUnit": "ft3", "perVolume": 0.5, "perUnitMinimum": 0.15,
         "exemptCategories": ["clothing-and-accessories"], "validFrom": "2023-04-15", "source": "s"}
        """);

    private static string Doc(string table, string[] key, params JsonObject[] records)
    {
        var doc = new JsonObject
        {
            ["table"] = table,
            ["version"] = "2026.11.25",
            ["key"] = new JsonArray(key.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
            ["continuous"] = false,
            ["sources"] = new JsonObject
            {
                ["s"] = new JsonObject { ["title"] = "a seller's own fee card", ["address"] = "https://example.com/fba", ["retrieved"] = "2026-11-25", ["kind"] = "user" },
            },
            ["records"] = new JsonArray(records.Select(r => (JsonNode?)r.DeepClone()).ToArray()),
        };
        return doc.ToJsonString();
    }

    private static FbaFeeTables Parse(JsonObject[]? tiers = null, JsonObject[]? cards = null, JsonObject[]? storage = null, JsonObject[]? aged = null) =>
        FbaFeeTables.Parse(
            Doc(TiersTable, new[] { "marketplace", "tier" }, tiers ?? new[] { Tier() }),
            Doc(CardsTable, new[] { "marketplace", "tier" }, cards ?? new[] { FlatCard(), PricedCard() }),
            Doc(StorageTable, new[] { "marketplace", "storageClass" }, storage ?? new[] { StorageRecord() }),
            Doc(AgedTable, new[] { "marketplace", "fromDay" }, aged ?? new[] { AgedRecord() }));

    private static DataProblem OnlyProblem(System.Func<FbaFeeTables> parse, string table, string param)
    {
        DataValidationException ex = Assert.Throws<DataValidationException>(() => parse());
        Assert.Equal(param, ex.ParamName);
        DataProblem p = Assert.Single(ex.Problems);
        Assert.Equal(table, p.Table);
        return p;
    }

    private static DataProblem TierProblem(JsonObject tier) => OnlyProblem(() => Parse(tiers: new[] { tier }), TiersTable, "tiers");

    private static DataProblem CardProblem(JsonObject card) => OnlyProblem(() => Parse(cards: new[] { card }), CardsTable, "cards");

    private static DataProblem StorageProblem(JsonObject record) => OnlyProblem(() => Parse(storage: new[] { record }), StorageTable, "storage");

    private static DataProblem AgedProblem(JsonObject record) => OnlyProblem(() => Parse(aged: new[] { record }), AgedTable, "agedInventory");

    private static JsonObject Without(JsonObject record, string path)
    {
        string[] parts = path.Split('.');
        JsonObject target = record;
        foreach (string part in parts[..^1])
        {
            target = part.EndsWith(']')
                ? target[part[..part.IndexOf('[', System.StringComparison.Ordinal)]]!.AsArray()[int.Parse(part[(part.IndexOf('[', System.StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!.AsObject()
                : target[part]!.AsObject();
        }

        Assert.True(target.Remove(parts[^1]), $"{path} is not in the record");
        return record;
    }

    private static JsonObject With(JsonObject record, string field, JsonNode? value)
    {
        record[field] = value;
        return record;
    }

    private static void AssertProblem(DataProblem p, string path, string message)
    {
        Assert.Equal("records[0]." + path, p.Location);
        Assert.Equal(message, p.Message);
    }

    private static void AssertRequired(DataProblem p, string path)
    {
        string field = path.Substring(path.LastIndexOf('.') + 1);
        AssertProblem(p, path, field == "source" ? "every record must name its source (an id from 'sources')." : "'" + field + "' is required.");
    }

    [Fact]
    public void The_minimal_documents_parse_with_every_field_read()
    {
        FbaFeeTables t = Parse();
        FbaSizeTier tier = Assert.Single(t.SizeTiers);
        Assert.Equal(("small-standard", 1), (tier.Name, tier.Order));
        Assert.Equal(new Length(15m, LengthUnit.Inch), tier.MaxLongest);
        Assert.Equal(new Length(12m, LengthUnit.Inch), tier.MaxMedian);
        Assert.Equal(new Length(0.75m, LengthUnit.Inch), tier.MaxShortest);
        Assert.Equal(new Length(130m, LengthUnit.Inch), tier.MaxLengthPlusGirth);
        Assert.Equal(new Mass(1m, MassUnit.Pound), tier.MaxWeight);
        Assert.Equal(new Length(2m, LengthUnit.Inch), tier.MinimumSide);
        Assert.Equal(FbaWeightBasis.UnitWeight, tier.WeightBasis);
        Assert.Equal(139m, tier.DimensionalDivisor);
        Assert.Equal("standard", tier.StorageClass);
        Assert.Equal(new LocalDate(2024, 2, 5), tier.Period.ValidFrom);
        Assert.Equal("https://example.com/fba", tier.Source.Address);

        Assert.Equal(2, t.FeeCards.Count);
        FbaFulfilmentFeeCard flat = t.FeeCards.Single(c => c.Tier == "small-standard");
        Assert.Equal(new (decimal, decimal)[] { (2m, 3.06m), (4m, 3.15m) }, flat.Bands);
        Assert.Equal((4m, 3.24m, 2m, 0.09m), flat.Above);
        Assert.Equal(10m, flat.LowPriceBelow);
        Assert.Equal(0.77m, flat.LowPriceDiscount);
        Assert.False(flat.IsPriceDependent);
        Assert.Equal(MassUnit.Ounce, flat.WeightUnit);
        FbaFulfilmentFeeCard priced = t.FeeCards.Single(c => c.Tier == "large-standard");
        Assert.True(priced.IsPriceDependent);
        Assert.Equal(0.035m, priced.SurchargeRate);
        Assert.Equal(new[] { "price below 10", "price up to 50", "any other price" }, priced.PriceBands.Select(b => b.ToString()));
        Assert.Equal(new[] { 2.91m, 5.85m }, priced.FeesOf(0));
        Assert.Equal(new[] { 3.99m, 6.93m }, priced.FeesOf(2));
        Assert.Equal((3m, 7.23m, 0.25m, 0.08m), priced.Above);

        FbaStorageRate s = Assert.Single(t.StorageRates);
        Assert.Equal((0.78m, 2.4m, 10, VolumeUnit.CubicFoot, "USD"), (s.OffPeak, s.Peak, s.PeakFromMonth, s.VolumeUnit, s.Currency.Code));

        FbaAgedInventoryRate a = Assert.Single(t.AgedInventoryRates);
        Assert.Equal((181, (int?)210, 0.5m, (decimal?)0.15m, VolumeUnit.CubicFoot), (a.FromDay, a.ToDay, a.PerVolume, a.PerUnitMinimum, a.VolumeUnit));
        Assert.Equal(new[] { "clothing-and-accessories" }, a.ExemptCategories);
    }

    [Fact]
    public void Fees_of_the_parsed_cards_are_the_rate_card_figures()
    {
        FbaFeeTables t = Parse();
        var date = new LocalDate(2025, 3, 1);
        // 2025 small standard up to 2 oz: $3.06; below $10 the low-price FBA discount of $0.77 → $2.29.
        Assert.Equal(3.06m, t.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), date, Money.Of(25m, "USD")).Amount.Amount);
        Assert.Equal(2.29m, t.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(2), date, Money.Of(9.99m, "USD")).Amount.Amount);
        // Above 4 oz: $3.24 + ceil((7 − 4) / 2) × $0.09 = $3.42; low-price: $3.42 − $0.77 = $2.65.
        Assert.Equal(3.42m, t.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(7), date, Money.Of(25m, "USD")).Amount.Amount);
        Assert.Equal(2.65m, t.GetFulfilmentFee(Us, "small-standard", Mass.FromOunces(7), date, Money.Of(5m, "USD")).Amount.Amount);
        // 2026 large standard 3 lb: $6.67 at $10–$50, × 1.035 = 6.90345 → $6.90.
        Assert.Equal(6.90m, t.GetFulfilmentFee(Us, "large-standard", Mass.FromPounds(3), new LocalDate(2026, 5, 1), Money.Of(20m, "USD")).Amount.Amount);
    }

    [Theory]
    [InlineData("cm", LengthUnit.Centimetre)]
    [InlineData("mm", LengthUnit.Millimetre)]
    [InlineData("in", LengthUnit.Inch)]
    public void Every_length_unit_is_read(string unit, LengthUnit expected)
    {
        FbaSizeTier tier = Assert.Single(Parse(tiers: new[] { With(Tier(), "lengthUnit", unit) }).SizeTiers);
        Assert.Equal(expected, tier.LengthUnit);
        Assert.Equal(new Length(15m, expected), tier.MaxLongest);
    }

    [Theory]
    [InlineData("kg", MassUnit.Kilogram)]
    [InlineData("g", MassUnit.Gram)]
    [InlineData("oz", MassUnit.Ounce)]
    [InlineData("lb", MassUnit.Pound)]
    public void Every_mass_unit_is_read_by_tiers_and_cards(string unit, MassUnit expected)
    {
        FbaFeeTables t = Parse(tiers: new[] { With(Tier(), "weightUnit", unit) }, cards: new[] { With(FlatCard(), "weightUnit", unit) });
        Assert.Equal(new Mass(1m, expected), Assert.Single(t.SizeTiers).MaxWeight);
        Assert.Equal(expected, Assert.Single(t.FeeCards).WeightUnit);
    }

    [Fact]
    public void The_greater_of_unit_and_dimensional_weight_basis_is_read()
    {
        FbaSizeTier tier = Assert.Single(Parse(tiers: new[] { With(Tier(), "weight", "greater-of-unit-and-dimensional") }).SizeTiers);
        Assert.Equal(FbaWeightBasis.GreaterOfUnitAndDimensional, tier.WeightBasis);
    }

    [Fact]
    public void Cubic_metres_are_read_by_storage_and_aged_inventory()
    {
        FbaFeeTables t = Parse(storage: new[] { With(StorageRecord(), "volumeUnit", "m3") }, aged: new[] { With(AgedRecord(), "volumeUnit", "m3") });
        Assert.Equal(VolumeUnit.CubicMetre, Assert.Single(t.StorageRates).VolumeUnit);
        Assert.Equal(VolumeUnit.CubicMetre, Assert.Single(t.AgedInventoryRates).VolumeUnit);
    }

    [Fact]
    public void Optional_fields_may_be_left_out()
    {
        JsonObject tier = Tier();
        foreach (string field in new[] { "maxLongest", "maxMedian", "maxShortest", "maxLengthPlusGirth", "maxWeight", "minimumSide" })
        {
            Without(tier, field);
        }

        JsonObject flat = Without(Without(FlatCard(), "above"), "lowPrice");
        JsonObject priced = Without(Without(PricedCard(), "above"), "surchargeRate");
        JsonObject aged = Without(Without(Without(AgedRecord(), "toDay"), "perUnitMinimum"), "exemptCategories");
        FbaFeeTables t = Parse(tiers: new[] { tier }, cards: new[] { flat, priced }, aged: new[] { aged });

        FbaSizeTier s = Assert.Single(t.SizeTiers);
        Assert.Null(s.MaxLongest);
        Assert.Null(s.MaxMedian);
        Assert.Null(s.MaxShortest);
        Assert.Null(s.MaxLengthPlusGirth);
        Assert.Null(s.MaxWeight);
        Assert.Null(s.MinimumSide);
        FbaFulfilmentFeeCard f = t.FeeCards.Single(c => c.Tier == "small-standard");
        Assert.Null(f.Above);
        Assert.Null(f.LowPriceBelow);
        Assert.Equal(0m, f.LowPriceDiscount);
        Assert.Equal(new[] { FbaPriceBand.Any }, f.PriceBands);
        FbaFulfilmentFeeCard p = t.FeeCards.Single(c => c.Tier == "large-standard");
        Assert.Null(p.Above);
        Assert.Equal(0m, p.SurchargeRate);
        Assert.Equal(5.85m, p.FeeFor(Mass.FromPounds(3), 5m));
        FbaAgedInventoryRate a = Assert.Single(t.AgedInventoryRates);
        Assert.Null(a.ToDay);
        Assert.Null(a.PerUnitMinimum);
        Assert.Empty(a.ExemptCategories);
    }

    [Fact]
    public void A_bracket_ending_on_its_first_day_is_allowed()
    {
        FbaAgedInventoryRate a = Assert.Single(Parse(aged: new[] { With(AgedRecord(), "toDay", 181) }).AgedInventoryRates);
        Assert.Equal(181, a.ToDay);
    }

    [Theory]
    [InlineData("marketplace")]
    [InlineData("tier")]
    [InlineData("order")]
    [InlineData("lengthUnit")]
    [InlineData("weightUnit")]
    [InlineData("weight")]
    [InlineData("dimensionalDivisor")]
    [InlineData("storageClass")]
    [InlineData("validFrom")]
    [InlineData("source")]
    public void A_tier_without_a_required_field_is_one_problem_at_that_field(string field) =>
        AssertRequired(TierProblem(Without(Tier(), field)), field);

    [Theory]
    [InlineData("marketplace")]
    [InlineData("tier")]
    [InlineData("currency")]
    [InlineData("weightUnit")]
    [InlineData("bands")]
    [InlineData("validFrom")]
    [InlineData("source")]
    [InlineData("bands[0].upTo")]
    [InlineData("bands[1].fee")]
    [InlineData("above.from")]
    [InlineData("above.fee")]
    [InlineData("above.step")]
    [InlineData("above.stepFee")]
    [InlineData("lowPrice.priceBelow")]
    [InlineData("lowPrice.discount")]
    public void A_flat_card_without_a_required_field_is_one_problem_at_that_field(string path) =>
        AssertRequired(CardProblem(Without(FlatCard(), path)), path);

    [Theory]
    [InlineData("marketplace")]
    [InlineData("tier")]
    [InlineData("currency")]
    [InlineData("weightUnit")]
    [InlineData("bands")]
    [InlineData("validFrom")]
    [InlineData("source")]
    [InlineData("bands[0].upTo")]
    [InlineData("bands[1].fees")]
    [InlineData("above.from")]
    [InlineData("above.fees")]
    [InlineData("above.step")]
    [InlineData("above.stepFee")]
    public void A_priced_card_without_a_required_field_is_one_problem_at_that_field(string path) =>
        AssertRequired(CardProblem(Without(PricedCard(), path)), path);

    [Theory]
    [InlineData("marketplace")]
    [InlineData("storageClass")]
    [InlineData("currency")]
    [InlineData("volumeUnit")]
    [InlineData("offPeak")]
    [InlineData("peak")]
    [InlineData("peakFromMonth")]
    [InlineData("validFrom")]
    [InlineData("source")]
    public void A_storage_rate_without_a_required_field_is_one_problem_at_that_field(string field) =>
        AssertRequired(StorageProblem(Without(StorageRecord(), field)), field);

    [Theory]
    [InlineData("marketplace")]
    [InlineData("fromDay")]
    [InlineData("currency")]
    [InlineData("volumeUnit")]
    [InlineData("perVolume")]
    [InlineData("validFrom")]
    [InlineData("source")]
    public void An_aged_inventory_bracket_without_a_required_field_is_one_problem_at_that_field(string field) =>
        AssertRequired(AgedProblem(Without(AgedRecord(), field)), field);

    [Theory]
    [InlineData("lengthUnit", "ft", "'ft' is not a length unit; use \"in\", \"cm\" or \"mm\".")]
    [InlineData("weightUnit", "stone", "'stone' is not a mass unit; use \"lb\", \"oz\", \"kg\" or \"g\".")]
    [InlineData("weight", "dimensional", "'dimensional' is not a weight basis; use \"unit\" or \"greater-of-unit-and-dimensional\".")]
    [InlineData("marketplace", "-amazon", "'-amazon' is not a marketplace id such as amazon-us.")]
    public void A_tier_with_a_value_outside_the_vocabulary_names_it_and_what_is_allowed(string field, string value, string message)
    {
        DataProblem p = TierProblem(With(Tier(), field, value));
        AssertProblem(p, field, message);
    }

    [Theory]
    [InlineData("currency", "QQQ", "'QQQ' is not an ISO 4217 currency code.")]
    [InlineData("weightUnit", "ton", "'ton' is not a mass unit; use \"lb\", \"oz\", \"kg\" or \"g\".")]
    [InlineData("marketplace", "amazon-us-", "'amazon-us-' is not a marketplace id such as amazon-us.")]
    public void A_card_with_a_value_outside_the_vocabulary_names_it_and_what_is_allowed(string field, string value, string message)
    {
        DataProblem p = CardProblem(With(FlatCard(), field, value));
        AssertProblem(p, field, message);
    }

    [Theory]
    [InlineData("volumeUnit", "l", "'l' is not a volume unit; use \"ft3\" or \"m3\".")]
    [InlineData("currency", "QQQ", "'QQQ' is not an ISO 4217 currency code.")]
    public void Storage_and_aged_records_with_a_value_outside_the_vocabulary_name_it(string field, string value, string message)
    {
        DataProblem s = StorageProblem(With(StorageRecord(), field, value));
        AssertProblem(s, field, message);
        DataProblem a = AgedProblem(With(AgedRecord(), field, value));
        AssertProblem(a, field, message);
    }

    [Fact]
    public void A_bracket_ending_before_it_starts_is_one_problem_at_toDay()
    {
        DataProblem p = AgedProblem(With(AgedRecord(), "toDay", 180));
        Assert.Equal("records[0].toDay", p.Location);
        Assert.Equal("toDay 180 is before fromDay 181.", p.Message);
    }

    [Fact]
    public void A_price_band_with_both_limits_is_refused()
    {
        JsonObject card = PricedCard();
        card["priceBands"]![0] = Obj("""{"below": 10, "atMost": 10}""");
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].priceBands", p.Location);
        Assert.Equal("a price band has either 'below' or 'atMost', not both.", p.Message);
    }

    [Theory]
    [InlineData("below", "0", "price band limit 0 must be greater than zero.")]
    [InlineData("below", "-5", "price band limit -5 must be greater than zero.")]
    [InlineData("atMost", "0", "price band limit 0 must be greater than zero.")]
    [InlineData("atMost", "-2.5", "price band limit -2.5 must be greater than zero.")]
    public void A_price_band_limit_of_zero_or_less_is_refused(string field, string limit, string message)
    {
        JsonObject card = PricedCard();
        card["priceBands"]![1] = Obj("{\"" + field + "\": " + limit + "}");
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].priceBands", p.Location);
        Assert.Equal(message, p.Message);
    }

    [Fact]
    public void A_price_band_limit_just_above_zero_is_accepted()
    {
        JsonObject card = PricedCard();
        card["priceBands"]![0] = Obj("""{"below": 0.01}""");
        card["priceBands"]![1] = Obj("""{"atMost": 0.02}""");
        FbaFulfilmentFeeCard c = Parse(cards: new[] { card }).FeeCards.Single();
        Assert.Equal(new[] { "price below 0.01", "price up to 0.02", "any other price" }, c.PriceBands.Select(b => b.ToString()));
    }

    [Fact]
    public void An_empty_list_of_price_bands_is_refused()
    {
        JsonObject card = PricedCard();
        card["priceBands"] = new JsonArray();
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].priceBands", p.Location);
        Assert.Equal("at least one price band is needed.", p.Message);
    }

    [Fact]
    public void A_last_price_band_with_a_limit_is_refused()
    {
        JsonObject card = PricedCard();
        card["priceBands"]![2] = Obj("""{"atMost": 100}""");
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].priceBands", p.Location);
        Assert.Equal("the last price band must be {} (any other price).", p.Message);
    }

    [Fact]
    public void A_single_any_price_band_makes_a_price_dependent_card_with_one_column()
    {
        JsonObject card = PricedCard();
        card["priceBands"] = new JsonArray(Obj("{}"));
        card["bands"] = new JsonArray(Obj("""{"upTo": 1, "fees": [4.86]}"""));
        card["above"] = Obj("""{"from": 1, "fees": [5.0], "step": 1, "stepFee": 0.5}""");
        FbaFulfilmentFeeCard c = Parse(cards: new[] { card }).FeeCards.Single();
        Assert.Equal(new[] { FbaPriceBand.Any }, c.PriceBands);
        Assert.True(c.IsPriceDependent);
        Assert.Equal(5.69m, c.FeeFor(Mass.FromPounds(2), 9m)); // (5.00 + 1 × 0.50) × 1.035 = 5.6925
    }

    [Fact]
    public void A_weight_band_with_too_few_fees_is_refused()
    {
        JsonObject card = PricedCard();
        card["bands"]![1]!["fees"] = new JsonArray(5.85m, 6.67m);
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].bands", p.Location);
        Assert.Equal("every band needs one fee per price band (3).", p.Message);
    }

    [Fact]
    public void An_increment_rule_with_too_many_fees_is_refused()
    {
        JsonObject card = PricedCard();
        card["above"]!["fees"] = new JsonArray(6.15m, 6.97m, 7.23m, 8m);
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].above", p.Location);
        Assert.Equal("'fees' needs one fee per price band (3).", p.Message);
    }

    [Fact]
    public void A_low_price_rule_on_a_card_with_price_bands_is_refused()
    {
        DataProblem p = CardProblem(With(PricedCard(), "lowPrice", Obj("""{"priceBelow": 10, "discount": 0.77}""")));
        Assert.Equal("records[0].lowPrice", p.Location);
        Assert.Equal("a card with 'priceBands' carries its low-price fees in the first band; remove 'lowPrice'.", p.Message);
    }

    [Fact]
    public void A_card_with_no_weight_bands_is_refused_not_dropped()
    {
        foreach (JsonObject card in new[] { FlatCard(), PricedCard() })
        {
            DataProblem p = CardProblem(With(card, "bands", new JsonArray()));
            Assert.Equal("records[0].bands", p.Location);
            Assert.Equal("at least one weight band is needed.", p.Message);
        }
    }

    [Fact]
    public void A_priced_card_whose_only_band_has_no_fees_is_one_problem_at_the_band()
    {
        DataProblem p = CardProblem(With(PricedCard(), "bands", new JsonArray(Obj("""{"upTo": 1}"""))));
        Assert.Equal("records[0].bands[0].fees", p.Location);
        Assert.Equal("'fees' is required.", p.Message);
    }

    [Fact]
    public void A_flat_card_whose_only_band_has_no_fee_is_one_problem_at_the_band()
    {
        DataProblem p = CardProblem(With(FlatCard(), "bands", new JsonArray(Obj("""{"upTo": 1}"""))));
        Assert.Equal("records[0].bands[0].fee", p.Location);
        Assert.Equal("'fee' is required.", p.Message);
    }

    [Theory]
    [InlineData("-0.01", "-0.01")]
    [InlineData("1.01", "1.01")]
    public void A_surcharge_outside_0_to_1_is_refused(string rate, string shown)
    {
        DataProblem p = CardProblem(With(PricedCard(), "surchargeRate", JsonNode.Parse(rate)));
        Assert.Equal("records[0].surchargeRate", p.Location);
        Assert.Equal(shown + " is not allowed: a surcharge is a fraction from 0 to 1 on a card with 'priceBands'.", p.Message);
    }

    [Fact]
    public void A_surcharge_on_a_card_without_price_bands_is_refused()
    {
        DataProblem p = CardProblem(With(FlatCard(), "surchargeRate", 0.035m));
        Assert.Equal("records[0].surchargeRate", p.Location);
        Assert.Equal("0.035 is not allowed: a surcharge is a fraction from 0 to 1 on a card with 'priceBands'.", p.Message);
    }

    [Theory]
    [InlineData("0", 3.99)]
    [InlineData("1", 7.98)]
    public void A_surcharge_of_exactly_0_or_1_is_accepted(string rate, double fee)
    {
        FbaFulfilmentFeeCard c = Parse(cards: new[] { With(PricedCard(), "surchargeRate", JsonNode.Parse(rate)) }).FeeCards.Single();
        Assert.Equal((decimal)fee, c.FeeFor(Mass.FromPounds(0.25m), 60m));
    }

    [Fact]
    public void A_flat_card_with_a_zero_surcharge_is_accepted()
    {
        FbaFulfilmentFeeCard c = Parse(cards: new[] { With(FlatCard(), "surchargeRate", 0) }).FeeCards.Single();
        Assert.Equal(0m, c.SurchargeRate);
    }

    [Fact]
    public void Problems_in_nested_bands_are_located_in_the_band()
    {
        JsonObject card = FlatCard();
        card["bands"]![1]!["fee"] = "three";
        DataProblem p = CardProblem(card);
        Assert.Equal("records[0].bands[1].fee", p.Location);
        Assert.Equal("\"three\" is not a decimal number.", p.Message);
    }
}
