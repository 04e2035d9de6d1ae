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
            bases.Clear();
            fees[i].AddBreakpoints(bases);
            foreach (decimal b in bases)
            {
                result.Add(b / feeBaseFactor[i]);
            }
        }

        if (lowPriceBelow > 0m)
        {
            result.Add(lowPriceBelow - minor);
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

    private decimal? SolveMinimum(PriceTarget target, out string? reason)
    {
        reason = null;
        decimal[] b = breakpoints;
        for (int j = 0; j < b.Length; j++)
        {
            bool last = j == b.Length - 1;
            decimal lo = b[j];
            decimal hi = last ? Math.Max(lo * 4m, lo + 1000m) : b[j + 1];

            // The gap is linear inside the open segment: sample two interior points.
            decimal x1 = lo + ((hi - lo) / 4m);
            decimal x2 = lo + ((hi - lo) * 3m / 4m);
            decimal g1 = Gap(target, x1, false);
            decimal g2 = Gap(target, x2, false);
            decimal slope = (g2 - g1) / (x2 - x1);
            decimal start;
            if (g1 >= 0m && (slope <= 0m || g1 - (slope * (x1 - lo)) >= 0m))
            {
                start = lo;
            }
            else if (slope > 0m)
            {
                start = x1 - (g1 / slope);
                if (start > hi && !last)
                {
                    continue;
                }
            }
            else
            {
                if (last)
                {
                    reason = Unreachable(target, slope);
                    return null;
                }

                continue;
            }

            if (start > MaxPrice)
            {
                reason = $"The target is reached only above {Preconditions.Format(MaxPrice)} {Sale.Currency.Code}.";
                return null;
            }

            decimal c = Math.Max(Math.Ceiling(Math.Max(start, lo) / minor) * minor, minor);
            decimal limit = last ? decimal.MaxValue : hi + minor;
            int steps = 0;
            while (!Reaches(target, c) && c <= limit && steps < MaxWalk)
            {
                c += minor;
                steps++;
            }

            if (!Reaches(target, c))
            {
                continue;
            }

            steps = 0;
            while (c - minor > 0m && Reaches(target, c - minor) && steps < MaxWalk)
            {
                c -= minor;
                steps++;
            }

            return c;
        }

        reason = "No price reaches the target.";
        return null;
    }

    private string Unreachable(PriceTarget target, decimal slope)
    {
        if (target.Kind == PriceTargetKind.NetMargin)
        {
            // As the price grows, the margin tends to (profit slope) / (net revenue slope).
            decimal big = MaxPrice;
            Span<decimal> scratch = stackalloc decimal[fees.Length];
            Totals a = Evaluate(big, false, scratch);
            Totals b2 = Evaluate(big * 2m, false, scratch);
            decimal limit = (b2.Profit - a.Profit) / (b2.Net - a.Net);
            return $"No price reaches a net margin of {target.Rate}: percentage fees, payment costs and advertising take a fixed share of each extra unit of revenue, so the net margin can only approach {Monetary.Percentage.FromFraction(Math.Round(limit, 6))} however high the price.";
        }

        return $"No price reaches {target}: profit falls as the price rises ({Preconditions.Format(Math.Round(slope, 6))} per unit of price), because percentage costs take more than all of each extra unit of price.";
    }
}
