using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// One ISO 3166-1 country: its codes, English name, currency, official languages, measurement system and memberships.
/// </summary>
/// <remarks>Immutable and thread-safe. The embedded <c>countries</c> table holds all 249 ISO 3166-1 countries.</remarks>
public sealed record Country
{
    /// <summary>Creates a country record.</summary>
    /// <param name="code">The ISO 3166-1 alpha-2 code.</param>
    /// <param name="alpha3">The ISO 3166-1 alpha-3 code, three upper-case letters.</param>
    /// <param name="numeric">The ISO 3166-1 numeric code, 1–999.</param>
    /// <param name="name">The common English name.</param>
    /// <param name="currency">The main currency in use.</param>
    /// <param name="languages">The official languages as ISO 639-3 codes (may be empty).</param>
    /// <param name="measurementSystem">The measurement system in everyday use.</param>
    /// <param name="memberships">The unions the country belongs to.</param>
    /// <param name="vatExcludedTerritories">Named parts of the country outside its VAT area (may be empty).</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value, or <paramref name="alpha3"/> or <paramref name="name"/> is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numeric"/> is outside 1–999.</exception>
    public Country(
        CountryCode code,
        string alpha3,
        int numeric,
        string name,
        Currency currency,
        IReadOnlyList<string> languages,
        MeasurementSystem measurementSystem,
        Membership memberships,
        IReadOnlyList<string> vatExcludedTerritories,
        Source source)
    {
        Preconditions.CheckArgument(!code.IsDefault, nameof(code), "code must be a parsed country code, not the default value.");
        Preconditions.CheckNotNull(alpha3, nameof(alpha3));
        if (alpha3.Length != 3 || !IsUpper(alpha3[0]) || !IsUpper(alpha3[1]) || !IsUpper(alpha3[2]))
        {
            throw new ArgumentException($"alpha3 was {Preconditions.Quote(alpha3)}; it must be three upper-case letters A–Z, such as DEU.", nameof(alpha3));
        }
        Code = code;
        Alpha3 = alpha3;
        Numeric = Preconditions.CheckInRange(numeric, nameof(numeric), 1, 999);
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        Languages = Preconditions.CheckNotNull(languages, nameof(languages));
        MeasurementSystem = measurementSystem;
        Memberships = memberships;
        VatExcludedTerritories = Preconditions.CheckNotNull(vatExcludedTerritories, nameof(vatExcludedTerritories));
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>DE</c>.</summary>
    public CountryCode Code { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>DEU</c>.</summary>
    public string Alpha3 { get; }

    /// <summary>The ISO 3166-1 numeric code, for example 276.</summary>
    public int Numeric { get; }

    /// <summary>The common English name, for example <c>Germany</c>.</summary>
    public string Name { get; }

    /// <summary>The main currency in use.</summary>
    public Currency Currency { get; }

    /// <summary>The official languages, as ISO 639-3 codes (<c>deu</c>, <c>eng</c>…); empty for Antarctica.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The measurement system in everyday use.</summary>
    public MeasurementSystem MeasurementSystem { get; }

    /// <summary>The unions the country belongs to.</summary>
    public Membership Memberships { get; }

    /// <summary>Named parts of the country that lie outside its VAT area (the Canary Islands for Spain, Heligoland for Germany…).</summary>
    public IReadOnlyList<string> VatExcludedTerritories { get; }

    /// <summary>The document the record rests on.</summary>
    public Source Source { get; }

    /// <summary>Whether the country is an EU Member State.</summary>
    public bool IsEuMember => (Memberships & Membership.EuMember) != 0;

    /// <summary>Whether the country is inside the EU customs union's territory.</summary>
    public bool IsInEuCustomsUnion => (Memberships & Membership.EuCustomsUnion) != 0;

    /// <summary>Whether the country is inside the EU VAT area.</summary>
    public bool IsInEuVatArea => (Memberships & Membership.EuVatArea) != 0;

    /// <summary>"DE Germany (DEU, 276, EUR)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        $"{Code} {Name} ({Alpha3}, {Numeric.ToString("000", System.Globalization.CultureInfo.InvariantCulture)}, {Currency.Code})";

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
}
