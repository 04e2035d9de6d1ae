using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One FBA product size tier of a marketplace: the limits a packed unit must meet (sorted sides, length + girth, weight),
/// which weight counts, and how dimensional weight is computed. Tiers are tried in <see cref="Order"/>; the first one whose
/// limits the unit meets is its tier. Immutable.
/// </summary>
public sealed record FbaSizeTier : IEffectiveDated<FbaSizeTier>
{
    /// <summary>Creates a tier.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="name">The tier's id (for example "large-standard").</param>
    /// <param name="order">Its position when classifying (lower first).</param>
    /// <param name="maxLongest">The longest side limit, or null.</param>
    /// <param name="maxMedian">The median side limit, or null.</param>
    /// <param name="maxShortest">The shortest side limit, or null.</param>
    /// <param name="maxLengthPlusGirth">The length + girth limit, or null.</param>
    /// <param name="maxWeight">The weight limit (on <paramref name="weightBasis"/>), or null for none.</param>
    /// <param name="weightBasis">Which weight counts.</param>
    /// <param name="dimensionalDivisor">Cubic length units per mass unit of dimensional weight (139 in³/lb for Amazon US).</param>
    /// <param name="lengthUnit">The unit of <paramref name="dimensionalDivisor"/>'s volume.</param>
    /// <param name="massUnit">The unit of <paramref name="dimensionalDivisor"/>'s mass.</param>
    /// <param name="minimumSide">The least width and height assumed for dimensional weight (2 in for bulky tiers), or null.</param>
    /// <param name="storageClass">The storage-fee class of the tier ("standard" or "bulky").</param>
    /// <param name="period">When the tier definition is in force.</param>
    /// <param name="source">Where it comes from.</param>
    public FbaSizeTier(
        MarketplaceId marketplace,
        string name,
        int order,
        Length? maxLongest,
        Length? maxMedian,
        Length? maxShortest,
        Length? maxLengthPlusGirth,
        Mass? maxWeight,
        FbaWeightBasis weightBasis,
        decimal dimensionalDivisor,
        LengthUnit lengthUnit,
        MassUnit massUnit,
        Length? minimumSide,
        string storageClass,
        EffectivePeriod period,
        Source source)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Marketplace = marketplace;
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Order = order;
        MaxLongest = maxLongest;
        MaxMedian = maxMedian;
        MaxShortest = maxShortest;
        MaxLengthPlusGirth = maxLengthPlusGirth;
        MaxWeight = maxWeight;
        WeightBasis = weightBasis;
        DimensionalDivisor = Preconditions.CheckPositive(dimensionalDivisor, nameof(dimensionalDivisor));
        LengthUnit = lengthUnit;
        MassUnit = massUnit;
        MinimumSide = minimumSide;
        StorageClass = Preconditions.CheckNotNullOrWhiteSpace(storageClass, nameof(storageClass));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The tier's id.</summary>
    public string Name { get; }

    /// <summary>The classification order.</summary>
    public int Order { get; }

    /// <summary>The longest side limit.</summary>
    public Length? MaxLongest { get; }

    /// <summary>The median side limit.</summary>
    public Length? MaxMedian { get; }

    /// <summary>The shortest side limit.</summary>
    public Length? MaxShortest { get; }

    /// <summary>The length + girth limit.</summary>
    public Length? MaxLengthPlusGirth { get; }

    /// <summary>The weight limit.</summary>
    public Mass? MaxWeight { get; }

    /// <summary>Which weight counts.</summary>
    public FbaWeightBasis WeightBasis { get; }

    /// <summary>Cubic <see cref="LengthUnit"/> per <see cref="MassUnit"/> of dimensional weight.</summary>
    public decimal DimensionalDivisor { get; }

    /// <summary>The length unit of the divisor.</summary>
    public LengthUnit LengthUnit { get; }

    /// <summary>The mass unit of the divisor.</summary>
    public MassUnit MassUnit { get; }

    /// <summary>The least width and height assumed for dimensional weight.</summary>
    public Length? MinimumSide { get; }

    /// <summary>The storage-fee class.</summary>
    public string StorageClass { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public FbaSizeTier WithPeriod(EffectivePeriod period) => this with { Period = period };

    /// <summary>The dimensional weight of a unit under this tier's rule.</summary>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <returns>Volume / divisor, with short sides raised to <see cref="MinimumSide"/>.</returns>
    public Mass DimensionalWeight(Dimensions dimensions)
    {
        Length median = dimensions.Median;
        Length shortest = dimensions.Shortest;
        if (MinimumSide is { } min)
        {
            median = Length.Max(median, min);
            shortest = Length.Max(shortest, min);
        }

        decimal volume = dimensions.Longest.In(LengthUnit) * median.In(LengthUnit) * shortest.In(LengthUnit);
        return new Mass(volume / DimensionalDivisor, MassUnit);
    }

    /// <summary>The weight that counts under this tier (unit weight or the greater of unit and dimensional weight).</summary>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <param name="unitWeight">The packed unit weight.</param>
    /// <returns>The shipping weight.</returns>
    public Mass ShippingWeight(Dimensions dimensions, Mass unitWeight) =>
        WeightBasis == FbaWeightBasis.UnitWeight ? unitWeight : Mass.Max(unitWeight, DimensionalWeight(dimensions));

    /// <summary>Whether a unit meets the tier's limits.</summary>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <param name="unitWeight">The packed unit weight.</param>
    /// <returns>Whether it fits.</returns>
    public bool Fits(Dimensions dimensions, Mass unitWeight) =>
        (MaxLongest is not { } l || dimensions.Longest <= l)
        && (MaxMedian is not { } m || dimensions.Median <= m)
        && (MaxShortest is not { } s || dimensions.Shortest <= s)
        && (MaxLengthPlusGirth is not { } g || dimensions.LengthPlusGirth <= g)
        && (MaxWeight is not { } w || ShippingWeight(dimensions, unitWeight) <= w);
}
