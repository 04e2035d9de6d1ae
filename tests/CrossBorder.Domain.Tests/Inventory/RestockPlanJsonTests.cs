using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Serialization;
using NodaTime;

namespace CrossBorder.Domain.Tests.Inventory;

public class RestockPlanJsonTests
{
    [Fact]
    public void A_plan_serializes_as_its_model_with_figures_and_events()
    {
        // The Black Friday example of DemandOutlookTests: Q = 83, SS = 12.483561…, one event applied.
        var outlook = new DemandOutlook(CountryCode.Parse("US"), Markets.Default.Calendar, new[] { new EventUplift("black-friday", 3m) });
        RestockPlan plan = new RestockPlanner(new RestockPolicy(new ServiceLevel(0.95m), 0))
            .Plan(DemandEstimate.Given(10m, 2m), new LeadTimeEstimate(10m, 0m), new StockPosition(50), new LocalDate(2026, 11, 20), outlook);
        JsonNode json = JsonNode.Parse(JsonSerializer.Serialize(plan, CrossBorderJson.Options))!;
        Assert.Equal("2026-11-20", json["today"]!.GetValue<string>());
        Assert.Equal(83m, json["orderQuantity"]!.GetValue<decimal>());
        Assert.Equal(0.95m, json["serviceLevel"]!.GetValue<decimal>());
        Assert.Equal("black-friday", json["eventsApplied"]![0]!["eventId"]!.GetValue<string>());
        Assert.Equal("2026-11-27", json["eventsApplied"]![0]!["start"]!.GetValue<string>());
        Assert.Equal(plan.Figures.Count, json["figures"]!.AsArray().Count);
        Assert.Contains(json["figures"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "safety stock" && f["calculation"]!.GetValue<string>().StartsWith("1.2 × 1.6449", StringComparison.Ordinal));

        RestockPlanJson model = JsonSerializer.Deserialize<RestockPlanJson>(json.ToJsonString(), CrossBorderJson.Options)!;
        Assert.Equal(RestockPlanJson.From(plan).OrderQuantity, model.OrderQuantity);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RestockPlan>(json.ToJsonString(), CrossBorderJson.Options));
    }
}
