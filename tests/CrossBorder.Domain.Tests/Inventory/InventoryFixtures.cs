using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Inventory;
using CrossBorder.Domain.Logistics;

namespace CrossBorder.Domain.Tests.Inventory;

/// <summary>Routes used by the tests. The stage ranges are illustrative test data, not published lead times.</summary>
internal static class InventoryFixtures
{
    /// <summary>Shenzhen → US FBA by sea: 20–30 production, 1–3 inland, 18–25 sea, 2–5 customs, 5–10 receiving = 46–73 days.</summary>
    internal static readonly SupplyRoute ShenzhenToUsBySea = new(
        "Shenzhen → US FBA by sea",
        "CN",
        "US",
        FreightMode.SeaFcl,
        new[]
        {
            new SupplyStage(SupplyStageKind.Production, new LeadTimeRange(20, 30)),
            new SupplyStage(SupplyStageKind.InlandToOrigin, new LeadTimeRange(1, 3)),
            new SupplyStage(SupplyStageKind.MainLeg, new LeadTimeRange(18, 25), "Sea Yantian → Los Angeles"),
            new SupplyStage(SupplyStageKind.CustomsClearance, new LeadTimeRange(2, 5)),
            new SupplyStage(SupplyStageKind.Receiving, new LeadTimeRange(5, 10), "FBA receiving and check-in"),
        });

    internal static RetailCalendar Calendar => Markets.Default.Calendar;
}
