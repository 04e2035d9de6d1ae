using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>The electrical input of a product: whether it plugs into the mains, its input voltage range and rated power.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ElectricalRating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="mainsPowered">Whether the product is connected to the mains (directly, or through an adapter supplied or specified with it).</param>
    /// <param name="minimumVolts">The lowest rated input voltage; greater than zero.</param>
    /// <param name="maximumVolts">The highest rated input voltage; at least <paramref name="minimumVolts"/>.</param>
    /// <param name="current">Alternating or direct current input.</param>
    /// <param name="watts">The rated power in watts; zero or more.</param>
    /// <param name="hasDigitalCircuitry">Whether it contains digital logic or oscillators (an "unintentional radiator" for EMC rules); true for almost all electronics.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public ElectricalRating(bool mainsPowered, decimal minimumVolts, decimal maximumVolts, CurrentType current, decimal watts, bool hasDigitalCircuitry = true)
    {
        MinimumVolts = Preconditions.CheckPositive(minimumVolts, nameof(minimumVolts));
        if (maximumVolts < minimumVolts)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumVolts), maximumVolts, $"maximumVolts was {Preconditions.Format(maximumVolts)}; it must be at least minimumVolts ({Preconditions.Format(minimumVolts)}).");
        }

        MainsPowered = mainsPowered;
        MaximumVolts = maximumVolts;
        Current = current;
        Watts = Preconditions.CheckNonNegative(watts, nameof(watts));
        HasDigitalCircuitry = hasDigitalCircuitry;
    }

    /// <summary>Whether the product is connected to the mains.</summary>
    public bool MainsPowered { get; }

    /// <summary>The lowest rated input voltage.</summary>
    public decimal MinimumVolts { get; }

    /// <summary>The highest rated input voltage.</summary>
    public decimal MaximumVolts { get; }

    /// <summary>Alternating or direct current input.</summary>
    public CurrentType Current { get; }

    /// <summary>The rated power in watts.</summary>
    public decimal Watts { get; }

    /// <summary>Whether it contains digital logic or oscillators.</summary>
    public bool HasDigitalCircuitry { get; }

    /// <summary>
    /// Whether the input voltage range reaches the band of the EU Low Voltage Directive 2014/35/EU: 50–1000 V AC or 75–1500 V DC.
    /// </summary>
    public bool IsInLowVoltageDirectiveRange => Current == CurrentType.Alternating
        ? MaximumVolts >= 50m && MinimumVolts <= 1000m
        : MaximumVolts >= 75m && MinimumVolts <= 1500m;

    /// <summary>"mains 100–240 V AC, 30 W".</summary>
    /// <returns>A short description for people.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}{1}–{2} V {3}, {4} W",
        MainsPowered ? "mains " : string.Empty,
        MinimumVolts,
        MaximumVolts,
        Current == CurrentType.Alternating ? "AC" : "DC",
        Watts);
}
