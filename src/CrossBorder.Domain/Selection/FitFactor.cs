using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrossBorder.Domain.Selection;

/// <summary>One factor of a <see cref="ProductMarketFit"/>: its score (0–100), its weight and the facts behind it.</summary>
public sealed class FitFactor
{
    internal FitFactor(FitFactorKind kind, decimal? score, decimal weight, IReadOnlyList<string> facts)
    {
        Kind = kind;
        Score = score;
        Weight = weight;
        Facts = facts;
    }

    /// <summary>Which factor.</summary>
    public FitFactorKind Kind { get; }

    /// <summary>Whether the factor could be assessed (its inputs were given and the data covers it).</summary>
    public bool IsAssessed => Score.HasValue;

    /// <summary>The score from 0 (worst) to 100 (best); <see langword="null"/> when not assessed (the facts say why).</summary>
    public decimal? Score { get; }

    /// <summary>The user's weight for this factor.</summary>
    public decimal Weight { get; }

    /// <summary>The facts and the arithmetic behind the score, in order.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Kind + ": " + (Score is decimal s ? Math.Round(s, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "not assessed")
        + " × " + Weight.ToString(CultureInfo.InvariantCulture) + " — " + string.Join("; ", Facts);
}
