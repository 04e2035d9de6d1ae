using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>One marketplace in a comparison: local price and margin, and the profit in the reporting currency. Immutable.</summary>
public sealed class MarketComparisonRow
{
    internal MarketComparisonRow(MarketOffer offer, UnitEconomics? economics, ExchangeRate? rate, Money? reportingProfit, string? reason)
    {
        Offer = offer;
        Economics = economics;
        Rate = rate;
        NetProfitInReportingCurrency = reportingProfit;
        Reason = reason;
    }

    /// <summary>The offer.</summary>
    public MarketOffer Offer { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace => Offer.Sale.Marketplace;

    /// <summary>The local currency.</summary>
    public Currency Currency => Offer.Sale.Currency;

    /// <summary>The unit economics, or null when the target is unreachable.</summary>
    public UnitEconomics? Economics { get; }

    /// <summary>The local price, or null.</summary>
    public Money? Price => Economics?.Price;

    /// <summary>The net margin, or null.</summary>
    public Percentage? NetMargin => Economics?.NetMargin;

    /// <summary>The exchange rate used (local → reporting), or null when the currencies are the same or no price.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Net profit per unit in the reporting currency (not rounded), or null.</summary>
    public Money? NetProfitInReportingCurrency { get; }

    /// <summary>Why there is no price, or null.</summary>
    public string? Reason { get; }
}
