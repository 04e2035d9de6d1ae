using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The countries the library knows, looked up by <see cref="CountryCode"/> through an array indexed by <see cref="CountryCode.Index"/>:
/// a lookup is one bounds check and one array read, and does not allocate.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Markets.Countries"/> gives the embedded table; <see cref="With"/> adds or replaces records.</remarks>
public sealed class CountryTable
{
    private readonly Country?[] byIndex = new Country?[26 * 26];
    private readonly Dictionary<string, Country> byAlpha3 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, Country> byNumeric = new();

    /// <summary>Creates a table from country records; a later record with the same code replaces an earlier one.</summary>
    /// <param name="countries">The records.</param>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> or one of its records is null.</exception>
    public CountryTable(IEnumerable<Country> countries)
    {
        Preconditions.CheckNotNull(countries, nameof(countries));
        foreach (Country country in countries)
        {
            if (country is null)
            {
                throw new ArgumentNullException(nameof(countries), "countries contains a null record.");
            }

            byIndex[country.Code.Index] = country;
        }

        var all = new List<Country>();
        foreach (Country? country in byIndex)
        {
            if (country is not null)
            {
                all.Add(country);
                byAlpha3[country.Alpha3] = country;
                byNumeric[country.Numeric] = country;
            }
        }

        All = all.AsReadOnly();
    }

    /// <summary>Every country, ordered by alpha-2 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>The number of countries.</summary>
    public int Count => All.Count;

    /// <summary>The country with code <paramref name="code"/>.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="UnknownCountryException">The table has no such country, or <paramref name="code"/> is the default value.</exception>
    public Country Get(CountryCode code) =>
        TryGet(code, out Country? country) ? country : throw new UnknownCountryException(code.Value, nameof(code));

    /// <summary>Looks up a country without throwing; allocation-free.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when the table has the country.</returns>
    public bool TryGet(CountryCode code, [NotNullWhen(true)] out Country? country)
    {
        country = code.IsDefault ? null : byIndex[code.Index];
        return country is not null;
    }

    /// <summary>The country with the ISO 3166-1 alpha-3 code <paramref name="alpha3"/> (case-insensitive).</summary>
    /// <param name="alpha3">For example <c>"DEU"</c>.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha3"/> is null.</exception>
    /// <exception cref="UnknownCountryException">No country has the code.</exception>
    public Country GetByAlpha3(string alpha3)
    {
        Preconditions.CheckNotNull(alpha3, nameof(alpha3));
        return byAlpha3.TryGetValue(alpha3, out Country? country) ? country : throw new UnknownCountryException(alpha3, nameof(alpha3), "country (alpha-3 code)");
    }

    /// <summary>The country with the ISO 3166-1 numeric code <paramref name="numeric"/>.</summary>
    /// <param name="numeric">For example 276.</param>
    /// <returns>The country.</returns>
    /// <exception cref="UnknownCountryException">No country has the code.</exception>
    public Country GetByNumeric(int numeric) =>
        byNumeric.TryGetValue(numeric, out Country? country)
            ? country
            : throw new UnknownCountryException(numeric.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(numeric), "country (numeric code)");

    /// <summary>A new table with <paramref name="countries"/> added, replacing records with the same code.</summary>
    /// <param name="countries">The user's records.</param>
    /// <returns>The combined table; this table is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    public CountryTable With(IEnumerable<Country> countries)
    {
        Preconditions.CheckNotNull(countries, nameof(countries));
        var combined = new List<Country>(All);
        combined.AddRange(countries);
        return new CountryTable(combined);
    }
}
