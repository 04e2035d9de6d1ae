using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A flat customs duty per distinct tariff subheading for low-value consignments, replacing the ad valorem duty (the EU's interim
/// €3 per item category for consignments of intrinsic value up to €150, from 2026-07-01).
/// </summary>
public sealed record LowValueFlatDuty
{
    /// <summary>Creates the rule.</summary>
    /// <param name="perSubheading">The duty per distinct tariff subheading in the consignment.</param>
    /// <param name="ceiling">The largest intrinsic consignment value covered (inclusive).</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public LowValueFlatDuty(Money perSubheading, Money ceiling, Source source)
    {
        if (perSubheading.IsNegative || ceiling.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(perSubheading), perSubheading, $"perSubheading ({perSubheading}) and ceiling ({ceiling}) must be zero or greater.");
        }

        PerSubheading = perSubheading;
        Ceiling = ceiling;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The duty per distinct tariff subheading.</summary>
    public Money PerSubheading { get; }

    /// <summary>The largest intrinsic consignment value covered (inclusive).</summary>
    public Money Ceiling { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }
}
