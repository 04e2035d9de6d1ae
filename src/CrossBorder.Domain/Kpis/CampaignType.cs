namespace CrossBorder.Domain.Kpis;

/// <summary>The type of an advertising campaign: on-marketplace ad products and off-site channels.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CampaignType>))]
public enum CampaignType
{
    /// <summary>Amazon Sponsored Products (and equivalent keyword/product ads on other marketplaces).</summary>
    SponsoredProducts = 0,

    /// <summary>Amazon Sponsored Brands.</summary>
    SponsoredBrands = 1,

    /// <summary>Amazon Sponsored Display.</summary>
    SponsoredDisplay = 2,

    /// <summary>Off-site: Facebook / Instagram (Meta) ads.</summary>
    Facebook = 3,

    /// <summary>Off-site: Google ads.</summary>
    Google = 4,

    /// <summary>Off-site: TikTok ads.</summary>
    TikTok = 5,

    /// <summary>Any other channel.</summary>
    Other = 6,
}
