using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>A product that intentionally transmits radio waves (Bluetooth, Wi-Fi, cellular…): its technologies and bands.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.RadioEquipmentJsonConverter))]
public sealed record RadioEquipment
{
    /// <summary>Creates a radio description.</summary>
    /// <param name="technologies">The radio technologies, for example "Bluetooth 5.3"; at least one.</param>
    /// <param name="bands">The frequency bands, for example "2.4 GHz"; may be empty when unknown.</param>
    /// <param name="internetConnected">Whether it can communicate over the internet, directly or via other equipment (EU RED Art. 3(3)(d)).</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="technologies"/> is empty or holds an empty name.</exception>
    public RadioEquipment(IEnumerable<string> technologies, IEnumerable<string> bands, bool internetConnected = false)
    {
        Preconditions.CheckNotNull(technologies, nameof(technologies));
        Preconditions.CheckNotNull(bands, nameof(bands));
        string[] tech = technologies.ToArray();
        Preconditions.CheckNotEmpty(tech, nameof(technologies));
        Preconditions.CheckArgument(Array.TrueForAll(tech, t => !string.IsNullOrWhiteSpace(t)), nameof(technologies), "technologies must not contain empty names.");
        string[] bandArray = bands.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(bandArray, t => !string.IsNullOrWhiteSpace(t)), nameof(bands), "bands must not contain empty names.");
        Technologies = tech;
        Bands = bandArray;
        InternetConnected = internetConnected;
    }

    /// <summary>The radio technologies.</summary>
    public IReadOnlyList<string> Technologies { get; }

    /// <summary>The frequency bands.</summary>
    public IReadOnlyList<string> Bands { get; }

    /// <summary>Whether it can communicate over the internet.</summary>
    public bool InternetConnected { get; }

    /// <summary>"Bluetooth 5.3 (2.4 GHz)".</summary>
    /// <returns>A short description for people.</returns>
    public override string ToString() =>
        string.Join(", ", Technologies) + (Bands.Count > 0 ? " (" + string.Join(", ", Bands) + ")" : string.Empty) + (InternetConnected ? ", internet-connected" : string.Empty);
}
