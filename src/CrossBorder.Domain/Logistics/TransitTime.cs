using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Logistics;

/// <summary>A transit-time range in calendar days, as quoted by a carrier or forwarder (for example 30–40 days for sea to Hamburg).</summary>
public readonly struct TransitTime : IEquatable<TransitTime>
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimumDays">The shortest transit, zero or more.</param>
    /// <param name="maximumDays">The longest transit, at least <paramref name="minimumDays"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or the range is reversed.</exception>
    public TransitTime(int minimumDays, int maximumDays)
    {
        MinimumDays = Preconditions.CheckNonNegative(minimumDays, nameof(minimumDays));
        MaximumDays = Preconditions.CheckInRange(maximumDays, nameof(maximumDays), minimumDays, int.MaxValue);
    }

    /// <summary>The shortest transit in days.</summary>
    public int MinimumDays { get; }

    /// <summary>The longest transit in days.</summary>
    public int MaximumDays { get; }

    /// <inheritdoc />
    public bool Equals(TransitTime other) => MinimumDays == other.MinimumDays && MaximumDays == other.MaximumDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransitTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinimumDays, MaximumDays);

    /// <summary>Whether two ranges are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TransitTime left, TransitTime right) => left.Equals(right);

    /// <summary>Whether two ranges differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TransitTime left, TransitTime right) => !left.Equals(right);

    /// <summary>"30–40 days".</summary>
    /// <returns>The range for people.</returns>
    public override string ToString() =>
        MinimumDays.ToString(CultureInfo.InvariantCulture) + "–" + MaximumDays.ToString(CultureInfo.InvariantCulture) + " days";
}
