using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// One marketplace site (or own-store channel) selling into one country: <c>amazon-de</c>, <c>ebay-uk</c>, <c>shopee-sg</c>,
/// <c>shopify-us</c>. It says which currency and languages buyers see, whether listed prices include VAT, whether the platform
/// collects the consumption tax on the sales it facilitates, and the time zone to group its KPIs by day and month.
/// </summary>
/// <remarks>Immutable and thread-safe. Users add their own with <see cref="Markets.WithMarketplaces"/>.</remarks>
public sealed record Marketplace : IEffectiveDated<Marketplace>
{
    /// <summary>Creates a marketplace record.</summary>
    /// <param name="id">The identifier, for example <c>amazon-de</c>.</param>
    /// <param name="platform">The platform.</param>
    /// <param name="country">The country the site sells into.</param>
    /// <param name="currency">The currency listed prices are in.</param>
    /// <param name="languages">The site's languages as BCP 47 tags (<c>de</c>, <c>en</c>), at least one.</param>
    /// <param name="domain">The site's domain (<c>amazon.de</c>), or <see langword="null"/>.</param>
    /// <param name="pricesIncludeVat">Whether listed prices include VAT/GST (true in the EU and Japan; false in the US); <see langword="null"/> when not recorded.</param>
    /// <param name="facilitatorCollectsTax">
    /// Whether the platform itself collects the consumption tax on sales it facilitates (deemed supplier for low-value imports in the EU,
    /// UK, AU, NZ, NO, SG; marketplace facilitator for US state sales tax); <see langword="null"/> when not recorded.
    /// </param>
    /// <param name="timeZoneId">The tz database identifier used to group the marketplace's KPIs by day (<c>Europe/Berlin</c>).</param>
    /// <param name="note">A short explanation, or <see langword="null"/>.</param>
    /// <param name="period">The days the record is in force.</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentException">A code or identifier is the default value, or a text or list is empty.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public Marketplace(
        MarketplaceId id,
        Platform platform,
        CountryCode country,
        Currency currency,
        IReadOnlyList<string> languages,
        string? domain,
        bool? pricesIncludeVat,
        bool? facilitatorCollectsTax,
        string timeZoneId,
        string? note,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!id.IsDefault, nameof(id), "id must be a parsed marketplace id, not the default value.");
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Id = id;
        Platform = Preconditions.CheckNotNull(platform, nameof(platform));
        Country = country;
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        Preconditions.CheckNotEmpty(languages, nameof(languages));
        Languages = languages;
        Domain = domain;
        PricesIncludeVat = pricesIncludeVat;
        FacilitatorCollectsTax = facilitatorCollectsTax;
        TimeZoneId = Preconditions.CheckNotNullOrWhiteSpace(timeZoneId, nameof(timeZoneId));
        Note = note;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The identifier, for example <c>amazon-de</c>.</summary>
    public MarketplaceId Id { get; }

    /// <summary>The platform.</summary>
    public Platform Platform { get; }

    /// <summary>The country the site sells into.</summary>
    public CountryCode Country { get; }

    /// <summary>The currency listed prices are in.</summary>
    public Currency Currency { get; }

    /// <summary>The site's languages as BCP 47 tags.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The site's domain, or <see langword="null"/>.</summary>
    public string? Domain { get; }

    /// <summary>Whether listed prices include VAT/GST; <see langword="null"/> when not recorded.</summary>
    public bool? PricesIncludeVat { get; }

    /// <summary>Whether the platform collects the consumption tax on sales it facilitates; <see langword="null"/> when not recorded.</summary>
    public bool? FacilitatorCollectsTax { get; }

    /// <summary>The tz database identifier used to group the marketplace's KPIs by day (resolve it with NodaTime's <c>DateTimeZoneProviders.Tzdb</c>).</summary>
    public string TimeZoneId { get; }

    /// <summary>A short explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public Marketplace WithPeriod(EffectivePeriod period) =>
        new(Id, Platform, Country, Currency, Languages, Domain, PricesIncludeVat, FacilitatorCollectsTax, TimeZoneId, Note, period, Source);

    /// <summary>"amazon-de (Amazon, DE, EUR)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => $"{Id} ({Platform.DisplayName}, {Country}, {Currency.Code})";
}
