using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// What a held certificate, declaration or registration is, as a code that compliance rules name in their <c>satisfiedBy</c> list:
/// for example <c>CE-RED</c>, <c>UKCA</c>, <c>FCC-ID</c>, <c>PSE-CIRCLE</c>, <c>US-CPC</c>, <c>DE-LUCID</c>.
/// </summary>
/// <remarks>
/// An open vocabulary (users' own rules may name their own codes): 2 to 40 characters from <c>A–Z</c>, <c>0–9</c>, <c>-</c> and
/// <c>.</c>, upper-cased on parsing. <c>docs/compliance.md</c> lists the codes the embedded rules use. Equality is ordinal.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.CertificateTypeJsonConverter))]
public readonly struct CertificateType : IEquatable<CertificateType>, IComparable<CertificateType>
{
    private readonly string? code;

    private CertificateType(string code) => this.code = code;

    /// <summary>EU declaration of conformity under the Radio Equipment Directive 2014/53/EU.</summary>
    public static CertificateType CeRed => new("CE-RED");

    /// <summary>EU declaration of conformity under the Low Voltage Directive 2014/35/EU.</summary>
    public static CertificateType CeLvd => new("CE-LVD");

    /// <summary>EU declaration of conformity under the EMC Directive 2014/30/EU.</summary>
    public static CertificateType CeEmc => new("CE-EMC");

    /// <summary>EU declaration of conformity under the RoHS Directive 2011/65/EU.</summary>
    public static CertificateType CeRohs => new("CE-ROHS");

    /// <summary>EU declaration of conformity under the Toy Safety Directive 2009/48/EC.</summary>
    public static CertificateType CeToy => new("CE-TOY");

    /// <summary>UK conformity assessment (UKCA) declaration.</summary>
    public static CertificateType Ukca => new("UKCA");

    /// <summary>US FCC equipment authorisation by certification (an FCC ID).</summary>
    public static CertificateType FccId => new("FCC-ID");

    /// <summary>US FCC Supplier's Declaration of Conformity.</summary>
    public static CertificateType FccSdoc => new("FCC-SDOC");

    /// <summary>US Children's Product Certificate.</summary>
    public static CertificateType UsCpc => new("US-CPC");

    /// <summary>UN Manual of Tests and Criteria 38.3 test summary for lithium cells and batteries.</summary>
    public static CertificateType Un383TestSummary => new("UN38.3-TEST-SUMMARY");

    /// <summary>The code, for example <c>"CE-RED"</c>; empty for the default value.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Parses a code, upper-casing it.</summary>
    /// <param name="code">2 to 40 characters from A–Z, 0–9, '-' and '.'.</param>
    /// <returns>The certificate type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is malformed.</exception>
    public static CertificateType Parse(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        return TryParse(code, out CertificateType result)
            ? result
            : throw new FormatException($"Certificate type {Preconditions.Quote(code)} (argument '{nameof(code)}') is not valid: use 2 to 40 characters from A–Z, 0–9, '-' and '.', such as CE-RED, UKCA or PSE-CIRCLE.");
    }

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="code">The text.</param>
    /// <param name="result">The certificate type, when valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out CertificateType result)
    {
        result = default;
        if (code is null || code.Length < 2 || code.Length > 40)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            {
                return false;
            }
        }

        result = new CertificateType(code.ToUpperInvariant());
        return true;
    }

    /// <summary>Whether two types are equal.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CertificateType left, CertificateType right) => left.Equals(right);

    /// <summary>Whether two types differ.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CertificateType left, CertificateType right) => !left.Equals(right);

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CertificateType left, CertificateType right) => left.CompareTo(right) < 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CertificateType left, CertificateType right) => left.CompareTo(right) > 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(CertificateType left, CertificateType right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ordinally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(CertificateType left, CertificateType right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(CertificateType other) => string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CertificateType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => code is null ? 0 : StringComparer.Ordinal.GetHashCode(code);

    /// <inheritdoc/>
    public int CompareTo(CertificateType other) => string.CompareOrdinal(code, other.code);

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;
}
