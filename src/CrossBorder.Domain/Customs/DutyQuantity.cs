using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Customs;

/// <summary>The quantities of a declaration line that specific duties are charged on: net mass, number of items and litres.</summary>
public readonly struct DutyQuantity : IEquatable<DutyQuantity>
{
    /// <summary>Creates the quantities.</summary>
    /// <param name="netMass">Net mass of the line.</param>
    /// <param name="items">Number of items, zero or more.</param>
    /// <param name="litres">Litres of content, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative.</exception>
    public DutyQuantity(Mass netMass, decimal items, decimal litres = 0m)
    {
        NetMass = netMass;
        Items = Preconditions.CheckNonNegative(items, nameof(items));
        Litres = Preconditions.CheckNonNegative(litres, nameof(litres));
    }

    /// <summary>Net mass of the line.</summary>
    public Mass NetMass { get; }

    /// <summary>Number of items.</summary>
    public decimal Items { get; }

    /// <summary>Litres of content.</summary>
    public decimal Litres { get; }

    /// <summary>The quantity in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>kg, items or litres.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public decimal In(DutyUnit unit) => unit switch
    {
        DutyUnit.Kilogram => NetMass.Kilograms,
        DutyUnit.Item => Items,
        DutyUnit.Litre => Litres,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unit must be Kilogram, Item or Litre."),
    };

    /// <inheritdoc />
    public bool Equals(DutyQuantity other) => NetMass == other.NetMass && Items == other.Items && Litres == other.Litres;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DutyQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(NetMass, Items, Litres);

    /// <summary>Whether two quantities are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DutyQuantity left, DutyQuantity right) => left.Equals(right);

    /// <summary>Whether two quantities differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DutyQuantity left, DutyQuantity right) => !left.Equals(right);
}
