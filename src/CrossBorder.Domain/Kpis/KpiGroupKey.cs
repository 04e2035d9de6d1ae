using System;
using System.Collections.Generic;
using System.Text;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The key of one group of KPI results: the value of each grouped dimension, or <see langword="null"/> where the query does not group
/// by it (or the rows have no value for it, such as the campaign of an order line).
/// </summary>
/// <remarks>Immutable. Equality is by every part.</remarks>
public readonly struct KpiGroupKey : IEquatable<KpiGroupKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="marketplace">The marketplace, if grouped by it.</param>
    /// <param name="market">The market, if grouped by it.</param>
    /// <param name="sku">The SKU, if grouped by it.</param>
    /// <param name="campaign">The campaign, if grouped by it.</param>
    /// <param name="channel">The fulfilment channel, if grouped by it.</param>
    /// <param name="period">The period, if split by period.</param>
    public KpiGroupKey(MarketplaceId? marketplace, CountryCode? market, string? sku, string? campaign, FulfilledBy? channel, DateInterval? period)
    {
        Marketplace = marketplace;
        Market = market;
        Sku = sku;
        Campaign = campaign;
        Channel = channel;
        Period = period;
    }

    /// <summary>The marketplace, or null.</summary>
    public MarketplaceId? Marketplace { get; }

    /// <summary>The market (country sold into), or null.</summary>
    public CountryCode? Market { get; }

    /// <summary>The SKU, or null.</summary>
    public string? Sku { get; }

    /// <summary>The campaign, or null.</summary>
    public string? Campaign { get; }

    /// <summary>The fulfilment channel, or null.</summary>
    public FulfilledBy? Channel { get; }

    /// <summary>The period (clipped to the query's range), or null.</summary>
    public DateInterval? Period { get; }

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(KpiGroupKey left, KpiGroupKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(KpiGroupKey left, KpiGroupKey right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(KpiGroupKey other) =>
        Nullable.Equals(Marketplace, other.Marketplace) && Nullable.Equals(Market, other.Market)
        && string.Equals(Sku, other.Sku, StringComparison.Ordinal) && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal)
        && Nullable.Equals(Channel, other.Channel) && EqualityComparer<DateInterval?>.Default.Equals(Period, other.Period);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KpiGroupKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Marketplace, Market, Sku is null ? 0 : StringComparer.Ordinal.GetHashCode(Sku), Campaign is null ? 0 : StringComparer.Ordinal.GetHashCode(Campaign), Channel, Period);

    /// <summary>"amazon-de / MUG-01 / 2026-01-01..2026-01-31", or "all".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        void Part(string? value)
        {
            if (value is not null)
            {
                text.Append(text.Length == 0 ? string.Empty : " / ").Append(value);
            }
        }

        Part(Marketplace?.Value);
        Part(Market?.Value);
        Part(Sku);
        Part(Campaign);
        Part(Channel?.ToString());
        Part(Period is null ? null : PeriodGrouping.Format(Period));
        return text.Length == 0 ? "all" : text.ToString();
    }
}
