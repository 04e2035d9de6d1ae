using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The order-level events store health is computed from: the orders (their first lines), seller-fulfilled shipments, cancellations,
/// claims and seller feedback. Rows of other marketplaces are ignored by <see cref="StoreHealth.Evaluate"/>.
/// </summary>
/// <remarks>Immutable once built; the sequences are enumerated once per evaluation.</remarks>
public sealed class StoreHealthData
{
    private readonly IEnumerable<OrderLine> orders = Array.Empty<OrderLine>();
    private readonly IEnumerable<OrderShipment> shipments = Array.Empty<OrderShipment>();
    private readonly IEnumerable<Cancellation> cancellations = Array.Empty<Cancellation>();
    private readonly IEnumerable<Claim> claims = Array.Empty<Claim>();
    private readonly IEnumerable<SellerFeedback> feedback = Array.Empty<SellerFeedback>();

    /// <summary>Order lines; line 1 of each order stands for the order (its date and channel).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IEnumerable<OrderLine> Orders { get => orders; init => orders = Preconditions.CheckNotNull(value, nameof(Orders)); }

    /// <summary>Seller-fulfilled shipments.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IEnumerable<OrderShipment> Shipments { get => shipments; init => shipments = Preconditions.CheckNotNull(value, nameof(Shipments)); }

    /// <summary>Cancellations.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IEnumerable<Cancellation> Cancellations { get => cancellations; init => cancellations = Preconditions.CheckNotNull(value, nameof(Cancellations)); }

    /// <summary>A-to-z Guarantee claims and chargebacks.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IEnumerable<Claim> Claims { get => claims; init => claims = Preconditions.CheckNotNull(value, nameof(Claims)); }

    /// <summary>Seller feedback.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IEnumerable<SellerFeedback> Feedback { get => feedback; init => feedback = Preconditions.CheckNotNull(value, nameof(Feedback)); }
}
