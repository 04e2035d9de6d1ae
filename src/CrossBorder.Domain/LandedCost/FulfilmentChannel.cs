using Ardalis.SmartEnum;

namespace CrossBorder.Domain.LandedCost;

/// <summary>How a unit reaches the customer: from a marketplace fulfilment centre (FBA), from a third-party overseas warehouse, or by parcel from the origin.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<FulfilmentChannel>))]
public sealed class FulfilmentChannel : SmartEnum<FulfilmentChannel>
{
    /// <summary>Pre-stocked in the marketplace's fulfilment network (Fulfilment by Amazon and similar).</summary>
    public static readonly FulfilmentChannel Fba = new(nameof(Fba), 1, preStocked: true);

    /// <summary>Pre-stocked in a third-party overseas warehouse (3PL) that picks, packs and ships each order.</summary>
    public static readonly FulfilmentChannel OverseasWarehouse = new(nameof(OverseasWarehouse), 2, preStocked: true);

    /// <summary>Shipped per parcel from the origin (postal or dedicated e-commerce line), DDP or DDU.</summary>
    public static readonly FulfilmentChannel DirectParcel = new(nameof(DirectParcel), 3, preStocked: false);

    private FulfilmentChannel(string name, int value, bool preStocked)
        : base(name, value) => IsPreStocked = preStocked;

    /// <summary>Whether stock is held in the destination market before it sells.</summary>
    public bool IsPreStocked { get; }
}
