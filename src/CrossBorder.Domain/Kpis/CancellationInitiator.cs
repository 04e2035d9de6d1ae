namespace CrossBorder.Domain.Kpis;

/// <summary>Who cancelled an order.</summary>
public enum CancellationInitiator
{
    /// <summary>The buyer (does not count against the seller's cancel rate).</summary>
    Buyer = 0,

    /// <summary>The seller (counts against the pre-fulfilment cancel rate when before shipment).</summary>
    Seller = 1,
}
