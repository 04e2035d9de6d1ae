using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>One stage of a supply route with its lead-time range, for example production 20–30 days.</summary>
/// <remarks>Immutable. The ranges are the user's data (supplier quotes, forwarder schedules, the seller's own receipts); the library ships none.</remarks>
public sealed record SupplyStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="kind">What the stage is.</param>
    /// <param name="days">Its lead-time range.</param>
    /// <param name="name">A name for people; the kind's name when null.</param>
    /// <param name="pausesForFactoryClosure">Whether the stage stops while the origin's factories are closed (Chinese New Year);
    /// by default production and inland haulage stop, the other stages do not.</param>
    public SupplyStage(SupplyStageKind kind, LeadTimeRange days, string? name = null, bool? pausesForFactoryClosure = null)
    {
        Kind = kind;
        Days = days;
        Name = string.IsNullOrWhiteSpace(name) ? kind.ToString() : name!;
        PausesForFactoryClosure = pausesForFactoryClosure ?? (kind is SupplyStageKind.Production or SupplyStageKind.InlandToOrigin);
    }

    /// <summary>What the stage is.</summary>
    public SupplyStageKind Kind { get; }

    /// <summary>The lead-time range.</summary>
    public LeadTimeRange Days { get; }

    /// <summary>The name for people.</summary>
    public string Name { get; }

    /// <summary>Whether the stage stops during factory closures at origin.</summary>
    public bool PausesForFactoryClosure { get; }

    /// <summary>"Production 20–30 days".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Name + " " + Days;

    internal static SupplyStage Checked(SupplyStage? stage, string paramName) => Preconditions.CheckNotNull(stage, paramName);
}
