using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>The cost of delivering one unit to a customer through one channel, with its parts.</summary>
public sealed record ChannelCost
{
    /// <summary>Creates a channel cost.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="parts">Named parts, all in one currency.</param>
    /// <param name="note">A remark for people (for example "DDU: the buyer pays duty and VAT at the door").</param>
    public ChannelCost(FulfilmentChannel channel, IReadOnlyList<KeyValuePair<string, Money>> parts, string note)
    {
        Channel = Preconditions.CheckNotNull(channel, nameof(channel));
        Parts = Preconditions.CheckNotNull(parts, nameof(parts));
        Preconditions.CheckNotEmpty(parts, nameof(parts));
        Money total = Money.Zero(parts[0].Value.Currency);
        foreach (KeyValuePair<string, Money> part in parts)
        {
            total += part.Value;
        }

        PerUnit = total;
        Note = Preconditions.CheckNotNull(note, nameof(note));
    }

    /// <summary>The channel.</summary>
    public FulfilmentChannel Channel { get; }

    /// <summary>The parts of the per-unit cost.</summary>
    public IReadOnlyList<KeyValuePair<string, Money>> Parts { get; }

    /// <summary>The cost per unit delivered.</summary>
    public Money PerUnit { get; }

    /// <summary>A remark for people.</summary>
    public string Note { get; }
}
