using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.LandedCost;

/// <summary>The result of a <see cref="ChannelComparison"/>: each channel's cost per unit, the recommended channel and why.</summary>
public sealed record ChannelRecommendation
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="costs">The channels compared.</param>
    /// <param name="recommended">The recommended channel.</param>
    /// <param name="reason">Why, for people.</param>
    public ChannelRecommendation(IReadOnlyList<ChannelCost> costs, FulfilmentChannel recommended, string reason)
    {
        Costs = Preconditions.CheckNotNull(costs, nameof(costs));
        Recommended = Preconditions.CheckNotNull(recommended, nameof(recommended));
        Reason = Preconditions.CheckNotNull(reason, nameof(reason));
    }

    /// <summary>The channels compared.</summary>
    public IReadOnlyList<ChannelCost> Costs { get; }

    /// <summary>The recommended channel.</summary>
    public FulfilmentChannel Recommended { get; }

    /// <summary>Why it is recommended.</summary>
    public string Reason { get; }
}
