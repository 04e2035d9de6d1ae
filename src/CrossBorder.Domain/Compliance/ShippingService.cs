using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// A kind of shipping service as dangerous-goods and postal rules tell them apart. Restriction rules name the services they apply
/// to; a compliance report gives a verdict for each service.
/// </summary>
/// <remarks>
/// Closed vocabulary, kept in Compliance so that these rules do not depend on the logistics freight modes; a freight mode maps to
/// one or more services (air freight on a freighter = <see cref="AirCargo"/>, in a passenger aircraft's hold = <see cref="PassengerAir"/>).
/// Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<ShippingService>))]
public sealed class ShippingService : SmartEnum<ShippingService>
{
    /// <summary>Ocean freight (IMDG Code).</summary>
    public static readonly ShippingService Sea = new("sea", 0, "Sea freight");

    /// <summary>Air cargo on cargo (freighter) aircraft (IATA DGR, "Cargo Aircraft Only" allowed).</summary>
    public static readonly ShippingService AirCargo = new("air-cargo", 1, "Air cargo, cargo aircraft");

    /// <summary>Air cargo in the hold of passenger aircraft (IATA DGR passenger-aircraft limits).</summary>
    public static readonly ShippingService PassengerAir = new("passenger-air", 2, "Air cargo, passenger aircraft");

    /// <summary>International express couriers (integrators flying their own network).</summary>
    public static readonly ShippingService ExpressCourier = new("express", 3, "Express courier");

    /// <summary>International mail through the postal network (UPU).</summary>
    public static readonly ShippingService Postal = new("postal", 4, "Postal (international mail)");

    /// <summary>Dedicated e-commerce lines (consolidated parcel services run by forwarders).</summary>
    public static readonly ShippingService EcommerceLine = new("ecommerce-line", 5, "Dedicated e-commerce line");

    private ShippingService(string name, int value, string displayName)
        : base(name, value)
    {
        DisplayName = displayName;
    }

    /// <summary>A name for people, for example "Air cargo, passenger aircraft".</summary>
    public string DisplayName { get; }
}
