using System;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>The inputs of a <see cref="ChannelComparison"/>: one SKU, one market, expected sales and the figures of each channel (all in one currency).</summary>
public sealed record ChannelComparisonRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="marketplace">The marketplace sold on.</param>
    /// <param name="unitDimensions">The packed unit's dimensions.</param>
    /// <param name="unitMass">The packed unit's mass.</param>
    /// <param name="date">The date of the comparison.</param>
    /// <param name="expectedMonthlyUnits">Expected sales per month, zero or more.</param>
    /// <param name="steadySellerThreshold">Monthly units from which a SKU counts as a steady seller (the user's policy).</param>
    /// <param name="monthsOfCover">How long a pre-stocked unit waits in the warehouse on average, in months.</param>
    /// <param name="fba">The FBA option, or null.</param>
    /// <param name="warehouse">The 3PL option, or null.</param>
    /// <param name="direct">The direct-parcel option, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public ChannelComparisonRequest(string sku, MarketplaceId marketplace, Dimensions unitDimensions, Mass unitMass, LocalDate date, decimal expectedMonthlyUnits, decimal steadySellerThreshold, decimal monthsOfCover, FbaOption? fba, WarehouseOption? warehouse, DirectParcelOption? direct)
    {
        Sku = Preconditions.CheckNotNullOrWhiteSpace(sku, nameof(sku));
        Marketplace = marketplace;
        UnitDimensions = unitDimensions;
        UnitMass = unitMass;
        Date = date;
        ExpectedMonthlyUnits = Preconditions.CheckNonNegative(expectedMonthlyUnits, nameof(expectedMonthlyUnits));
        SteadySellerThreshold = Preconditions.CheckNonNegative(steadySellerThreshold, nameof(steadySellerThreshold));
        MonthsOfCover = Preconditions.CheckNonNegative(monthsOfCover, nameof(monthsOfCover));
        Fba = fba;
        Warehouse = warehouse;
        Direct = direct;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The packed unit's dimensions.</summary>
    public Dimensions UnitDimensions { get; }

    /// <summary>The packed unit's mass.</summary>
    public Mass UnitMass { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Expected sales per month.</summary>
    public decimal ExpectedMonthlyUnits { get; }

    /// <summary>Monthly units from which a SKU is a steady seller.</summary>
    public decimal SteadySellerThreshold { get; }

    /// <summary>Average months a pre-stocked unit is stored.</summary>
    public decimal MonthsOfCover { get; }

    /// <summary>The FBA option.</summary>
    public FbaOption? Fba { get; }

    /// <summary>The 3PL option.</summary>
    public WarehouseOption? Warehouse { get; }

    /// <summary>The direct-parcel option.</summary>
    public DirectParcelOption? Direct { get; }
}
