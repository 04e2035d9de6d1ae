using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Selection;

/// <summary>How the product is presented and equipped for a market: label and manual languages, the units its sizes are
/// stated in, and the plugs it ships with. Inputs for the cultural and electrical fit factors.</summary>
public sealed record ListingLocalisation
{
    private readonly IReadOnlyList<string> labelLanguages = Array.Empty<string>();
    private readonly IReadOnlyList<string> plugTypes = Array.Empty<string>();

    /// <summary>Creates localisation facts.</summary>
    /// <param name="labelLanguages">Languages of the label, packaging and manual as ISO 639-3 codes (<c>eng</c>, <c>deu</c>, <c>jpn</c>), as in <see cref="Country.Languages"/>.</param>
    public ListingLocalisation(IEnumerable<string> labelLanguages)
    {
        LabelLanguages = Preconditions.CheckNotNull(labelLanguages, nameof(labelLanguages)).ToArray();
    }

    /// <summary>Label, packaging and manual languages (ISO 639-3, lower case).</summary>
    public IReadOnlyList<string> LabelLanguages
    {
        get => labelLanguages;
        init => labelLanguages = Preconditions.CheckNotNull(value, nameof(LabelLanguages))
            .Select(l => Preconditions.CheckNotNullOrWhiteSpace(l, nameof(LabelLanguages)).Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The measurement system the product's sizes, capacities and instructions are stated in; <see langword="null"/> when none matter (no sizes to read).</summary>
    public MeasurementSystem? Units { get; init; }

    /// <summary>IEC plug letters of the plugs the product ships with (<c>A</c>, <c>C</c>, <c>G</c>…); empty when it ships without a mains plug or the plug is not known.</summary>
    public IReadOnlyList<string> PlugTypes
    {
        get => plugTypes;
        init => plugTypes = Preconditions.CheckNotNull(value, nameof(PlugTypes))
            .Select(p => Preconditions.CheckNotNullOrWhiteSpace(p, nameof(PlugTypes)).Trim().ToUpperInvariant()).ToArray();
    }
}
