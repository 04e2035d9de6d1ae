using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// How a country taxes consumption of goods, in force for a period: the kind of tax, its name, whether it is charged on imports,
/// and whether it is levied below the national level (United States states, Canadian provinces).
/// </summary>
/// <remarks>Immutable and thread-safe. The rates themselves are <see cref="VatRate"/> records.</remarks>
public sealed record TaxRegime : IEffectiveDated<TaxRegime>
{
    /// <summary>Creates a regime record.</summary>
    /// <param name="country">The country.</param>
    /// <param name="kind">The kind of tax.</param>
    /// <param name="name">The tax's usual name, for example <c>VAT</c>, <c>GST</c>, <c>IVA</c>.</param>
    /// <param name="chargedOnImport">Whether the tax is charged at the border on imported goods.</param>
    /// <param name="subnational">Whether rates are set (also) by states or provinces.</param>
    /// <param name="marketplaceFacilitatorCollects">Whether marketplaces must collect the tax on sales they facilitate; <see langword="null"/> when not recorded.</param>
    /// <param name="note">A short explanation, or <see langword="null"/>.</param>
    /// <param name="period">The days the record is in force.</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value or <paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    public TaxRegime(
        CountryCode country,
        IndirectTaxKind kind,
        string name,
        bool chargedOnImport,
        bool subnational,
        bool? marketplaceFacilitatorCollects,
        string? note,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Country = country;
        Kind = kind;
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        ChargedOnImport = chargedOnImport;
        Subnational = subnational;
        MarketplaceFacilitatorCollects = marketplaceFacilitatorCollects;
        Note = note;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The kind of tax.</summary>
    public IndirectTaxKind Kind { get; }

    /// <summary>The tax's usual name.</summary>
    public string Name { get; }

    /// <summary>Whether the tax is charged at the border on imported goods (false for the United States: no import VAT).</summary>
    public bool ChargedOnImport { get; }

    /// <summary>Whether rates are set (also) by states or provinces.</summary>
    public bool Subnational { get; }

    /// <summary>Whether marketplaces must collect the tax on sales they facilitate; <see langword="null"/> when not recorded.</summary>
    public bool? MarketplaceFacilitatorCollects { get; }

    /// <summary>A short explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public TaxRegime WithPeriod(EffectivePeriod period) =>
        new(Country, Kind, Name, ChargedOnImport, Subnational, MarketplaceFacilitatorCollects, Note, period, Source);
}
