using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Serialization;

namespace CrossBorder.Domain.Tests.Serialization;

/// <summary>The input contract: shipments, products and listings read back from their own JSON and compute the same results.</summary>
public class JsonInputTests
{
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, CrossBorderJson.Options);

    [Fact]
    public void A_shipment_round_trips_and_lands_at_the_same_cost()
    {
        Shipment shipment = JsonSamples.Shipment();
        string json = Json(shipment);
        Shipment back = JsonSerializer.Deserialize<Shipment>(json, CrossBorderJson.Options)!;
        Assert.Equal(json, Json(back));
        Assert.Equal(shipment.Lines[0], back.Lines[0]);
        Assert.Equal(shipment.Insurance, back.Insurance);
        Assert.Same(shipment.Incoterm, back.Incoterm);
        Assert.Equal(Json(JsonSamples.Calculator.Calculate(shipment)), Json(JsonSamples.Calculator.Calculate(back)));
    }

    [Fact]
    public void A_product_round_trips_and_gets_the_same_compliance_report()
    {
        Product product = JsonSamples.Product();
        string json = Json(product);
        Product back = JsonSerializer.Deserialize<Product>(json, CrossBorderJson.Options)!;
        Assert.Equal(json, Json(back));
        var rules = Domain.Compliance.ComplianceRuleSet.Default;
        var de = Domain.Geography.CountryCode.Parse("DE");
        Assert.Equal(Json(rules.Evaluate(product, de, JsonSamples.Today)), Json(rules.Evaluate(back, de, JsonSamples.Today)));
    }

    [Fact]
    public void A_sale_and_a_listing_round_trip_and_price_the_same()
    {
        SaleContext sale = JsonSamples.Sale();
        ListingInput listing = JsonSamples.Listing();
        SaleContext saleBack = JsonSerializer.Deserialize<SaleContext>(Json(sale), CrossBorderJson.Options)!;
        ListingInput listingBack = JsonSerializer.Deserialize<ListingInput>(Json(listing), CrossBorderJson.Options)!;
        Assert.Equal(sale, saleBack);
        Assert.Equal(Json(listing), Json(listingBack));
        var price = Domain.Monetary.Money.Of(29.99m, "EUR");
        Assert.Equal(Json(PricingEngine.Default.Model(sale, listing).At(price)), Json(PricingEngine.Default.Model(saleBack, listingBack).At(price)));
    }

    [Theory]
    [InlineData("currency", "\"XYZ\"", "currency code")]
    [InlineData("amount", null, "\"amount\" is missing")]
    [InlineData("amount", "0.30000000000000004", "binary floating-point")]
    public void Malformed_money_in_a_shipment_line_names_its_path(string property, string? value, string expected)
    {
        JsonNode node = JsonNode.Parse(Json(JsonSamples.Shipment()))!;
        JsonObject price = node["lines"]![1]!["unitPrice"]!.AsObject();
        if (value is null)
        {
            price.Remove(property);
        }
        else
        {
            price[property] = JsonNode.Parse(value);
        }

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Shipment>(node.ToJsonString(), CrossBorderJson.Options));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.lines[1].unitPrice", ex.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incoterm", "\"FOB-ish\"", "$.incoterm", "Unknown Incoterm")]
    [InlineData("incoterm", "4", "$.incoterm", "Incoterm name")]
    [InlineData("allocation", "\"byLuck\"", "$.allocation", "")]
    [InlineData("destination", "\"DEU\"", "$.destination", "country code")]
    public void Malformed_codes_in_a_shipment_name_their_path(string property, string value, string path, string expected)
    {
        JsonNode node = JsonNode.Parse(Json(JsonSamples.Shipment()))!;
        node[property] = JsonNode.Parse(value);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Shipment>(node.ToJsonString(), CrossBorderJson.Options));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_a_json_exception_naming_it()
    {
        JsonNode node = JsonNode.Parse(Json(JsonSamples.Shipment()))!;
        node["lines"]![0]!.AsObject().Remove("unitMass");
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Shipment>(node.ToJsonString(), CrossBorderJson.Options));
        Assert.Contains("unitMass", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.lines[0]", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_deeper_than_64_levels_are_refused()
    {
        string deep = new string('[', 100) + new string(']', 100);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<JsonElement>(deep, CrossBorderJson.Options));
    }
}
