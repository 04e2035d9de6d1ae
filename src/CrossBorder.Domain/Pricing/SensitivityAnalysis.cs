using System.Collections.Generic;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>A tornado ranking: each driver moved up and down by the same relative change, largest profit swing first. Immutable.</summary>
public sealed class SensitivityAnalysis
{
    internal SensitivityAnalysis(UnitEconomics baseline, Percentage change, int unitsPerMonth, IReadOnlyList<SensitivityResult> ranking)
    {
        Baseline = baseline;
        Change = change;
        UnitsPerMonth = unitsPerMonth;
        Ranking = ranking;
    }

    /// <summary>The unit economics before any change.</summary>
    public UnitEconomics Baseline { get; }

    /// <summary>The relative change applied to each driver.</summary>
    public Percentage Change { get; }

    /// <summary>Units sold per month, for the monthly deltas.</summary>
    public int UnitsPerMonth { get; }

    /// <summary>The drivers, largest swing first (ties in <see cref="CostDriver"/> order).</summary>
    public IReadOnlyList<SensitivityResult> Ranking { get; }
}
