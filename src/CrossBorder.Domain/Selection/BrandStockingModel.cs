using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// Brand stocking: inventory is ordered from the factory, shipped to the market and sold from local stock. Each purchase order
/// covers <see cref="OrderCoverDays"/> days of demand (whole units, rounded up); the first arrives on the launch day and each
/// next one arrives as the previous stock runs out, so it is placed <see cref="ProductionDays"/> + <see cref="TransitDays"/>
/// earlier. The deposit (<see cref="DepositShare"/>) is paid when the order is placed, the balance and the freight when the goods
/// ship, duties on arrival. Demand is taken as constant: there is no safety stock. Immutable.
/// </summary>
public sealed class BrandStockingModel : LaunchModel
{
    private readonly Percentage depositShare;

    /// <summary>Creates a brand-stocking model.</summary>
    /// <param name="conversionRate">Orders per session, 0–100 % (a guess, named as an assumption).</param>
    /// <param name="deliveryDays">Days from sale to delivery from local stock (0–366).</param>
    /// <param name="productionDays">Days from placing an order to the goods shipping (0–366).</param>
    /// <param name="transitDays">Days from shipping to the goods being available for sale in the market, customs and receiving included (0–366).</param>
    /// <param name="orderCoverDays">Days of demand each purchase order covers (1–366).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public BrandStockingModel(Percentage conversionRate, int deliveryDays, int productionDays, int transitDays, int orderCoverDays)
        : base(conversionRate, deliveryDays)
    {
        ProductionDays = Preconditions.CheckInRange(productionDays, nameof(productionDays), 0, 366);
        TransitDays = Preconditions.CheckInRange(transitDays, nameof(transitDays), 0, 366);
        OrderCoverDays = Preconditions.CheckInRange(orderCoverDays, nameof(orderCoverDays), 1, 366);
    }

    /// <inheritdoc/>
    public override string Name => "brand stocking";

    /// <summary>Days from placing an order to the goods shipping.</summary>
    public int ProductionDays { get; }

    /// <summary>Days from shipping to the goods being available for sale.</summary>
    public int TransitDays { get; }

    /// <summary>Days of demand each purchase order covers.</summary>
    public int OrderCoverDays { get; }

    /// <summary>Share of the purchase price paid as a deposit when the order is placed, 0–100 % (default 0 %: all paid when the goods ship).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is out of range.</exception>
    public Percentage DepositShare
    {
        get => depositShare;
        init
        {
            if (value < Percentage.Zero || value > Percentage.OneHundred)
            {
                throw new ArgumentOutOfRangeException(nameof(DepositShare), value, FormattableString.Invariant($"DepositShare was {value.Percent} %; it must be in the range [0 %, 100 %]."));
            }

            depositShare = value;
        }
    }

    /// <summary>Days from placing an order to the goods being available for sale: production + transit.</summary>
    public int LeadTimeDays => ProductionDays + TransitDays;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"brand stocking: conversion {ConversionRate.Percent:0.##} %, delivery {DeliveryDays} days, lead time {LeadTimeDays} days, orders cover {OrderCoverDays} days");
}
