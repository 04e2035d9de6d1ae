using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A certificate, declaration, registration or label the seller holds for a product: its type, the markets it covers, who issued
/// it, its number, when it was issued and until when it is valid, and the documents that prove it.
/// </summary>
/// <remarks>
/// <para><see cref="ValidUntil"/> is the last day the certificate is valid (inclusive): on the next day it is expired and never
/// satisfies a requirement. <see langword="null"/> means it does not expire (a self-declaration stays valid while the product is unchanged).</para>
/// <para>An empty <see cref="Markets"/> list means the certificate is not limited to particular markets.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.HeldCertificateJsonConverter))]
public sealed record HeldCertificate
{
    /// <summary>Creates a held certificate.</summary>
    /// <param name="type">What it is, for example <see cref="CertificateType.CeRed"/>.</param>
    /// <param name="markets">The markets it covers; empty when not limited.</param>
    /// <param name="issuer">Who issued or signed it (a certification body, laboratory, the manufacturer, a register).</param>
    /// <param name="number">Its number or registration id.</param>
    /// <param name="issuedOn">The day it was issued; it does not satisfy anything before that day.</param>
    /// <param name="validUntil">The last day it is valid, or null when it does not expire; not before <paramref name="issuedOn"/>.</param>
    /// <param name="evidence">The documents that prove it; may be empty.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The type is the default value, a text is empty, a market is the default value, or <paramref name="validUntil"/> is before <paramref name="issuedOn"/>.</exception>
    public HeldCertificate(CertificateType type, IEnumerable<CountryCode> markets, string issuer, string number, LocalDate issuedOn, LocalDate? validUntil, IEnumerable<EvidenceDocument>? evidence = null)
    {
        Preconditions.CheckArgument(type.Code.Length > 0, nameof(type), "type is the default CertificateType; parse a code such as CE-RED first.");
        Preconditions.CheckNotNull(markets, nameof(markets));
        CountryCode[] list = markets.Distinct().OrderBy(m => m).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(list, m => !m.IsDefault), nameof(markets), "markets contains the default CountryCode; parse each market first.");
        if (validUntil is { } until && until < issuedOn)
        {
            throw new ArgumentException($"validUntil was {IsoDate.Format(until)}, before issuedOn {IsoDate.Format(issuedOn)}; a certificate cannot expire before it is issued.", nameof(validUntil));
        }

        EvidenceDocument[] documents = evidence?.ToArray() ?? Array.Empty<EvidenceDocument>();
        Preconditions.CheckArgument(Array.TrueForAll(documents, d => d is not null), nameof(evidence), "evidence must not contain null.");
        Type = type;
        Markets = list;
        Issuer = Preconditions.CheckNotNullOrWhiteSpace(issuer, nameof(issuer));
        Number = Preconditions.CheckNotNullOrWhiteSpace(number, nameof(number));
        IssuedOn = issuedOn;
        ValidUntil = validUntil;
        Evidence = documents;
    }

    /// <summary>What it is.</summary>
    public CertificateType Type { get; }

    /// <summary>The markets it covers, sorted; empty when not limited.</summary>
    public IReadOnlyList<CountryCode> Markets { get; }

    /// <summary>Who issued or signed it.</summary>
    public string Issuer { get; }

    /// <summary>Its number or registration id.</summary>
    public string Number { get; }

    /// <summary>The day it was issued.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The last day it is valid, or null when it does not expire.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>The documents that prove it.</summary>
    public IReadOnlyList<EvidenceDocument> Evidence { get; }

    /// <summary>Whether it covers <paramref name="market"/>.</summary>
    /// <param name="market">The market.</param>
    /// <returns><see langword="true"/> when <see cref="Markets"/> is empty or contains the market.</returns>
    public bool Covers(CountryCode market)
    {
        if (Markets.Count == 0)
        {
            return true;
        }

        foreach (CountryCode m in Markets)
        {
            if (m == market)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether it is valid on <paramref name="date"/>: issued on or before it, and not expired.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <c>IssuedOn ≤ date ≤ ValidUntil</c>.</returns>
    public bool IsValidOn(LocalDate date) => date >= IssuedOn && (ValidUntil is not { } until || date <= until);

    /// <summary>"CE-RED no. 123 by TÜV, 2025-01-10..2030-01-09".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        Type + " no. " + Number + " by " + Issuer + ", " + IsoDate.Format(IssuedOn) + ".." + (ValidUntil is { } u ? IsoDate.Format(u) : string.Empty);
}
