namespace CrossBorder.Domain.Selection;

/// <summary>What a cash movement of a <see cref="CapitalPlan"/> is for. <see cref="SalesSettled"/> is the only inflow.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CashFlowCategory>))]
public enum CashFlowCategory
{
    /// <summary>Inflow: sales proceeds (price net of VAT × units) paid by the marketplace at a settlement.</summary>
    SalesSettled = 0,

    /// <summary>Marketplace fees (referral, closing) withheld from the same settlement.</summary>
    MarketplaceFees = 1,

    /// <summary>Fulfilment fees of stocked goods (FBA or 3PL pick, pack and ship), withheld from the same settlement.</summary>
    FulfilmentFees = 2,

    /// <summary>Dropshipping: the supplier's price per order, including shipping direct to the customer.</summary>
    SupplierOrders = 3,

    /// <summary>Brand stocking: the purchase order (deposit when ordered, balance when shipped).</summary>
    InventoryPurchase = 4,

    /// <summary>Brand stocking: freight from origin to the market, paid when the goods ship.</summary>
    Freight = 5,

    /// <summary>Brand stocking: import duties and non-recoverable import taxes, paid on arrival.</summary>
    Duties = 6,

    /// <summary>Certificates obtained before launch (test lab, certification body).</summary>
    Certifications = 7,

    /// <summary>The launch advertising budget (monthly, for the first months of selling).</summary>
    LaunchAdvertising = 8,

    /// <summary>Ongoing advertising: the assumed advertising cost per sale × units sold.</summary>
    Advertising = 9,

    /// <summary>Fixed monthly costs (marketplace subscription, software, storage), paid on the first day of each month.</summary>
    FixedCosts = 10,
}
