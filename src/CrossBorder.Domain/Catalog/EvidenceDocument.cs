using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>A document that backs a held certificate: its kind, a title, and where to find it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvidenceDocument
{
    /// <summary>Creates an evidence document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">A title, for example "EU DoC SPK-BT20 rev. 3".</param>
    /// <param name="reference">Where the document is kept (a file name, document-management id or address), or null.</param>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    public EvidenceDocument(EvidenceKind kind, string title, string? reference = null)
    {
        Kind = kind;
        Title = Preconditions.CheckNotNullOrWhiteSpace(title, nameof(title));
        Reference = reference;
    }

    /// <summary>The kind of document.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Where the document is kept, when given.</summary>
    public string? Reference { get; }

    /// <summary>"TestReport: title (reference)".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Kind + ": " + Title + (Reference is null ? string.Empty : " (" + Reference + ")");
}
