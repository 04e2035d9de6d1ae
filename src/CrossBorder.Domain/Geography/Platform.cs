using System;
using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The closed vocabulary of selling platforms the library knows: Amazon, eBay, Shopify (the seller's own store), Shopee, Lazada and
/// TikTok Shop. Each platform's sites are <see cref="Marketplace"/> records, which users can add to.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Prefix"/> is the first part of a <see cref="MarketplaceId"/> (<c>amazon</c> in <c>amazon-de</c>).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<Platform>))]
public sealed class Platform : SmartEnum<Platform>
{
    /// <summary>Amazon's marketplaces (amazon.com, amazon.de, amazon.co.jp…).</summary>
    public static readonly Platform Amazon = new(nameof(Amazon), 1, "amazon", "Amazon");

    /// <summary>eBay's sites (ebay.com, ebay.co.uk, ebay.de…).</summary>
    public static readonly Platform Ebay = new(nameof(Ebay), 2, "ebay", "eBay");

    /// <summary>A Shopify online store: the seller's own shop, not a marketplace; the seller collects the taxes.</summary>
    public static readonly Platform Shopify = new(nameof(Shopify), 3, "shopify", "Shopify");

    /// <summary>Shopee (South-East Asia, Taiwan, Brazil).</summary>
    public static readonly Platform Shopee = new(nameof(Shopee), 4, "shopee", "Shopee");

    /// <summary>Lazada (South-East Asia).</summary>
    public static readonly Platform Lazada = new(nameof(Lazada), 5, "lazada", "Lazada");

    /// <summary>TikTok Shop.</summary>
    public static readonly Platform TikTokShop = new(nameof(TikTokShop), 6, "tiktok", "TikTok Shop");

    private Platform(string name, int value, string prefix, string displayName)
        : base(name, value)
    {
        Prefix = prefix;
        DisplayName = displayName;
    }

    /// <summary>The first part of the platform's marketplace identifiers, for example <c>amazon</c> or <c>tiktok</c>.</summary>
    public string Prefix { get; }

    /// <summary>The platform's name as its owner writes it, for example <c>eBay</c> or <c>TikTok Shop</c>.</summary>
    public string DisplayName { get; }

    /// <summary>The platform whose identifiers start with <paramref name="prefix"/> (<c>amazon</c>, <c>ebay</c>, <c>tiktok</c>…), case-insensitive.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="platform">The platform, when found.</param>
    /// <returns><see langword="true"/> when a platform has the prefix.</returns>
    public static bool TryFromPrefix(string? prefix, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Platform? platform)
    {
        foreach (Platform candidate in List)
        {
            if (string.Equals(candidate.Prefix, prefix, StringComparison.OrdinalIgnoreCase))
            {
                platform = candidate;
                return true;
            }
        }

        platform = null;
        return false;
    }
}
