using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>A buyer claim against an order: an A-to-z Guarantee claim or a chargeback, with its status.</summary>
/// <remarks>Counts as an order defect unless denied or withdrawn before a decision. Immutable.</remarks>
public readonly struct Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="kind">A-to-z Guarantee claim or chargeback.</param>
    /// <param name="status">Where it stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentException">The marketplace is none.</exception>
    public Claim(string orderId, MarketplaceKey marketplace, ClaimKind kind, ClaimStatus status)
    {
        OrderId = Preconditions.CheckNotNullOrWhiteSpace(orderId, nameof(orderId));
        Preconditions.CheckArgument(!marketplace.IsNone, nameof(marketplace), "marketplace is MarketplaceKey.None.");
        Marketplace = marketplace;
        Kind = kind;
        Status = status;
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>The marketplace.</summary>
    public MarketplaceKey Marketplace { get; }

    /// <summary>The kind of claim.</summary>
    public ClaimKind Kind { get; }

    /// <summary>Where it stands.</summary>
    public ClaimStatus Status { get; }

    /// <summary>Whether it counts as an order defect (not denied, not withdrawn).</summary>
    public bool IsDefect => Status is ClaimStatus.Open or ClaimStatus.Granted;
}
