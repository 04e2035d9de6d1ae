using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>A marketplace identifier is well formed but names no marketplace the reference data (or the user's records) knows.</summary>
public sealed class UnknownMarketplaceException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The identifier that was not found.</param>
    /// <param name="paramName">The argument that carried it.</param>
    /// <param name="known">A short list of known identifiers, for the message.</param>
    public UnknownMarketplaceException(string? id, string? paramName, string known)
        : base(
            $"Marketplace {Preconditions.Quote(id)} is not in the marketplace table. Known marketplaces include {known}; add your own with Markets.WithMarketplaces(...).",
            paramName)
    {
        Id = id;
    }

    /// <summary>The identifier that was not found.</summary>
    public string? Id { get; }
}
