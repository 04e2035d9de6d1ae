using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Logistics;

/// <summary>One line of a freight quote: what it is, how it was computed and how much.</summary>
public sealed record FreightCharge
{
    /// <summary>Creates a charge line.</summary>
    /// <param name="kind">The kind of charge.</param>
    /// <param name="description">How it was computed, for people ("12.5 kg × USD 4.10/kg").</param>
    /// <param name="amount">The amount.</param>
    public FreightCharge(FreightChargeKind kind, string description, Money amount)
    {
        Kind = kind;
        Description = Preconditions.CheckNotNull(description, nameof(description));
        Amount = amount;
    }

    /// <summary>The kind of charge.</summary>
    public FreightChargeKind Kind { get; }

    /// <summary>How the charge was computed.</summary>
    public string Description { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }
}
