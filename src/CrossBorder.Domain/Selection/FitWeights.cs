using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The user's weight for each <see cref="FitFactorKind"/>: how much a factor counts in the overall score. Weights are
/// non-negative and at least one is positive; only their ratios matter (1, 1, 2 is the same as 0.25, 0.25, 0.5).
/// Immutable and thread-safe.
/// </summary>
public sealed class FitWeights : IEquatable<FitWeights>
{
    private const int Count = 7;
    private readonly decimal[] values;

    private FitWeights(decimal[] values) => this.values = values;

    /// <summary>Every factor weighs 1 (the default: the library does not presume which factor matters most to you).</summary>
    public static FitWeights Equal { get; } = new(new[] { 1m, 1m, 1m, 1m, 1m, 1m, 1m });

    /// <summary>The sum of the weights (always positive).</summary>
    public decimal Total => values.Sum();

    /// <summary>The weight of a factor.</summary>
    /// <param name="kind">The factor.</param>
    public decimal this[FitFactorKind kind] => values[Index(kind)];

    /// <summary>Creates weights for every factor.</summary>
    /// <param name="logistics">Weight of <see cref="FitFactorKind.Logistics"/>, at least 0.</param>
    /// <param name="complianceBurden">Weight of <see cref="FitFactorKind.ComplianceBurden"/>, at least 0.</param>
    /// <param name="electricalFit">Weight of <see cref="FitFactorKind.ElectricalFit"/>, at least 0.</param>
    /// <param name="culturalFit">Weight of <see cref="FitFactorKind.CulturalFit"/>, at least 0.</param>
    /// <param name="seasonality">Weight of <see cref="FitFactorKind.Seasonality"/>, at least 0.</param>
    /// <param name="unitEconomics">Weight of <see cref="FitFactorKind.UnitEconomics"/>, at least 0.</param>
    /// <param name="competition">Weight of <see cref="FitFactorKind.Competition"/>, at least 0.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative.</exception>
    /// <exception cref="ArgumentException">Every weight is zero (parameter <c>weights</c>).</exception>
    public static FitWeights Create(decimal logistics, decimal complianceBurden, decimal electricalFit, decimal culturalFit, decimal seasonality, decimal unitEconomics, decimal competition) =>
        Validated(new[]
        {
            Preconditions.CheckNonNegative(logistics, nameof(logistics)),
            Preconditions.CheckNonNegative(complianceBurden, nameof(complianceBurden)),
            Preconditions.CheckNonNegative(electricalFit, nameof(electricalFit)),
            Preconditions.CheckNonNegative(culturalFit, nameof(culturalFit)),
            Preconditions.CheckNonNegative(seasonality, nameof(seasonality)),
            Preconditions.CheckNonNegative(unitEconomics, nameof(unitEconomics)),
            Preconditions.CheckNonNegative(competition, nameof(competition)),
        });

    /// <summary>A copy with one factor's weight changed.</summary>
    /// <param name="kind">The factor.</param>
    /// <param name="weight">Its new weight, at least 0.</param>
    /// <returns>The new weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, or <paramref name="kind"/> is not a factor.</exception>
    /// <exception cref="ArgumentException">The change leaves every weight at zero (parameter <c>weights</c>).</exception>
    public FitWeights With(FitFactorKind kind, decimal weight)
    {
        Preconditions.CheckNonNegative(weight, nameof(weight));
        decimal[] copy = (decimal[])values.Clone();
        copy[Index(kind)] = weight;
        return Validated(copy);
    }

    /// <inheritdoc/>
    public bool Equals(FitWeights? other) => other is not null && values.SequenceEqual(other.values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FitWeights);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (decimal v in values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>The weights, for example <c>logistics 1, compliance-burden 2, …</c>.</summary>
    /// <returns>A readable list.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : ", ").Append(((FitFactorKind)i).ToString()).Append(' ').Append(values[i].ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static int Index(FitFactorKind kind)
    {
        int i = (int)kind;
        if (i < 0 || i >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Value should be one of the FitFactorKind members (0–6).");
        }

        return i;
    }

    private static FitWeights Validated(decimal[] weights)
    {
        if (weights.Sum() <= 0m)
        {
            throw new ArgumentException("The weights sum to zero: give at least one factor a positive weight (weights are non-negative; only their ratios matter).", nameof(weights));
        }

        return new FitWeights(weights);
    }
}
