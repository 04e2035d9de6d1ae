using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// A payment method buyers in a market commonly use (iDEAL in the Netherlands, Konbini in Japan, cash on delivery in the Philippines),
/// for checkout and product-fit screening. Records say that the method is common, not its share; a share is kept only in the note
/// when the source gives one.
/// </summary>
/// <remarks>Immutable and thread-safe. The key is (<see cref="Country"/>, <see cref="Method"/>).</remarks>
public sealed record PaymentMethodUse
{
    /// <summary>Creates a record.</summary>
    /// <param name="country">The market.</param>
    /// <param name="method">The method's identifier in lower-case kebab form (<c>ideal</c>, <c>cash-on-delivery</c>).</param>
    /// <param name="name">The method's name as buyers know it (<c>iDEAL</c>).</param>
    /// <param name="kind">How the method moves the money.</param>
    /// <param name="note">A short explanation, or <see langword="null"/>.</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value or a text is empty.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public PaymentMethodUse(CountryCode country, string method, string name, PaymentMethodKind kind, string? note, Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Country = country;
        Method = Preconditions.CheckNotNullOrWhiteSpace(method, nameof(method));
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Kind = kind;
        Note = note;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The market.</summary>
    public CountryCode Country { get; }

    /// <summary>The method's identifier, for example <c>ideal</c>.</summary>
    public string Method { get; }

    /// <summary>The method's name, for example <c>iDEAL</c>.</summary>
    public string Name { get; }

    /// <summary>How the method moves the money.</summary>
    public PaymentMethodKind Kind { get; }

    /// <summary>A short explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>The document the record rests on.</summary>
    public Source Source { get; }
}
