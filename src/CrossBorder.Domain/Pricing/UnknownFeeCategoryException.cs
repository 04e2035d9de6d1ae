using System;
using System.Collections.Generic;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// A marketplace or fee category has no fee schedule in the tables in use. The message lists the categories that exist for
/// the marketplace; add a schedule with <see cref="MarketplaceFeeSchedules.Override"/> when yours is missing.
/// </summary>
public sealed class UnknownFeeCategoryException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="marketplace">The marketplace asked for.</param>
    /// <param name="category">The category asked for.</param>
    /// <param name="known">The categories known for the marketplace.</param>
    /// <param name="paramName">The argument that carried the category.</param>
    public UnknownFeeCategoryException(string marketplace, string category, IReadOnlyList<string> known, string paramName)
        : base(
            known.Count == 0
                ? $"Marketplace '{marketplace}' has no fee schedules; category '{category}' cannot be priced. Supply a schedule with MarketplaceFeeSchedules.Override."
                : $"Fee category '{category}' is not known for marketplace '{marketplace}'; known categories: {string.Join(", ", known)}.",
            paramName)
    {
        Marketplace = marketplace;
        Category = category;
        KnownCategories = known;
    }

    /// <summary>The marketplace asked for.</summary>
    public string Marketplace { get; }

    /// <summary>The category asked for.</summary>
    public string Category { get; }

    /// <summary>The categories known for the marketplace.</summary>
    public IReadOnlyList<string> KnownCategories { get; }
}
