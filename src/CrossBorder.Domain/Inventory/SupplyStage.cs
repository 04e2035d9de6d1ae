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

    /// <summary>
    /// Days added to this stage for each carrier peak season (<see cref="Geography.RetailEventKind.CarrierPeak"/>) recorded for the
    /// route's origin that the stage overlaps; 0 (the default) ignores peaks. The user's figure: no official source publishes one.
    /// </summary>
    public int PeakExtraDays { get; private init; }

    /// <summary>A copy of this stage that takes <paramref name="days"/> longer per carrier peak season it overlaps.</summary>
    /// <param name="days">Extra days per overlapping peak, 0 or more (for example 7 for a main leg that rolls one sailing in peak).</param>
    /// <returns>The new stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public SupplyStage WithPeakExtraDays(int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Peak extra days must be 0 or more.");
        }

        return new SupplyStage(Kind, Days, Name, PausesForFactoryClosure) { PeakExtraDays = days };
    }

    /// <summary>"Production 20–30 days".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Name + " " + Days + (PeakExtraDays > 0 ? " (+" + InventoryMath.I(PeakExtraDays) + " days in carrier peak)" : string.Empty);

    internal static SupplyStage Checked(SupplyStage? stage, string paramName) => Preconditions.CheckNotNull(stage, paramName);
}
