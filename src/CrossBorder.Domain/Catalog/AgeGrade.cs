using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>The ages a children's product is designed or intended for, for example "3 years and up" or "0–36 months".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgeGrade
{
    /// <summary>Creates an age grade.</summary>
    /// <param name="minimumMonths">The youngest intended age in months (0 for newborns, 36 for "3+").</param>
    /// <param name="maximumMonths">The oldest intended age in months, or <see langword="null"/> for "and up".</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or beyond 216 months (18 years), or the maximum is below the minimum.</exception>
    public AgeGrade(int minimumMonths, int? maximumMonths = null)
    {
        MinimumMonths = Preconditions.CheckInRange(minimumMonths, nameof(minimumMonths), 0, 216);
        if (maximumMonths is { } max)
        {
            Preconditions.CheckInRange(max, nameof(maximumMonths), minimumMonths, 216);
        }

        MaximumMonths = maximumMonths;
    }

    /// <summary>The youngest intended age in months.</summary>
    public int MinimumMonths { get; }

    /// <summary>The oldest intended age in months, or <see langword="null"/> for "and up".</summary>
    public int? MaximumMonths { get; }

    /// <summary>An age grade of "<paramref name="years"/> years and up".</summary>
    /// <param name="years">The youngest intended age in years, 0 to 18.</param>
    /// <returns>The age grade.</returns>
    public static AgeGrade YearsAndUp(int years) => new(Preconditions.CheckInRange(years, nameof(years), 0, 18) * 12);

    /// <summary>"36+ months" or "0–36 months".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => MaximumMonths is { } max
        ? string.Format(CultureInfo.InvariantCulture, "{0}–{1} months", MinimumMonths, max)
        : string.Format(CultureInfo.InvariantCulture, "{0}+ months", MinimumMonths);
}
