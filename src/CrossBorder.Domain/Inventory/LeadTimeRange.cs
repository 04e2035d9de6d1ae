using System;
using System.Globalization;
using CrossBorder.Domain.Logistics;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A lead-time range in calendar days for one supply-chain stage, as a supplier or forwarder quotes it (for example production 20–30 days).
/// </summary>
/// <remarks>
/// For planning, the range is read as a uniform distribution: mean (min + max) ÷ 2 and standard deviation (max − min) ÷ √12. That is an
/// assumption stated in the explanation, not a fact about the supplier; pass your own figures to <see cref="LeadTimeEstimate"/> when you
/// have measured lead times. Immutable.
/// </remarks>
public readonly struct LeadTimeRange : IEquatable<LeadTimeRange>
{
    private static readonly decimal SqrtTwelve = InventoryMath.Sqrt(12m);

    /// <summary>Creates a range.</summary>
    /// <param name="minimumDays">The shortest, zero or more.</param>
    /// <param name="maximumDays">The longest, at least <paramref name="minimumDays"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumDays"/> is negative, or <paramref name="maximumDays"/> is below it.</exception>
    public LeadTimeRange(int minimumDays, int maximumDays)
    {
        if (minimumDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDays), minimumDays, $"minimumDays was {InventoryMath.I(minimumDays)}; it must be zero or greater.");
        }

        if (maximumDays < minimumDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maximumDays),
                maximumDays,
                $"maximumDays was {InventoryMath.I(maximumDays)}; it must be at least minimumDays ({InventoryMath.I(minimumDays)}). A lead-time range is min–max.");
        }

        MinimumDays = minimumDays;
        MaximumDays = maximumDays;
    }

    /// <summary>The shortest lead time in days.</summary>
    public int MinimumDays { get; }

    /// <summary>The longest lead time in days.</summary>
    public int MaximumDays { get; }

    /// <summary>The mean, (min + max) ÷ 2.</summary>
    public decimal MeanDays => (MinimumDays + MaximumDays) / 2m;

    /// <summary>The standard deviation of a uniform distribution over the range, (max − min) ÷ √12.</summary>
    public decimal StandardDeviationDays => (MaximumDays - MinimumDays) / SqrtTwelve;

    /// <summary>A range from a logistics transit time.</summary>
    /// <param name="transit">The transit time.</param>
    /// <returns>The same range.</returns>
    public static LeadTimeRange FromTransitTime(TransitTime transit) => new(transit.MinimumDays, transit.MaximumDays);

    /// <summary>Creates a range without throwing.</summary>
    /// <param name="minimumDays">The shortest.</param>
    /// <param name="maximumDays">The longest.</param>
    /// <param name="range">The range, when valid.</param>
    /// <returns><see langword="true"/> when 0 ≤ min ≤ max.</returns>
    public static bool TryCreate(int minimumDays, int maximumDays, out LeadTimeRange range)
    {
        range = default;
        if (minimumDays < 0 || maximumDays < minimumDays)
        {
            return false;
        }

        range = new LeadTimeRange(minimumDays, maximumDays);
        return true;
    }

    /// <summary>The days to use under <paramref name="basis"/> (the mean is rounded up to a whole day).</summary>
    /// <param name="basis">Which end of the range.</param>
    /// <returns>Whole days.</returns>
    public int DaysFor(LeadTimeBasis basis) => basis switch
    {
        LeadTimeBasis.Minimum => MinimumDays,
        LeadTimeBasis.Maximum => MaximumDays,
        _ => (MinimumDays + MaximumDays + 1) / 2,
    };

    /// <inheritdoc />
    public bool Equals(LeadTimeRange other) => MinimumDays == other.MinimumDays && MaximumDays == other.MaximumDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LeadTimeRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (MinimumDays * 397) ^ MaximumDays;

    /// <summary>Whether two ranges are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LeadTimeRange left, LeadTimeRange right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LeadTimeRange left, LeadTimeRange right) => !left.Equals(right);

    /// <summary>"20–30 days".</summary>
    /// <returns>The range for people.</returns>
    public override string ToString() =>
        MinimumDays.ToString(CultureInfo.InvariantCulture) + "–" + MaximumDays.ToString(CultureInfo.InvariantCulture) + " days";
}
