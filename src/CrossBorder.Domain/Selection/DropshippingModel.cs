using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// Dropshipping or direct-from-origin selling: no inventory is bought ahead; each sale is passed to the supplier, who charges
/// <see cref="LaunchSku.DropshipCostPerUnit"/> (product and shipping to the customer) and ships from origin, so delivery is
/// slower and conversion usually lower. Immutable.
/// </summary>
public sealed class DropshippingModel : LaunchModel
{
    private readonly int supplierPaymentDays;

    /// <summary>Creates a dropshipping model.</summary>
    /// <param name="conversionRate">Orders per session, 0–100 % (a guess, named as an assumption).</param>
    /// <param name="deliveryDays">Days from sale to delivery (0–366), typically longer than from local stock.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public DropshippingModel(Percentage conversionRate, int deliveryDays)
        : base(conversionRate, deliveryDays)
    {
    }

    /// <inheritdoc/>
    public override string Name => "dropshipping";

    /// <summary>Days after the sale that the supplier is paid (0–366, default 0: paid when the order is passed on).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is out of range.</exception>
    public int SupplierPaymentDays
    {
        get => supplierPaymentDays;
        init => supplierPaymentDays = Preconditions.CheckInRange(value, nameof(SupplierPaymentDays), 0, 366);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"dropshipping: conversion {ConversionRate.Percent:0.##} %, delivery {DeliveryDays} days");
}
