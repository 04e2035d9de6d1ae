using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A cycle service level: the probability of not running out of stock during a replenishment lead time (for example 0.95), and the
/// safety factor z it implies (the standard normal quantile, see <see cref="StandardNormal"/>).
/// </summary>
/// <remarks>Immutable; ordered by probability. A higher service level always has a higher (or equal) z.</remarks>
public readonly struct ServiceLevel : IEquatable<ServiceLevel>, IComparable<ServiceLevel>
{
    /// <summary>Creates a service level.</summary>
    /// <param name="probability">The probability of no stock-out per cycle, strictly between 0 and 1 (0.95 for 95 %).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not strictly between 0 and 1.</exception>
    public ServiceLevel(decimal probability)
    {
        if (probability <= 0m || probability >= 1m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(probability),
                probability,
                $"probability was {Preconditions.Format(probability)}; a service level must be strictly between 0 and 1 (for example 0.95 for 95 %).");
        }

        Probability = probability;
        Z = (decimal)StandardNormal.InverseCumulative((double)probability);
    }

    /// <summary>The probability of no stock-out per replenishment cycle.</summary>
    public decimal Probability { get; }

    /// <summary>The safety factor: the standard normal quantile of <see cref="Probability"/> (about 1.6449 for 0.95).</summary>
    public decimal Z { get; }

    /// <summary>Creates a service level without throwing.</summary>
    /// <param name="probability">The probability.</param>
    /// <param name="level">The level, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="probability"/> is strictly between 0 and 1.</returns>
    public static bool TryCreate(decimal probability, out ServiceLevel level)
    {
        level = default;
        if (probability <= 0m || probability >= 1m)
        {
            return false;
        }

        level = new ServiceLevel(probability);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ServiceLevel other) => Probability == other.Probability;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Probability.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(ServiceLevel other) => Probability.CompareTo(other.Probability);

    /// <summary>Whether two levels are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ServiceLevel left, ServiceLevel right) => left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ServiceLevel left, ServiceLevel right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is lower.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when lower.</returns>
    public static bool operator <(ServiceLevel left, ServiceLevel right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is higher.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when higher.</returns>
    public static bool operator >(ServiceLevel left, ServiceLevel right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is lower or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when lower or equal.</returns>
    public static bool operator <=(ServiceLevel left, ServiceLevel right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is higher or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when higher or equal.</returns>
    public static bool operator >=(ServiceLevel left, ServiceLevel right) => left.CompareTo(right) >= 0;

    /// <summary>"95 % (z = 1.6449)".</summary>
    /// <returns>The level for people.</returns>
    public override string ToString() =>
        (Probability * 100m).ToString("0.###", CultureInfo.InvariantCulture) + " % (z = " + Z.ToString("0.0000", CultureInfo.InvariantCulture) + ")";
}
