using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// An ISO 3166-1 alpha-2 country code such as <c>DE</c>, <c>GB</c> or <c>US</c>: two ASCII letters, stored upper-case in two bytes.
/// </summary>
/// <remarks>
/// A <see cref="CountryCode"/> checks the form of the code only (two letters, case-insensitive on input); whether the code names a
/// country the library has data for is answered by the <c>Geography</c> country table, which throws
/// <see cref="UnknownCountryException"/> for an unknown code. The default value is not a valid code; <see cref="IsDefault"/> tells it.
/// Equality, hashing and ordering are ordinal on the two letters and allocation-free.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.CountryCodeJsonConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, IComparable
{
    private static readonly string[] Texts = BuildTexts();

    private readonly ushort packed; // (first - 'A') * 26 + (second - 'A') + 1; 0 = default

    private CountryCode(ushort packed) => this.packed = packed;

    /// <summary>The two upper-case letters, for example <c>"DE"</c>; <c>"??"</c> for the default value.</summary>
    public string Value => packed == 0 ? "??" : Texts[packed - 1];

    /// <summary>Whether this is the default (uninitialised) value rather than a parsed code.</summary>
    public bool IsDefault => packed == 0;

    /// <summary>A dense index in [0, 676) for array-backed lookups; the default value has no index.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public int Index => packed == 0 ? throw new InvalidOperationException("The default CountryCode has no index; parse a code first.") : packed - 1;

    /// <summary>Parses a two-letter ISO 3166-1 alpha-2 code, case-insensitive.</summary>
    /// <param name="code">For example <c>"de"</c> or <c>"DE"</c>.</param>
    /// <returns>The code, upper-case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not exactly two ASCII letters.</exception>
    public static CountryCode Parse(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        return TryParse(code.AsSpan(), out CountryCode result)
            ? result
            : throw new FormatException($"Country code {Preconditions.Quote(code)} (argument '{nameof(code)}') is not an ISO 3166-1 alpha-2 code: use exactly two letters A–Z, such as DE, GB, US or CN.");
    }

    /// <summary>Parses a two-letter code without throwing.</summary>
    /// <param name="code">The text to parse.</param>
    /// <param name="result">The code, when <paramref name="code"/> is two ASCII letters.</param>
    /// <returns><see langword="true"/> when the text is two ASCII letters.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode result)
    {
        if (code is null)
        {
            result = default;
            return false;
        }

        return TryParse(code.AsSpan(), out result);
    }

    /// <summary>Parses a two-letter code held in a span, without allocating or throwing.</summary>
    /// <param name="code">The characters to parse.</param>
    /// <param name="result">The code, when <paramref name="code"/> is two ASCII letters.</param>
    /// <returns><see langword="true"/> when the span is two ASCII letters.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out CountryCode result)
    {
        result = default;
        if (code.Length != 2)
        {
            return false;
        }

        int a = Letter(code[0]);
        int b = Letter(code[1]);
        if (a < 0 || b < 0)
        {
            return false;
        }

        result = new CountryCode((ushort)((a * 26) + b + 1));
        return true;
    }

    /// <summary>The code with dense index <paramref name="index"/> (the inverse of <see cref="Index"/>).</summary>
    /// <param name="index">An index in [0, 676).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, 676).</exception>
    public static CountryCode FromIndex(int index)
    {
        Preconditions.CheckInRange(index, nameof(index), 0, 675);
        return new CountryCode((ushort)(index + 1));
    }

    /// <summary>Converts a string to a code; same as <see cref="Parse(string)"/>.</summary>
    /// <param name="code">Two letters.</param>
    public static implicit operator CountryCode(string code) => Parse(code);

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the letters are equal.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.packed == right.packed;

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the letters differ.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => left.packed != right.packed;

    /// <summary>Orders codes alphabetically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left.packed < right.packed;

    /// <summary>Orders codes alphabetically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left.packed > right.packed;

    /// <summary>Orders codes alphabetically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left.packed <= right.packed;

    /// <summary>Orders codes alphabetically.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left.packed >= right.packed;

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => packed;

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => packed.CompareTo(other.packed);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountryCode other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a CountryCode with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The two upper-case letters.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    private static int Letter(char c)
    {
        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A';
        }

        if (c >= 'a' && c <= 'z')
        {
            return c - 'a';
        }

        return -1;
    }

    private static string[] BuildTexts()
    {
        var texts = new string[26 * 26];
        for (int a = 0; a < 26; a++)
        {
            for (int b = 0; b < 26; b++)
            {
                texts[(a * 26) + b] = new string(new[] { (char)('A' + a), (char)('A' + b) });
            }
        }

        return texts;
    }
}
