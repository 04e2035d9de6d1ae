using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// Where a reference value comes from: the document's title, its address and the day it was read.
/// Every embedded record carries one, so that every computed figure can say which document it rests on.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="title">The document's title, as the publisher gives it. Must not be empty.</param>
    /// <param name="address">Where the document can be read: a URL, or a reference such as an official-journal citation. Must not be empty.</param>
    /// <param name="retrieved">The day the document was read.</param>
    /// <param name="kind">How much weight the source carries; <see cref="SourceKind.Official"/> unless stated.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">A string argument is empty or white space.</exception>
    public Source(string title, string address, LocalDate retrieved, SourceKind kind = SourceKind.Official)
    {
        Title = Preconditions.CheckNotNullOrWhiteSpace(title, nameof(title));
        Address = Preconditions.CheckNotNullOrWhiteSpace(address, nameof(address));
        Retrieved = retrieved;
        Kind = kind;
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>Where the document can be read (a URL or a citation).</summary>
    public string Address { get; }

    /// <summary>The day the document was read.</summary>
    public LocalDate Retrieved { get; }

    /// <summary>How much weight the source carries.</summary>
    public SourceKind Kind { get; }

    /// <summary>A source for values the user supplies (their own contract, schedule or policy).</summary>
    /// <param name="title">What the values are, for example "Our 2026 freight contract with ACME Logistics".</param>
    /// <param name="asOf">The day the values were agreed or entered.</param>
    /// <returns>A <see cref="SourceKind.UserSupplied"/> source whose address is <c>user-supplied</c>.</returns>
    public static Source UserSupplied(string title, LocalDate asOf) => new(title, "user-supplied", asOf, SourceKind.UserSupplied);

    /// <summary>"Title — address (retrieved yyyy-MM-dd)".</summary>
    /// <returns>A one-line description for people.</returns>
    public override string ToString() =>
        Title + " — " + Address + " (retrieved " + IsoDate.Format(Retrieved) + ")";
}
