using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>A refund that exceeds its order, found by <see cref="RefundCheck.FindExcessive"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record RefundProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="index">The refund's position in the input.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="reason">What is wrong.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public RefundProblem(int index, string orderId, string reason)
    {
        Index = index;
        OrderId = Preconditions.CheckNotNull(orderId, nameof(orderId));
        Reason = Preconditions.CheckNotNull(reason, nameof(reason));
    }

    /// <summary>The refund's position in the input.</summary>
    public int Index { get; }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
