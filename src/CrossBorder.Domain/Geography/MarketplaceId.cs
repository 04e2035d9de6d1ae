using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The identifier of one marketplace site, written <c>&lt;platform&gt;-&lt;site&gt;</c> in lower case: <c>amazon-us</c>, <c>amazon-de</c>,
/// <c>ebay-uk</c>, <c>shopee-sg</c>, <c>shopify</c>. Fee schedules, KPI ledgers and marketplace facts are keyed by it.
/// </summary>
/// <remarks>
/// The identifier checks its form only: one to 64 characters of <c>a–z</c>, <c>0–9</c> and single hyphens between them, neither
/// starting nor ending with a hyphen (input is lower-cased with the invariant culture). Whether the library has data for it is
/// answered by the marketplace table. Equality is ordinal.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.MarketplaceIdJsonConverter))]
public readonly struct MarketplaceId : IEquatable<MarketplaceId>, IComparable<MarketplaceId>
{
    private readonly string? value;

    private MarketplaceId(string value) => this.value = value;

    /// <summary>The identifier, for example <c>"amazon-de"</c>; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The platform part, before the first hyphen: <c>"amazon"</c> for <c>amazon-de</c>.</summary>
    public string Platform
    {
        get
        {
            string v = Value;
            int dash = v.IndexOf('-');
            return dash < 0 ? v : v.Substring(0, dash);
        }
    }

    /// <summary>Whether this is the default (uninitialised) value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Parses an identifier such as <c>"amazon-de"</c> (case-insensitive).</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The identifier, lower-case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not of the allowed form.</exception>
    public static MarketplaceId Parse(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return TryParse(id, out MarketplaceId result)
            ? result
            : throw new FormatException($"Marketplace id {Preconditions.Quote(id)} (argument '{nameof(id)}') is not of the form '<platform>-<site>': use 1 to 64 letters a–z, digits and single hyphens, such as amazon-us, amazon-de, ebay-uk or shopee-sg.");
    }

    /// <summary>Parses an identifier without throwing.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="result">The identifier, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is of the allowed form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? id, out MarketplaceId result)
    {
        result = default;
        if (id is null || id.Length == 0 || id.Length > 64 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        bool lower = true;
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (c >= 'A' && c <= 'Z')
            {
                lower = false;
            }
            else if (c == '-')
            {
                if (id[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        result = new MarketplaceId(lower ? id : id.ToLowerInvariant());
        return true;
    }

    /// <summary>Converts a string to an identifier; same as <see cref="Parse(string)"/>.</summary>
    /// <param name="id">The identifier.</param>
    public static implicit operator MarketplaceId(string id) => Parse(id);

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MarketplaceId left, MarketplaceId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarketplaceId left, MarketplaceId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(MarketplaceId left, MarketplaceId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(MarketplaceId left, MarketplaceId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(MarketplaceId left, MarketplaceId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(MarketplaceId left, MarketplaceId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(MarketplaceId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarketplaceId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc/>
    public int CompareTo(MarketplaceId other) => string.CompareOrdinal(value, other.value);

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
