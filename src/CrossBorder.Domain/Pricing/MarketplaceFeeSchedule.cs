using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The per-sale fees of one fee category on one marketplace over a period (Amazon US "home-and-kitchen", eBay US
/// "most-categories", Shopify "basic" plan…). Immutable.
/// </summary>
public sealed record MarketplaceFeeSchedule : IEffectiveDated<MarketplaceFeeSchedule>
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="category">The marketplace's fee category (or plan).</param>
    /// <param name="currency">The currency of fixed amounts, minimums and band bounds.</param>
    /// <param name="fees">The fees charged per sale.</param>
    /// <param name="period">When the schedule is in force.</param>
    /// <param name="source">Where the figures come from.</param>
    public MarketplaceFeeSchedule(MarketplaceId marketplace, string category, Currency currency, IReadOnlyList<SellingFee> fees, EffectivePeriod period, Source source)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Marketplace = marketplace;
        Category = Preconditions.CheckNotNullOrWhiteSpace(category, nameof(category));
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        Preconditions.CheckNotEmpty(fees, nameof(fees));
        Fees = fees;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The fee category (or plan).</summary>
    public string Category { get; }

    /// <summary>The currency of the amounts in the schedule.</summary>
    public Currency Currency { get; }

    /// <summary>The fees charged per sale.</summary>
    public IReadOnlyList<SellingFee> Fees { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public MarketplaceFeeSchedule WithPeriod(EffectivePeriod period) => this with { Period = period };
}
