using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// A country's domestic mains supply: plug and socket types (the IEC World Plugs letters A–N), nominal voltages and frequencies —
/// the facts an electrical product must fit to be sold there.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PowerSupply
{
    /// <summary>Creates a record.</summary>
    /// <param name="country">The country.</param>
    /// <param name="plugTypes">Plug and socket type letters, at least one (for example <c>C</c>, <c>F</c>).</param>
    /// <param name="voltages">Nominal voltages in volts, at least one (for example 230).</param>
    /// <param name="frequencies">Frequencies in hertz, at least one (50, 60, or both in Japan).</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentException">A code is the default value, a list is empty, or a letter or number is out of range.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public PowerSupply(CountryCode country, IReadOnlyList<string> plugTypes, IReadOnlyList<int> voltages, IReadOnlyList<int> frequencies, Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Preconditions.CheckNotEmpty(plugTypes, nameof(plugTypes));
        Preconditions.CheckNotEmpty(voltages, nameof(voltages));
        Preconditions.CheckNotEmpty(frequencies, nameof(frequencies));
        foreach (string type in plugTypes)
        {
            if (type is not { Length: 1 } || type[0] < 'A' || type[0] > 'N')
            {
                throw new ArgumentException($"plug type {Preconditions.Quote(type)} is not one of the IEC World Plugs letters A–N.", nameof(plugTypes));
            }
        }

        foreach (int volts in voltages)
        {
            Preconditions.CheckInRange(volts, nameof(voltages), 90, 260);
        }

        foreach (int hertz in frequencies)
        {
            if (hertz is not (50 or 60))
            {
                throw new ArgumentException($"frequency {hertz.ToString(System.Globalization.CultureInfo.InvariantCulture)} Hz is not 50 or 60 Hz.", nameof(frequencies));
            }
        }

        Country = country;
        PlugTypes = plugTypes;
        Voltages = voltages;
        Frequencies = frequencies;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>Plug and socket type letters.</summary>
    public IReadOnlyList<string> PlugTypes { get; }

    /// <summary>Nominal voltages in volts.</summary>
    public IReadOnlyList<int> Voltages { get; }

    /// <summary>Frequencies in hertz.</summary>
    public IReadOnlyList<int> Frequencies { get; }

    /// <summary>The document the record rests on.</summary>
    public Source Source { get; }

    /// <summary>Whether an appliance rated for the given range works on every nominal voltage and frequency of this supply.</summary>
    /// <param name="minVolts">The lowest rated voltage, for example 100 for a "100–240 V" charger.</param>
    /// <param name="maxVolts">The highest rated voltage, at least <paramref name="minVolts"/>.</param>
    /// <param name="frequenciesHz">The rated frequencies.</param>
    /// <returns><see langword="true"/> when every voltage is inside the range and every frequency is rated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxVolts"/> is below <paramref name="minVolts"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="frequenciesHz"/> is null.</exception>
    public bool Accepts(int minVolts, int maxVolts, IReadOnlyCollection<int> frequenciesHz)
    {
        Preconditions.CheckInRange(maxVolts, nameof(maxVolts), minVolts, int.MaxValue);
        Preconditions.CheckNotNull(frequenciesHz, nameof(frequenciesHz));
        foreach (int v in Voltages)
        {
            if (v < minVolts || v > maxVolts)
            {
                return false;
            }
        }

        foreach (int f in Frequencies)
        {
            bool rated = false;
            foreach (int g in frequenciesHz)
            {
                rated |= g == f;
            }

            if (!rated)
            {
                return false;
            }
        }

        return true;
    }
}
