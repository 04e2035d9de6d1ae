namespace CrossBorder.Domain.Geography;

/// <summary>Who collects the consumption tax on a low-value import or a marketplace sale.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<TaxCollector>))]
public enum TaxCollector
{
    /// <summary>The importer (usually the consumer, through the carrier) pays at the border.</summary>
    Importer = 1,

    /// <summary>The seller charges the tax at the point of sale and pays it to the tax authority.</summary>
    Seller = 2,

    /// <summary>The marketplace when the sale goes through one (deemed supplier or facilitator), otherwise the seller.</summary>
    MarketplaceOrSeller = 3,

    /// <summary>The marketplace, as deemed supplier or marketplace facilitator.</summary>
    Marketplace = 4,
}
