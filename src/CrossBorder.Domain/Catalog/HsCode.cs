using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A Harmonized System commodity code: the six internationally agreed digits (chapter, heading, subheading) optionally followed by
/// up to four national digits (EU CN 8 digits, EU TARIC and US HTS 10, UK commodity codes 10). For example <c>8518.22</c> or
/// <c>8518220000</c>.
/// </summary>
/// <remarks>
/// Parsing accepts 6, 8 or 10 digits, and the separators written in tariffs (dots and spaces: <c>8518.22.00 00</c>); the value keeps
/// the digits only. The chapter must be 01–97 (chapter 77 is reserved and rejected). Equality is on the digits, so <c>851822</c> and
/// <c>85182200</c> are different codes; use <see cref="Subheading"/> to compare at the international level.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.HsCodeJsonConverter))]
public readonly struct HsCode : IEquatable<HsCode>, IComparable<HsCode>
{
    private readonly string? digits;

    private HsCode(string digits) => this.digits = digits;

    /// <summary>The digits, 6, 8 or 10 of them, without separators.</summary>
    public string Digits => digits ?? string.Empty;

    /// <summary>The number of digits: 6, 8 or 10 (0 for the default value).</summary>
    public int Length => Digits.Length;

    /// <summary>The two-digit chapter, for example <c>"85"</c>.</summary>
    public string Chapter => Digits.Substring(0, 2);

    /// <summary>The four-digit heading, for example <c>"8518"</c>.</summary>
    public string Heading => Digits.Substring(0, 4);

    /// <summary>The six-digit HS subheading, for example <c>"851822"</c> — the level shared by every country.</summary>
    public string Subheading => Digits.Substring(0, 6);

    /// <summary>The code cut to its six-digit international subheading.</summary>
    public HsCode ToSubheading() => Length == 6 ? this : new HsCode(Subheading);

    /// <summary>Whether this code lies under <paramref name="prefix"/> (a chapter, heading or shorter code), digit by digit.</summary>
    /// <param name="prefix">Two or more digits, for example <c>"85"</c> or <c>"8518"</c>; separators are ignored.</param>
    /// <returns><see langword="true"/> when the digits start with the prefix's digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public bool StartsWith(string prefix)
    {
        Preconditions.CheckNotNull(prefix, nameof(prefix));
        string d = Digits;
        int j = 0;
        foreach (char c in prefix)
        {
            if (c == '.' || c == ' ')
            {
                continue;
            }

            if (j >= d.Length || d[j] != c)
            {
                return false;
            }

            j++;
        }

        return j > 0;
    }

    /// <summary>Parses an HS code written with or without dots and spaces.</summary>
    /// <param name="code">For example <c>"8518.22"</c>, <c>"85182200"</c> or <c>"8518.22.00 00"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The text is not 6, 8 or 10 digits with a chapter from 01 to 97.</exception>
    public static HsCode Parse(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        return TryParse(code, out HsCode result)
            ? result
            : throw new FormatException($"HS code {Preconditions.Quote(code)} (argument '{nameof(code)}') is not a Harmonized System code: use 6, 8 or 10 digits (dots and spaces allowed), with a chapter from 01 to 97 other than 77, such as 8518.22 or 6109.10.00.");
    }

    /// <summary>Parses an HS code without throwing.</summary>
    /// <param name="code">The text.</param>
    /// <param name="result">The code, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out HsCode result)
    {
        result = default;
        if (code is null || code.Length > 32)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[10];
        int n = 0;
        foreach (char c in code)
        {
            if (c == '.' || c == ' ')
            {
                continue;
            }

            if (c < '0' || c > '9' || n == 10)
            {
                return false;
            }

            buffer[n++] = c;
        }

        if (n != 6 && n != 8 && n != 10)
        {
            return false;
        }

        int chapter = ((buffer[0] - '0') * 10) + (buffer[1] - '0');
        if (chapter < 1 || chapter > 97 || chapter == 77)
        {
            return false;
        }

        result = new HsCode(buffer.Slice(0, n).ToString());
        return true;
    }

    /// <summary>Whether two codes have the same digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);

    /// <summary>Orders codes by their digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes by their digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes by their digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes by their digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(HsCode other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits is null ? 0 : StringComparer.Ordinal.GetHashCode(digits);

    /// <inheritdoc/>
    public int CompareTo(HsCode other) => string.CompareOrdinal(digits, other.digits);

    /// <summary>The code written the usual way: <c>8518.22</c>, <c>8518.22.00</c>, <c>8518.22.00.00</c>.</summary>
    /// <returns>The dotted form.</returns>
    public override string ToString()
    {
        string d = Digits;
        return d.Length switch
        {
            0 => string.Empty,
            6 => d.Substring(0, 4) + "." + d.Substring(4, 2),
            8 => d.Substring(0, 4) + "." + d.Substring(4, 2) + "." + d.Substring(6, 2),
            _ => d.Substring(0, 4) + "." + d.Substring(4, 2) + "." + d.Substring(6, 2) + "." + d.Substring(8, 2),
        };
    }
}
