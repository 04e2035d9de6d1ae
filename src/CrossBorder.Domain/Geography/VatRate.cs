using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// One VAT/GST rate of a country (or of a province), for one category of goods, in force for a period: for example Finland's
/// standard rate of 25.5% from 2024-09-01, the UK's zero rate on children's clothing, Ontario's 13% HST.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The key is (<see cref="Country"/>, <see cref="Region"/>, <see cref="Category"/>);
/// at most one record of a key is in force on any day. The category <c>standard</c> holds the standard rate.
/// </remarks>
public sealed record VatRate : IEffectiveDated<VatRate>
{
    /// <summary>The category of the standard rate.</summary>
    public const string StandardCategory = "standard";

    /// <summary>Creates a rate record.</summary>
    /// <param name="country">The country.</param>
    /// <param name="region">The province or state code (<c>ON</c>, <c>QC</c>), or empty for the national rate.</param>
    /// <param name="category">The category of goods, in lower-case kebab form (<c>standard</c>, <c>books</c>, <c>food</c>, <c>childrens-clothing</c>).</param>
    /// <param name="kind">The place of the rate in the structure.</param>
    /// <param name="rate">The rate, 0–100%.</param>
    /// <param name="taxName">The tax's name where it differs from the country's (<c>HST</c>, <c>PST</c>, <c>QST</c>), or <see langword="null"/>.</param>
    /// <param name="addsToNational">For a provincial rate: whether it is charged on top of the national rate (PST, QST) rather than replacing it (HST).</param>
    /// <param name="appliesTo">What the rate applies to, in words, or <see langword="null"/>.</param>
    /// <param name="period">The days the record is in force.</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentException">A code is the default value or a text is empty.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside 0–100%.</exception>
    public VatRate(
        CountryCode country,
        string region,
        string category,
        VatRateKind kind,
        Percentage rate,
        string? taxName,
        bool addsToNational,
        string? appliesTo,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Country = country;
        Region = Preconditions.CheckNotNull(region, nameof(region));
        Category = Preconditions.CheckNotNullOrWhiteSpace(category, nameof(category));
        if (rate.Fraction < 0m || rate.Fraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"rate was {rate}; a VAT/GST rate must be between 0% and 100%.");
        }

        Kind = kind;
        Rate = rate;
        TaxName = taxName;
        AddsToNational = addsToNational;
        AppliesTo = appliesTo;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The province or state code, or empty for the national rate.</summary>
    public string Region { get; }

    /// <summary>The category of goods (<c>standard</c>, <c>books</c>, <c>food</c>…).</summary>
    public string Category { get; }

    /// <summary>The place of the rate in the structure.</summary>
    public VatRateKind Kind { get; }

    /// <summary>The rate.</summary>
    public Percentage Rate { get; }

    /// <summary>The tax's name where it differs from the country's (<c>HST</c>, <c>PST</c>, <c>QST</c>), or <see langword="null"/>.</summary>
    public string? TaxName { get; }

    /// <summary>For a provincial rate: whether it is charged on top of the national rate (PST, QST) rather than replacing it (HST).</summary>
    public bool AddsToNational { get; }

    /// <summary>What the rate applies to, in words, or <see langword="null"/>.</summary>
    public string? AppliesTo { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public VatRate WithPeriod(EffectivePeriod period) =>
        new(Country, Region, Category, Kind, Rate, TaxName, AddsToNational, AppliesTo, period, Source);

    /// <summary>"FI standard 25.5% (2024-09-01..)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        $"{Country}{(Region.Length == 0 ? string.Empty : "-" + Region)} {Category} {Rate.Percent.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}% ({Period})";

    internal static string KeyOf(CountryCode country, string region, string category) => country.Value + "/" + region + "/" + category;

    internal string Key => KeyOf(Country, Region, Category);
}
