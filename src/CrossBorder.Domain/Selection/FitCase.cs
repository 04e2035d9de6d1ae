using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// One product in one market on one date, with the optional inputs that let more factors be assessed. A factor whose input
/// is missing is reported as not assessed (and does not count in the score) — never as a silent zero.
/// </summary>
public sealed record FitCase
{
    private readonly IReadOnlyList<CertificationEstimate> certificationEstimates = Array.Empty<CertificationEstimate>();
    private readonly IReadOnlyList<FitBlocker> blockers = Array.Empty<FitBlocker>();

    private readonly Product product;

    /// <summary>Creates a case.</summary>
    /// <param name="product">The product.</param>
    /// <param name="market">The destination market.</param>
    /// <param name="date">The day the facts are taken on ("today" or the planned launch).</param>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public FitCase(Product product, CountryCode market, LocalDate date)
    {
        this.product = Preconditions.CheckNotNull(product, nameof(product));
        Market = market;
        Date = date;
    }

    /// <summary>The product.</summary>
    public Product Product { get => product; init => product = Preconditions.CheckNotNull(value, nameof(Product)); }

    /// <summary>The destination market.</summary>
    public CountryCode Market { get; init; }

    /// <summary>The day the facts are taken on.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The intended listing and price (for unit economics and the Amazon size tier); <see langword="null"/>: not assessed.</summary>
    public IntendedListing? Listing { get; init; }

    /// <summary>A demand series for the product in the market (search volume or sales); <see langword="null"/>: seasonality not assessed.</summary>
    public DemandSeries? Demand { get; init; }

    /// <summary>Observed competition; <see langword="null"/>: not assessed.</summary>
    public CompetitionInputs? Competition { get; init; }

    /// <summary>Labelling languages, units and plugs; <see langword="null"/>: cultural fit not assessed, plugs not checked.</summary>
    public ListingLocalisation? Localisation { get; init; }

    /// <summary>Cost and lead time of certificates the product may need (user-supplied).</summary>
    public IReadOnlyList<CertificationEstimate> CertificationEstimates
    {
        get => certificationEstimates;
        init => certificationEstimates = Preconditions.CheckNotNull(value, nameof(CertificationEstimates)).ToArray();
    }

    /// <summary>The day the product must be on sale; a missing certificate whose lead time ends after it blocks the case.</summary>
    public LocalDate? LaunchBy { get; init; }

    /// <summary>Blockers of the user's own (brand gating, exclusivity, policy).</summary>
    public IReadOnlyList<FitBlocker> Blockers
    {
        get => blockers;
        init => blockers = Preconditions.CheckNotNull(value, nameof(Blockers)).ToArray();
    }
}
