using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// One day of one advertising campaign (optionally for one advertised SKU): impressions, clicks, spend and the sales and orders
/// the ad platform attributes to it, as in Amazon's advertised-product report or an off-site platform's daily export.
/// </summary>
/// <remarks>
/// <see cref="Date"/> is the report's day in the marketplace's time zone. Attributed sales follow the platform's attribution window
/// (Amazon: 7 days after the click for Sponsored Products, 14 for Sponsored Brands). Immutable.
/// </remarks>
public readonly struct AdvertisingDay : ILedgerRow
{
    /// <summary>Creates a campaign day.</summary>
    /// <param name="date">The day, in the marketplace's time zone.</param>
    /// <param name="marketplace">The marketplace advertised on (or sold through, for off-site ads).</param>
    /// <param name="campaign">The campaign; not <see cref="CampaignKey.None"/>.</param>
    /// <param name="sku">The advertised SKU, or <see cref="SkuKey.None"/> when the report is per campaign.</param>
    /// <param name="type">The campaign type.</param>
    /// <param name="impressions">Impressions; zero or more.</param>
    /// <param name="clicks">Clicks; zero or more.</param>
    /// <param name="spend">Spend; zero or more.</param>
    /// <param name="attributedSales">Sales attributed to the ads; zero or more, same currency as the spend.</param>
    /// <param name="attributedOrders">Orders attributed to the ads; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or amount is negative.</exception>
    /// <exception cref="ArgumentException">An amount is finer than its currency's minor unit, the currency has no minor unit, or a key is none.</exception>
    /// <exception cref="CurrencyMismatchException">Spend and sales are in different currencies.</exception>
    public AdvertisingDay(
        LocalDate date,
        MarketplaceKey marketplace,
        CampaignKey campaign,
        SkuKey sku,
        CampaignType type,
        long impressions,
        long clicks,
        Money spend,
        Money attributedSales,
        int attributedOrders)
    {
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None; every campaign day belongs to a marketplace.");
        Preconditions.CheckArgument(!campaign.IsNone, nameof(campaign), "campaign is CampaignKey.None; every campaign day belongs to a campaign.");
        if (impressions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(impressions), impressions, "impressions must be zero or greater.");
        }

        if (clicks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clicks), clicks, "clicks must be zero or greater.");
        }

        AttributedOrders = Preconditions.CheckNonNegative(attributedOrders, nameof(attributedOrders));
        Currency = LedgerAmount.CurrencyOf(spend, nameof(spend));
        SpendMinor = LedgerAmount.Minor(spend, Currency, nameof(spend));
        AttributedSalesMinor = LedgerAmount.Minor(attributedSales, Currency, nameof(attributedSales));
        Date = date;
        Marketplace = marketplace;
        Campaign = campaign;
        Sku = sku;
        Type = type;
        Impressions = impressions;
        Clicks = clicks;
    }

    /// <summary>The day, in the marketplace's time zone.</summary>
    public LocalDate Date { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The campaign.</summary>
    public CampaignKey Campaign { get; }

    /// <summary>The advertised SKU, or none.</summary>
    public SkuKey Sku { get; }

    /// <summary>The campaign type.</summary>
    public CampaignType Type { get; }

    /// <summary>Impressions.</summary>
    public long Impressions { get; }

    /// <summary>Clicks.</summary>
    public long Clicks { get; }

    /// <summary>Orders attributed to the ads.</summary>
    public int AttributedOrders { get; }

    /// <summary>The currency of spend and sales.</summary>
    public Currency Currency { get; }

    /// <summary>Spend.</summary>
    public Money Spend => LedgerAmount.ToMoney(SpendMinor, Currency);

    /// <summary>Sales attributed to the ads.</summary>
    public Money AttributedSales => LedgerAmount.ToMoney(AttributedSalesMinor, Currency);

    internal long SpendMinor { get; }

    internal long AttributedSalesMinor { get; }
}
