using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>How a unit reaches the buyer, and so what fulfilment costs per unit: FBA (fee from the size tier, storage from the volume), a fixed cost, or none.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.FulfilmentJsonConverter))]
public sealed class Fulfilment
{
    private Fulfilment(bool byAmazon, Dimensions dimensions, Mass unitWeight, Money? fixedCost, string label)
    {
        IsByAmazon = byAmazon;
        Dimensions = dimensions;
        UnitWeight = unitWeight;
        FixedCost = fixedCost;
        Label = label;
    }

    /// <summary>No fulfilment cost in the breakdown (for example, shipping charged to the buyer at cost).</summary>
    public static Fulfilment None { get; } = new(false, default, default, null, "no fulfilment cost");

    /// <summary>Whether this is FBA.</summary>
    public bool IsByAmazon { get; }

    /// <summary>The packed dimensions (FBA).</summary>
    public Dimensions Dimensions { get; }

    /// <summary>The packed unit weight (FBA).</summary>
    public Mass UnitWeight { get; }

    /// <summary>The fixed cost per unit (merchant or third-party fulfilment), or null.</summary>
    public Money? FixedCost { get; }

    /// <summary>A label for the breakdown.</summary>
    public string Label { get; }

    /// <summary>Fulfilment by Amazon: the fee comes from the size tier of the packed unit.</summary>
    /// <param name="dimensions">Packed dimensions.</param>
    /// <param name="unitWeight">Packed unit weight.</param>
    /// <returns>The fulfilment.</returns>
    public static Fulfilment ByAmazon(Dimensions dimensions, Mass unitWeight) => new(true, dimensions, unitWeight, null, "FBA fulfilment fee");

    /// <summary>A fixed cost per unit (own warehouse, 3PL, postage).</summary>
    /// <param name="perUnit">The cost per unit; zero or more.</param>
    /// <param name="label">What it is.</param>
    /// <returns>The fulfilment.</returns>
    public static Fulfilment Fixed(Money perUnit, string label = "fulfilment cost")
    {
        Preconditions.CheckNonNegative(perUnit.Amount, nameof(perUnit));
        return new(false, default, default, perUnit, Preconditions.CheckNotNullOrWhiteSpace(label, nameof(label)));
    }
}
