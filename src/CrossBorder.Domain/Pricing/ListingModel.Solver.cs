using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Pricing;

/// <content>The price solver.</content>
public sealed partial class ListingModel
{
    private const int MaxWalk = 64;
    private const decimal MaxPrice = 1_000_000_000m;

    private decimal[] Breakpoints()
    {
        var bases = new List<decimal>();
        var result = new List<decimal> { 0m };
        for (int i = 0; i < fees.Length; i++)
        {
            // Stryker disable once Statement : stale bases only add breakpoints; profit stays linear between them, so the fits and the solution are unchanged.
            bases.Clear();
            fees[i].AddBreakpoints(bases);
            foreach (decimal b in bases)
            {
                result.Add(b / feeBaseFactor[i]);
            }
        }

        for (int k = 0; k < fulfilmentBands.Length - 1; k++)
        {
            // The last price of band k: the fee steps between it and the next minor unit.
            decimal limit = fulfilmentBands[k].Limit!.Value;
            result.Add(fulfilmentBands[k].IncludesLimit ? limit : limit - minor);
        }

        result.Sort();
        var unique = new List<decimal>(result.Count);
        foreach (decimal b in result)
        {
            if (b >= 0m && (unique.Count == 0 || b > unique[unique.Count - 1]))
            {
                unique.Add(b);
            }
        }

        return unique.ToArray();
    }

    /// <summary>How far a price is from the target (≥ 0 when reached).</summary>
    private decimal Gap(PriceTarget target, decimal price, bool round)
    {
        Span<decimal> scratch = stackalloc decimal[fees.Length];
        Totals t = Evaluate(price, round, scratch);
        return target.Kind switch
        {
            PriceTargetKind.NetMargin => t.Profit - (target.Rate.Fraction * t.Net),
            PriceTargetKind.ReturnOnLandedCost => t.Profit - (target.Rate.Fraction * landed),
            _ => t.Profit - target.Profit!.Value.Amount,
        };
    }

    private bool Reaches(PriceTarget target, decimal price) => price > 0m && Gap(target, price, true) >= 0m;

    /// <summary>
    /// Fits profit = a + b·P and net revenue = na + nb·P on every segment between breakpoints (unrounded; exact because
    /// both are linear inside a segment), once per model, so that solving needs no evaluation until the final check.
    /// </summary>
    private (decimal A, decimal B, decimal NetA, decimal NetB)[] FitSegments()
    {
        decimal[] b = breakpoints;
        var fits = new (decimal, decimal, decimal, decimal)[b.Length];
        Span<decimal> scratch = stackalloc decimal[fees.Length];
        for (int j = 0; j < b.Length; j++)
        {
            decimal lo = b[j];
            decimal hi = j == b.Length - 1 ? Math.Max(lo * 4m, lo + 1000m) : b[j + 1];
            decimal x1 = lo + ((hi - lo) / 4m);
            decimal x2 = lo + ((hi - lo) * 3m / 4m);
            Totals t1 = Evaluate(x1, false, scratch);
            Totals t2 = Evaluate(x2, false, scratch);
            decimal slope = (t2.Profit - t1.Profit) / (x2 - x1);
            decimal netSlope = (t2.Net - t1.Net) / (x2 - x1);
            fits[j] = (t1.Profit - (slope * x1), slope, t1.Net - (netSlope * x1), netSlope);
        }

        return fits;
    }

    private decimal? SolveMinimum(PriceTarget target, out string? reason)
    {
        reason = null;
        decimal[] b = breakpoints;
        (decimal A, decimal B, decimal NetA, decimal NetB)[] fits = segments;
        decimal rate = target.Rate.Fraction;
        for (int j = 0; j < b.Length; j++)
        {
            bool last = j == b.Length - 1;
            decimal lo = b[j];
            decimal hi = last ? decimal.MaxValue : b[j + 1];
            (decimal a, decimal slope, decimal na, decimal nb) = fits[j];
            decimal ga;
            decimal gb;
            switch (target.Kind)
            {
                case PriceTargetKind.NetMargin:
                    ga = a - (rate * na);
                    gb = slope - (rate * nb);
                    break;
                case PriceTargetKind.ReturnOnLandedCost:
                    ga = a - (rate * landed);
                    gb = slope;
                    break;
                default:
                    ga = a - target.Profit!.Value.Amount;
                    gb = slope;
                    break;
            }

            // Fee and VAT rounding can move the exact gap by up to about a minor unit per rounded amount, so a segment whose
            // unrounded best point falls short by less than that is still checked exactly.
            decimal tolerance = minor * (fees.Length + 2);
            decimal start;
            if (ga + (gb * lo) >= 0m)
            {
                start = lo;
            }
            else if (gb > 0m)
            {
                start = -ga / gb;
                if (!last && start > hi)
                {
                    if (ga + (gb * hi) < -tolerance)
                    {
                        continue;
                    }

                    start = hi;
                }
            }
            else
            {
                if (last)
                {
                    reason = Unreachable(target, slope, nb);
                    return null;
                }

                if (ga + (gb * lo) < -tolerance)
                {
                    continue;
                }

                start = lo;
            }

            if (start > MaxPrice)
            {
                reason = $"The target is reached only above {Preconditions.Format(MaxPrice)} {Sale.Currency.Code}.";
                return null;
            }

            decimal c = Math.Max(Math.Ceiling(Math.Max(start, lo) / minor) * minor, minor);
            decimal limit = last ? MaxPrice : hi + minor;
            bool reached = Reaches(target, c);
            // Stryker disable once Equality,Update : a safety bound; profit is exactly linear on a segment, so the walk up ends within the rounding tolerance (a few minor units) of the start.
            for (int steps = 0; !reached && c < limit && steps < MaxWalk; steps++)
            {
                c += minor;
                reached = Reaches(target, c);
            }

            if (!reached)
            {
                continue;
            }

            // Walk down while one minor unit less still reaches the target (Reaches refuses prices at or below zero).
            // Stryker disable once Equality,Update : MaxWalk is a safety bound the walk down (a few minor units) never meets.
            for (int steps = 0; steps < MaxWalk; steps++)
            {
                decimal below = c - minor;
                if (!Reaches(target, below))
                {
                    break;
                }

                c = below;
            }

            return c;
        }

        reason = "No price reaches the target.";
        return null;
    }

    private static string Unreachable(PriceTarget target, decimal slope, decimal netSlope)
    {
        if (target.Kind == PriceTargetKind.NetMargin && netSlope != 0m)
        {
            // As the price grows, the margin tends to (profit slope) / (net revenue slope).
            decimal limit = slope / netSlope;
            return $"No price reaches a net margin of {target.Rate}: percentage fees, payment costs and advertising take a fixed share of each extra unit of revenue, so the net margin can only approach {Monetary.Percentage.FromFraction(Math.Round(limit, 6))} however high the price.";
        }

        return $"No price reaches {target}: profit falls as the price rises ({Preconditions.Format(Math.Round(slope, 6))} per unit of price), because percentage costs take more than all of each extra unit of price.";
    }
}
