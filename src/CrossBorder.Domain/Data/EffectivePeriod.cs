using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// The days on which a reference record is in force: from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both inclusive,
/// or open-ended when <see cref="ValidTo"/> is <see langword="null"/>.
/// </summary>
/// <remarks>
/// Both ends are inclusive because that is how laws are written: "the standard rate is 24% until 31 August 2024
/// and 25.5% from 1 September 2024" is two periods, <c>…–2024-08-31</c> and <c>2024-09-01–</c>, that meet without a gap.
/// The default value is the open-ended period from 0001-01-01 (the default <see cref="LocalDate"/>). Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.EffectivePeriodJsonConverter))]
public readonly struct EffectivePeriod : IEquatable<EffectivePeriod>
{
    private readonly LocalDate validFrom;
    private readonly LocalDate validTo;
    private readonly bool hasEnd;

    /// <summary>Creates a period.</summary>
    /// <param name="validFrom">The first day in force.</param>
    /// <param name="validTo">The last day in force, or <see langword="null"/> for open-ended. Must not be before <paramref name="validFrom"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public EffectivePeriod(LocalDate validFrom, LocalDate? validTo)
    {
        if (validTo is { } end && end < validFrom)
        {
            throw new ArgumentException(
                $"validTo was {IsoDate.Format(end)}, before validFrom {IsoDate.Format(validFrom)}; the last day in force must be on or after the first.",
                nameof(validTo));
        }

        this.validFrom = validFrom;
        this.validTo = validTo ?? default;
        hasEnd = validTo.HasValue;
    }

    /// <summary>The period that covers every representable day.</summary>
    public static EffectivePeriod Always => new(LocalDate.MinIsoValue, null);

    /// <summary>The first day in force.</summary>
    public LocalDate ValidFrom => validFrom;

    /// <summary>The last day in force (inclusive), or <see langword="null"/> when the period is open-ended.</summary>
    public LocalDate? ValidTo => hasEnd ? validTo : null;

    /// <summary>Whether the period has no last day.</summary>
    public bool IsOpenEnded => !hasEnd;

    /// <summary>A period that starts on <paramref name="validFrom"/> and has no end.</summary>
    /// <param name="validFrom">The first day in force.</param>
    /// <returns>An open-ended period.</returns>
    public static EffectivePeriod From(LocalDate validFrom) => new(validFrom, null);

    /// <summary>A period from <paramref name="validFrom"/> to <paramref name="validTo"/>, both inclusive.</summary>
    /// <param name="validFrom">The first day in force.</param>
    /// <param name="validTo">The last day in force.</param>
    /// <returns>A closed period.</returns>
    /// <exception cref="ArgumentException"><paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public static EffectivePeriod Between(LocalDate validFrom, LocalDate validTo) => new(validFrom, validTo);

    /// <summary>Whether <paramref name="date"/> is a day on which the period is in force.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <c>ValidFrom ≤ date ≤ ValidTo</c>.</returns>
    public bool Contains(LocalDate date) => date >= ValidFrom && (!hasEnd || date <= validTo);

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when some day is in both.</returns>
    public bool Overlaps(EffectivePeriod other) =>
        (!hasEnd || other.ValidFrom <= validTo) && (!other.hasEnd || ValidFrom <= other.validTo);

    /// <summary>Whether <paramref name="next"/> starts on the day after this period ends (no gap, no overlap).</summary>
    /// <param name="next">The period that should follow.</param>
    /// <returns><see langword="true"/> when the periods meet exactly.</returns>
    public bool IsFollowedBy(EffectivePeriod next) => hasEnd && validTo != LocalDate.MaxIsoValue && validTo.PlusDays(1) == next.ValidFrom;

    /// <summary>The same period ending on <paramref name="validTo"/>.</summary>
    /// <param name="validTo">The new last day, or <see langword="null"/> for open-ended.</param>
    /// <returns>A new period.</returns>
    public EffectivePeriod WithValidTo(LocalDate? validTo) => new(ValidFrom, validTo);

    /// <summary>The same period starting on <paramref name="validFrom"/>.</summary>
    /// <param name="validFrom">The new first day.</param>
    /// <returns>A new period.</returns>
    public EffectivePeriod WithValidFrom(LocalDate validFrom) => new(validFrom, ValidTo);

    /// <inheritdoc />
    public bool Equals(EffectivePeriod other) => ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EffectivePeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValidFrom, ValidTo);

    /// <summary>Whether two periods are the same.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when both ends are equal.</returns>
    public static bool operator ==(EffectivePeriod left, EffectivePeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when an end differs.</returns>
    public static bool operator !=(EffectivePeriod left, EffectivePeriod right) => !left.Equals(right);

    /// <summary>"2024-09-01..2025-06-30", or "2024-09-01.." when open-ended.</summary>
    /// <returns>The period in ISO-8601 dates.</returns>
    public override string ToString() =>
        IsoDate.Format(ValidFrom) + ".." + (hasEnd ? IsoDate.Format(validTo) : string.Empty);
}
