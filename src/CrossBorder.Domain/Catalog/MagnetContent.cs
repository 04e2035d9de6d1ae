using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A product contains magnets, with the packed field strengths measured the way air transport rules measure them
/// (IATA PI 953: at 2.1 m and at 4.6 m from any point of the package surface), when they have been measured.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MagnetContent
{
    /// <summary>Creates a magnet declaration.</summary>
    /// <param name="gaussAt2Point1Metres">The field strength in gauss at 2.1 m from the package, or null when not measured.</param>
    /// <param name="gaussAt4Point6Metres">The field strength in gauss at 4.6 m from the package, or null when not measured.</param>
    /// <exception cref="ArgumentOutOfRangeException">A field strength is negative.</exception>
    public MagnetContent(decimal? gaussAt2Point1Metres = null, decimal? gaussAt4Point6Metres = null)
    {
        GaussAt2Point1Metres = gaussAt2Point1Metres is { } a ? Preconditions.CheckNonNegative(a, nameof(gaussAt2Point1Metres)) : null;
        GaussAt4Point6Metres = gaussAt4Point6Metres is { } b ? Preconditions.CheckNonNegative(b, nameof(gaussAt4Point6Metres)) : null;
    }

    /// <summary>The field strength in gauss at 2.1 m, when measured.</summary>
    public decimal? GaussAt2Point1Metres { get; }

    /// <summary>The field strength in gauss at 4.6 m, when measured.</summary>
    public decimal? GaussAt4Point6Metres { get; }

    /// <summary>Whether the field has been measured at 2.1 m.</summary>
    public bool IsMeasured => GaussAt2Point1Metres.HasValue;

    /// <summary>"magnets, 0.001 G at 2.1 m" or "magnets (field not measured)".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => GaussAt2Point1Metres is { } g
        ? "magnets, " + g.ToString(CultureInfo.InvariantCulture) + " G at 2.1 m"
        : "magnets (field not measured)";
}
