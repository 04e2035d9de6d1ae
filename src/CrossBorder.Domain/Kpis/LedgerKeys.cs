using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Interns the text keys of a ledger — marketplaces, SKUs, campaigns — into small dense integers once, when rows are read,
/// so that the KPI engine groups millions of rows with array lookups instead of hashing strings for every row.
/// </summary>
/// <remarks>
/// <para>Use one instance for all the rows of one analysis and pass it to the <see cref="KpiQuery"/>. SKUs and campaigns are
/// compared ordinally (case-sensitive), as marketplaces report them.</para>
/// <para>Thread-safe: rows may be read on several threads at once.</para>
/// </remarks>
public sealed class LedgerKeys
{
    private readonly object gate = new();
    private readonly Dictionary<MarketplaceId, int> marketplaceIndex = new();
    private readonly List<MarketplaceId> marketplaces = new();
    private readonly Dictionary<string, int> skuIndex = new(StringComparer.Ordinal);
    private readonly List<string> skus = new();
    private readonly Dictionary<string, int> campaignIndex = new(StringComparer.Ordinal);
    private readonly List<string> campaigns = new();

    /// <summary>The number of marketplaces interned so far.</summary>
    public int MarketplaceCount
    {
        get
        {
            lock (gate)
            {
                return marketplaces.Count;
            }
        }
    }

    /// <summary>The number of SKUs interned so far.</summary>
    public int SkuCount
    {
        get
        {
            lock (gate)
            {
                return skus.Count;
            }
        }
    }

    /// <summary>The number of campaigns interned so far.</summary>
    public int CampaignCount
    {
        get
        {
            lock (gate)
            {
                return campaigns.Count;
            }
        }
    }

    /// <summary>The key of <paramref name="marketplace"/>, interning it on first use.</summary>
    /// <param name="marketplace">The marketplace, for example <c>amazon-de</c>.</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentException"><paramref name="marketplace"/> is the default (empty) identifier.</exception>
    public MarketplaceKey Marketplace(MarketplaceId marketplace)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace is the default (empty) MarketplaceId; give one such as amazon-de.");
        lock (gate)
        {
            if (!marketplaceIndex.TryGetValue(marketplace, out int index))
            {
                index = marketplaces.Count;
                marketplaces.Add(marketplace);
                marketplaceIndex.Add(marketplace, index);
            }

            return new MarketplaceKey(index);
        }
    }

    /// <summary>The key of seller SKU <paramref name="sku"/>, interning it on first use.</summary>
    /// <param name="sku">The SKU, as the marketplace reports it (ordinal comparison).</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is empty or white space.</exception>
    public SkuKey Sku(string sku)
    {
        Preconditions.CheckNotNullOrWhiteSpace(sku, nameof(sku));
        return new SkuKey(Intern(skuIndex, skus, sku));
    }

    /// <summary>The key of advertising campaign <paramref name="campaign"/>, interning it on first use.</summary>
    /// <param name="campaign">The campaign name or id (ordinal comparison).</param>
    /// <returns>Its key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="campaign"/> is empty or white space.</exception>
    public CampaignKey Campaign(string campaign)
    {
        Preconditions.CheckNotNullOrWhiteSpace(campaign, nameof(campaign));
        return new CampaignKey(Intern(campaignIndex, campaigns, campaign));
    }

    /// <summary>The marketplace a key stands for.</summary>
    /// <param name="key">A key issued by this instance.</param>
    /// <returns>The marketplace.</returns>
    /// <exception cref="ArgumentException">The key is <see cref="MarketplaceKey.None"/> or was not issued by this instance.</exception>
    public MarketplaceId MarketplaceOf(MarketplaceKey key)
    {
        lock (gate)
        {
            return unchecked((uint)key.Index) < (uint)marketplaces.Count ? marketplaces[key.Index] : throw Unknown(key.ToString(), marketplaces.Count, nameof(key));
        }
    }

    /// <summary>The SKU a key stands for.</summary>
    /// <param name="key">A key issued by this instance.</param>
    /// <returns>The SKU text.</returns>
    /// <exception cref="ArgumentException">The key is <see cref="SkuKey.None"/> or was not issued by this instance.</exception>
    public string SkuOf(SkuKey key)
    {
        lock (gate)
        {
            return unchecked((uint)key.Index) < (uint)skus.Count ? skus[key.Index] : throw Unknown(key.ToString(), skus.Count, nameof(key));
        }
    }

    /// <summary>The campaign a key stands for.</summary>
    /// <param name="key">A key issued by this instance.</param>
    /// <returns>The campaign text.</returns>
    /// <exception cref="ArgumentException">The key is <see cref="CampaignKey.None"/> or was not issued by this instance.</exception>
    public string CampaignOf(CampaignKey key)
    {
        lock (gate)
        {
            return unchecked((uint)key.Index) < (uint)campaigns.Count ? campaigns[key.Index] : throw Unknown(key.ToString(), campaigns.Count, nameof(key));
        }
    }

    private int Intern(Dictionary<string, int> index, List<string> names, string text)
    {
        lock (gate)
        {
            if (!index.TryGetValue(text, out int i))
            {
                i = names.Count;
                names.Add(text);
                index.Add(text, i);
            }

            return i;
        }
    }

    private static ArgumentException Unknown(string key, int count, string paramName) =>
        new($"{paramName} is {key}, which this LedgerKeys did not issue (it holds {count.ToString(CultureInfo.InvariantCulture)} keys of that kind); use keys from the LedgerKeys that read the rows.", paramName);
}
