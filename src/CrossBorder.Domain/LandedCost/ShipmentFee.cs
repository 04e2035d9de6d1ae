using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>A fee the importer pays for a shipment, supplied by the user: customs broker, clearance, port handling, postal handling, inbound receiving.</summary>
public sealed record ShipmentFee
{
    /// <summary>Creates a fee.</summary>
    /// <param name="name">What it is ("customs broker", "postal handling").</param>
    /// <param name="amount">The amount, zero or more, in any currency.</param>
    /// <param name="inImportVatBase">Whether the destination includes it in the import VAT base (incidental expenses); usually false for broker fees, which carry domestic VAT.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public ShipmentFee(string name, Money amount, bool inImportVatBase = false)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount of fee '{name}' was {amount}; it must be zero or greater.");
        }

        Amount = amount;
        InImportVatBase = inImportVatBase;
    }

    /// <summary>What the fee is.</summary>
    public string Name { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>Whether it belongs to the import VAT base.</summary>
    public bool InImportVatBase { get; }
}
