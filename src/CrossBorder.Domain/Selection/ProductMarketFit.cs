using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The assessment of one product in one market on one date: seven explainable factors, each with its score, weight and facts;
/// the weighted score; the blockers that override it; and the assumptions (guesses and scales) the result rests on.
/// Immutable.
/// </summary>
public sealed class ProductMarketFit
{
    internal ProductMarketFit(
        FitCase fitCase,
        IReadOnlyList<FitFactor> factors,
        IReadOnlyList<FitBlocker> blockers,
        IReadOnlyList<string> assumptions,
        ComplianceReport compliance,
        UnitEconomics? economics,
        SeasonalityAnalysis? seasonality)
    {
        Case = fitCase;
        Factors = factors;
        Blockers = blockers;
        Assumptions = assumptions;
        Compliance = compliance;
        Economics = economics;
        Seasonality = seasonality;
        decimal weighted = 0m, weights = 0m;
        foreach (FitFactor f in factors)
        {
            if (f.Score is decimal s && f.Weight > 0m)
            {
                weighted += s * f.Weight;
                weights += f.Weight;
            }
        }

        if (weights == 0m)
        {
            Preconditions.CheckArgument(
                false,
                "weights",
                "No assessed factor of " + fitCase.Product.Sku + " in " + fitCase.Market + " has a positive weight (assessed: "
                + string.Join(", ", factors.Where(f => f.IsAssessed).Select(f => f.Kind)) + "); give one of them a weight above zero.");
        }

        Score = weighted / weights;
    }

    /// <summary>The inputs assessed.</summary>
    public FitCase Case { get; }

    /// <summary>The product.</summary>
    public Product Product => Case.Product;

    /// <summary>The market.</summary>
    public CountryCode Market => Case.Market;

    /// <summary>The date.</summary>
    public LocalDate Date => Case.Date;

    /// <summary>Every factor, in <see cref="FitFactorKind"/> order; not-assessed factors say why in their facts.</summary>
    public IReadOnlyList<FitFactor> Factors { get; }

    /// <summary>The weighted mean of the assessed factors' scores (0–100): Σ weight × score ÷ Σ weight.</summary>
    public decimal Score { get; }

    /// <summary>What makes the pair not viable, whatever the score.</summary>
    public IReadOnlyList<FitBlocker> Blockers { get; }

    /// <summary>Whether nothing blocks the pair.</summary>
    public bool IsViable => Blockers.Count == 0;

    /// <summary>The guesses and scales the result rests on (user-supplied estimates, advertising and return assumptions, the scoring scales).</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>The compliance report the burden, shipping and blocker facts come from.</summary>
    public ComplianceReport Compliance { get; }

    /// <summary>Unit economics at the intended price, when a listing was given.</summary>
    public UnitEconomics? Economics { get; }

    /// <summary>The seasonality analysis, when a demand series was given.</summary>
    public SeasonalityAnalysis? Seasonality { get; }

    /// <summary>One factor.</summary>
    /// <param name="kind">Which.</param>
    /// <returns>The factor.</returns>
    public FitFactor Factor(FitFactorKind kind) => Factors[(int)kind];

    /// <summary>A readable table: score, verdict, each factor with its facts, blockers and assumptions.</summary>
    /// <returns>The explanation.</returns>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(ToString()).Append('\n');
        foreach (FitFactor f in Factors)
        {
            sb.Append("  ").Append(f.Kind.ToString().PadRight(17)).Append(' ')
              .Append((f.Score is decimal s ? Round(s) : "n/a").PadLeft(6)).Append("  weight ").Append(f.Weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (string fact in f.Facts)
            {
                sb.Append("      - ").Append(fact).Append('\n');
            }
        }

        foreach (FitBlocker b in Blockers)
        {
            sb.Append("  BLOCKER ").Append(b).Append('\n');
        }

        foreach (string a in Assumptions)
        {
            sb.Append("  assumption: ").Append(a).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>For example <c>SPK-BT20 in DE on 2025-06-01: 62.4 / 100, viable</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        Product.Sku + " in " + Market + " on " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + Round(Score) + " / 100, "
        + (IsViable ? "viable" : "NOT VIABLE (" + string.Join("; ", Blockers.Select(b => b.Kind)) + ")");

    internal static string Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
