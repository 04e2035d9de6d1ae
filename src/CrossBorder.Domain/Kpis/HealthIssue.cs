using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>An order that drove a health metric: its id and what went wrong ("negative feedback 1★", "shipped 2 days late"…).</summary>
/// <remarks>Immutable.</remarks>
public sealed record HealthIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="reason">What went wrong.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public HealthIssue(string orderId, string reason)
    {
        OrderId = Preconditions.CheckNotNull(orderId, nameof(orderId));
        Reason = Preconditions.CheckNotNull(reason, nameof(reason));
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>What went wrong.</summary>
    public string Reason { get; }

    /// <summary>"order (reason)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => OrderId + " (" + Reason + ")";
}
