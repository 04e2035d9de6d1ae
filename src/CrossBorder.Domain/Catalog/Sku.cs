using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A stock-keeping unit: the seller's own identifier of one sellable product variant, for example <c>SPK-BT20-BLK</c>.
/// </summary>
/// <remarks>
/// 1 to 64 characters: ASCII letters, digits and <c>- _ . /</c>. Case is kept and equality is ordinal (case-sensitive), because
/// marketplaces treat SKUs that way. The default value is not a valid SKU; <see cref="IsDefault"/> tells it.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SkuJsonConverter))]
public readonly struct Sku : IEquatable<Sku>, IComparable<Sku>
{
    /// <summary>The longest SKU accepted.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private Sku(string value) => this.value = value;

    /// <summary>The identifier, for example <c>"SPK-BT20-BLK"</c>; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default (uninitialised) value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Parses a SKU.</summary>
    /// <param name="sku">1 to 64 characters from A–Z, a–z, 0–9 and <c>- _ . /</c>.</param>
    /// <returns>The SKU.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sku"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="sku"/> is empty, too long or holds another character.</exception>
    public static Sku Parse(string sku)
    {
        Preconditions.CheckNotNull(sku, nameof(sku));
        return TryParse(sku, out Sku result)
            ? result
            : throw new FormatException($"SKU {Preconditions.Quote(sku)} (argument '{nameof(sku)}') is not valid: use 1 to {MaxLength} characters from A–Z, a–z, 0–9 and - _ . /, such as SPK-BT20-BLK.");
    }

    /// <summary>Parses a SKU without throwing.</summary>
    /// <param name="sku">The text.</param>
    /// <param name="result">The SKU, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="sku"/> is a valid SKU.</returns>
    public static bool TryParse([NotNullWhen(true)] string? sku, out Sku result)
    {
        result = default;
        if (sku is null || sku.Length == 0 || sku.Length > MaxLength)
        {
            return false;
        }

        foreach (char c in sku)
        {
            bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
            if (!ok)
            {
                return false;
            }
        }

        result = new Sku(sku);
        return true;
    }

    /// <summary>Whether two SKUs are equal (ordinal).</summary>
    /// <param name="left">The first SKU.</param>
    /// <param name="right">The second SKU.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Sku left, Sku right) => left.Equals(right);

    /// <summary>Whether two SKUs differ.</summary>
    /// <param name="left">The first SKU.</param>
    /// <param name="right">The second SKU.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Sku left, Sku right) => !left.Equals(right);

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Sku left, Sku right) => left.CompareTo(right) < 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Sku left, Sku right) => left.CompareTo(right) > 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Sku left, Sku right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Sku left, Sku right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Sku other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Sku other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc/>
    public int CompareTo(Sku other) => string.CompareOrdinal(value, other.value);

    /// <summary>The identifier.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
