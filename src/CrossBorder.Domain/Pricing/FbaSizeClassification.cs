using CrossBorder.Domain.Data;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Pricing;

/// <summary>The size tier of a packed unit and the weights that decided it. Immutable.</summary>
public sealed record FbaSizeClassification
{
    internal FbaSizeClassification(FbaSizeTier tier, Dimensions dimensions, Mass unitWeight, Mass dimensionalWeight, Mass shippingWeight, Provenance provenance)
    {
        Tier = tier;
        Dimensions = dimensions;
        UnitWeight = unitWeight;
        DimensionalWeight = dimensionalWeight;
        ShippingWeight = shippingWeight;
        Provenance = provenance;
    }

    /// <summary>The tier.</summary>
    public FbaSizeTier Tier { get; }

    /// <summary>The packed dimensions.</summary>
    public Dimensions Dimensions { get; }

    /// <summary>The unit weight.</summary>
    public Mass UnitWeight { get; }

    /// <summary>The dimensional weight under the tier's rule.</summary>
    public Mass DimensionalWeight { get; }

    /// <summary>The weight the fulfilment fee is based on.</summary>
    public Mass ShippingWeight { get; }

    /// <summary>Where the tier definition comes from.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        System.FormattableString.Invariant($"{Tier.Name}: {Dimensions}, unit weight {UnitWeight}, dimensional weight {DimensionalWeight.ConvertTo(Tier.MassUnit)}, shipping weight {ShippingWeight.ConvertTo(Tier.MassUnit)}");
}
