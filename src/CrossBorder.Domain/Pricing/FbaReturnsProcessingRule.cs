using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Which returned FBA units Amazon charges a returns processing fee for, in one shipment month (Amazon US):
/// <list type="bullet">
/// <item><see cref="AboveThreshold"/> — the high-return-rate fee from 2024-06-01 for every category except apparel and shoes: of the
/// units shipped in month M, those returned during M, M+1 and M+2 are counted, and every returned unit <em>above</em> the
/// category's return-rate threshold is charged; a product that shipped fewer than <see cref="MinimumUnitsShipped"/> (25) units
/// in M is exempt.</item>
/// <item><see cref="EveryReturn"/> — apparel and shoes: every returned unit is charged, with no threshold.</item>
/// </list>
/// The rule decides <em>how many</em> units are charged; the fee per unit (a rate card by size tier and shipping weight) is the
/// caller's input, because no current rate card could be sourced (see docs/data-sources.md, Pricing). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Sources: Amazon, "2024 returns processing fee changes" (copy of the notice:
/// https://sansjing.com/index.php/2024-returns-processing-fee-changes) for the threshold rule, the three-month window and the
/// 25-unit exemption; Amazon Seller Central US, "Returns processing fee"
/// (https://sellercentral.amazon.com/gp/help/external/help.html?itemID=64LS955WNFT6EDP) for apparel and shoes being charged for
/// each returned item. Judgement call, stated: with a threshold that is not a whole number of units (2.9% of 30 shipped = 0.87),
/// the allowance is rounded down, so a unit is charged as soon as the return rate including it exceeds the threshold
/// (returned − ⌊threshold × shipped⌋); Amazon's worked example (10% of 1,000 shipped, 120 returned → 20 charged) is exact either way.
/// </remarks>
public sealed record FbaReturnsProcessingRule
{
    /// <summary>A product that shipped fewer units than this in a month is exempt from the high-return-rate fee (25).</summary>
    public const int HighReturnRateMinimumUnitsShipped = 25;

    private FbaReturnsProcessingRule(Percentage? threshold, int minimumUnitsShipped)
    {
        Threshold = threshold;
        MinimumUnitsShipped = minimumUnitsShipped;
    }

    /// <summary>Apparel and shoes: every returned unit is charged (no threshold, no minimum volume).</summary>
    public static FbaReturnsProcessingRule EveryReturn { get; } = new(null, 0);

    /// <summary>The category's return-rate threshold; null when every return is charged.</summary>
    public Percentage? Threshold { get; }

    /// <summary>Units shipped in the month below which no return of that month is charged (0 when there is no exemption).</summary>
    public int MinimumUnitsShipped { get; }

    /// <summary>The high-return-rate rule with a category's threshold (Amazon publishes it per category on the FBA Returns dashboard).</summary>
    /// <param name="threshold">The return-rate threshold, from 0% (inclusive) to 100% (exclusive).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or 100% or more.</exception>
    public static FbaReturnsProcessingRule AboveThreshold(Percentage threshold)
    {
        if (threshold.Fraction < 0m || threshold.Fraction >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"threshold was {threshold}; a return-rate threshold must be from 0% (inclusive) to 100% (exclusive).");
        }

        return new FbaReturnsProcessingRule(threshold, HighReturnRateMinimumUnitsShipped);
    }

    /// <summary>The returned units of one shipment month that are charged the fee.</summary>
    /// <param name="unitsShipped">Units shipped to customers in the month.</param>
    /// <param name="unitsReturned">Of those, units returned during the month and the two following months.</param>
    /// <returns>The charged units (0 to <paramref name="unitsReturned"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more units were returned than shipped.</exception>
    public int ChargeableUnits(int unitsShipped, int unitsReturned)
    {
        Preconditions.CheckNonNegative(unitsShipped, nameof(unitsShipped));
        Preconditions.CheckNonNegative(unitsReturned, nameof(unitsReturned));
        if (unitsReturned > unitsShipped)
        {
            throw new ArgumentOutOfRangeException(nameof(unitsReturned), unitsReturned, $"unitsReturned was {unitsReturned}; it counts returns of the {unitsShipped} units shipped in the month, so it cannot exceed them.");
        }

        if (Threshold is not { } threshold)
        {
            return unitsReturned;
        }

        if (unitsShipped < MinimumUnitsShipped)
        {
            return 0;
        }

        decimal allowance = decimal.Floor(threshold.Fraction * unitsShipped);
        return (int)Math.Max(0m, unitsReturned - allowance);
    }

    /// <summary>The fee for one shipment month: <see cref="ChargeableUnits"/> × the fee per unit of the product's rate card.</summary>
    /// <param name="unitsShipped">Units shipped to customers in the month.</param>
    /// <param name="unitsReturned">Of those, units returned during the month and the two following months.</param>
    /// <param name="feePerUnit">The returns processing fee per unit (from Amazon's rate card for the size tier and shipping weight).</param>
    /// <returns>The fee.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, more units were returned than shipped, or the fee is negative.</exception>
    public Money Charge(int unitsShipped, int unitsReturned, Money feePerUnit)
    {
        Preconditions.CheckNonNegative(feePerUnit.Amount, nameof(feePerUnit));
        return feePerUnit * ChargeableUnits(unitsShipped, unitsReturned);
    }

    /// <summary>
    /// The expected share of shipped units charged the fee at a steady return rate (for unit economics at volumes of at least
    /// <see cref="MinimumUnitsShipped"/> a month): the return rate above the threshold, or the whole return rate when every return is charged.
    /// </summary>
    /// <param name="returnRate">The expected return rate, from 0% to 100%.</param>
    /// <returns>The charged share of shipped units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The return rate is outside 0%–100%.</exception>
    public Percentage ExpectedChargedShare(Percentage returnRate)
    {
        Preconditions.CheckInRange(returnRate.Fraction, nameof(returnRate), 0m, 1m);
        return Threshold is { } t ? Percentage.FromFraction(Math.Max(0m, returnRate.Fraction - t.Fraction)) : returnRate;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Threshold is { } t
            ? "returns processing fee on each returned unit above a " + t + " return rate (products shipping at least " + MinimumUnitsShipped.ToString(System.Globalization.CultureInfo.InvariantCulture) + " units a month)"
            : "returns processing fee on every returned unit";
}
