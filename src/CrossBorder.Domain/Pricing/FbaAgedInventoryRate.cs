using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One age bracket of the FBA aged-inventory surcharge (table <c>amazon-fba-aged-inventory-surcharge</c>): a monthly rate per
/// volume unit for units whose inventory age is in [<see cref="FromDay"/>, <see cref="ToDay"/>], or a minimum per unit when
/// that is greater, with the fee categories the bracket exempts. Immutable.
/// </summary>
public sealed record FbaAgedInventoryRate : IEffectiveDated<FbaAgedInventoryRate>
{
    private readonly string[] exempt;

    /// <summary>Creates a bracket.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="fromDay">The first inventory age (days) of the bracket.</param>
    /// <param name="toDay">The last inventory age of the bracket, or null for no upper limit.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="volumeUnit">The volume unit <paramref name="perVolume"/> is per.</param>
    /// <param name="perVolume">The surcharge per volume unit per monthly assessment.</param>
    /// <param name="perUnitMinimum">The surcharge per unit when greater than the volume charge, or null.</param>
    /// <param name="exemptCategories">Fee categories the bracket does not charge.</param>
    /// <param name="period">When in force.</param>
    /// <param name="source">Where it comes from.</param>
    public FbaAgedInventoryRate(
        MarketplaceId marketplace,
        int fromDay,
        int? toDay,
        Currency currency,
        VolumeUnit volumeUnit,
        decimal perVolume,
        decimal? perUnitMinimum,
        IEnumerable<string> exemptCategories,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Marketplace = marketplace;
        FromDay = Preconditions.CheckNonNegative(fromDay, nameof(fromDay));
        Preconditions.CheckArgument(toDay is null || toDay.Value >= fromDay, nameof(toDay), "toDay must be at or after fromDay.");
        ToDay = toDay;
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        VolumeUnit = volumeUnit;
        PerVolume = Preconditions.CheckNonNegative(perVolume, nameof(perVolume));
        PerUnitMinimum = perUnitMinimum is { } m ? Preconditions.CheckNonNegative(m, nameof(perUnitMinimum)) : null;
        exempt = new List<string>(Preconditions.CheckNotNull(exemptCategories, nameof(exemptCategories))).ToArray();
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The first inventory age (days) of the bracket.</summary>
    public int FromDay { get; }

    /// <summary>The last inventory age of the bracket, or null for no upper limit.</summary>
    public int? ToDay { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The volume unit of <see cref="PerVolume"/>.</summary>
    public VolumeUnit VolumeUnit { get; }

    /// <summary>The surcharge per volume unit per monthly assessment.</summary>
    public decimal PerVolume { get; }

    /// <summary>The surcharge per unit when greater than the volume charge, or null.</summary>
    public decimal? PerUnitMinimum { get; }

    /// <summary>Fee categories the bracket does not charge.</summary>
    public IReadOnlyList<string> ExemptCategories => exempt;

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public FbaAgedInventoryRate WithPeriod(EffectivePeriod period) => this with { Period = period };

    /// <summary>Whether an inventory age falls in the bracket.</summary>
    /// <param name="ageDays">The inventory age in days.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(int ageDays) => ageDays >= FromDay && (ToDay is not { } to || ageDays <= to);

    /// <summary>Whether the bracket exempts a fee category (ordinal comparison).</summary>
    /// <param name="category">The fee category, or null.</param>
    /// <returns>Whether it is exempt.</returns>
    public bool Exempts(string? category) => category is not null && Array.IndexOf(exempt, category) >= 0;

    /// <summary>
    /// The surcharge of one assessment for units of one volume: per unit the greater of volume × <see cref="PerVolume"/> and
    /// <see cref="PerUnitMinimum"/>, times the units (unrounded, like the monthly storage fee: Amazon bills the total).
    /// </summary>
    /// <param name="unitVolume">The volume of one unit.</param>
    /// <param name="units">The units of that age.</param>
    /// <returns>The surcharge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The volume is zero or negative, or units is negative.</exception>
    public Money Surcharge(Volume unitVolume, int units)
    {
        if (unitVolume <= Volume.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(unitVolume), unitVolume, $"unitVolume was {unitVolume}; it must be greater than zero.");
        }

        Preconditions.CheckNonNegative(units, nameof(units));
        decimal perUnit = unitVolume.In(VolumeUnit) * PerVolume;
        // Stryker disable once Equality : when the minimum equals the volume charge, taking either gives the same amount.
        if (PerUnitMinimum is { } min && min > perUnit)
        {
            perUnit = min;
        }

        return new Money(perUnit * units, Currency);
    }
}
