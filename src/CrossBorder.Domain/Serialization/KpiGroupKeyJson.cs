using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="KpiGroupKey"/>: the dimensions a KPI row is grouped by; a dimension not grouped by is null.</summary>
/// <param name="Marketplace">The marketplace, or null.</param>
/// <param name="Market">The market (country), or null.</param>
/// <param name="Sku">The SKU, or null.</param>
/// <param name="Campaign">The advertising campaign, or null.</param>
/// <param name="Channel">Who fulfilled the orders, or null.</param>
/// <param name="Period">The dates of the period, or null.</param>
public sealed record KpiGroupKeyJson(MarketplaceId? Marketplace, CountryCode? Market, string? Sku, string? Campaign, FulfilledBy? Channel, DateInterval? Period)
{
    /// <summary>The model of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The model.</returns>
    public static KpiGroupKeyJson From(KpiGroupKey key) => new(key.Marketplace, key.Market, key.Sku, key.Campaign, key.Channel, key.Period);
}
