using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>A fulfilment fee given by the user (read from the marketplace's fee page or a fee report), the same for every unit and date.</summary>
public sealed class FixedFulfilmentFee : IFulfilmentFeeProvider
{
    /// <summary>Creates the provider.</summary>
    /// <param name="feePerUnit">The fee per unit, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="feePerUnit"/> is negative.</exception>
    public FixedFulfilmentFee(Money feePerUnit)
    {
        if (feePerUnit.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(feePerUnit), feePerUnit, $"feePerUnit was {feePerUnit}; it must be zero or greater.");
        }

        FeePerUnit = feePerUnit;
    }

    /// <summary>The fee per unit.</summary>
    public Money FeePerUnit { get; }

    /// <inheritdoc />
    public Money GetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date) => FeePerUnit;

    /// <inheritdoc />
    public bool TryGetFulfilmentFee(MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date, [NotNullWhen(true)] out Money? fee)
    {
        fee = FeePerUnit;
        return true;
    }
}
