using System;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// How a country values imported goods for duty (<see cref="ValuationBasis"/>: CIF or FOB) and what its import VAT/GST base is
/// made of (<see cref="ImportVatBase"/>), in force for a period. The union code <c>EU</c> holds the rule for every Member State.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CustomsValuationRule : IEffectiveDated<CustomsValuationRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="country">The country, or <c>EU</c>.</param>
    /// <param name="basis">The customs valuation basis.</param>
    /// <param name="importVatBase">The parts of the import VAT/GST base; <see cref="Customs.ImportVatBase.None"/> where no import VAT is charged; <see langword="null"/> when not recorded.</param>
    /// <param name="note">A short explanation, or <see langword="null"/>.</param>
    /// <param name="period">The days the rule is in force.</param>
    /// <param name="source">The document the rule rests on.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public CustomsValuationRule(CountryCode country, ValuationBasis basis, ImportVatBase? importVatBase, string? note, EffectivePeriod period, Source source)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "country must be a parsed country code, not the default value.");
        Country = country;
        Basis = basis;
        ImportVatBase = importVatBase;
        Note = note;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The country, or <c>EU</c>.</summary>
    public CountryCode Country { get; }

    /// <summary>The customs valuation basis.</summary>
    public ValuationBasis Basis { get; }

    /// <summary>The parts of the import VAT/GST base; <see langword="null"/> when not recorded (no source found).</summary>
    public ImportVatBase? ImportVatBase { get; }

    /// <summary>A short explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public CustomsValuationRule WithPeriod(EffectivePeriod period) => new(Country, Basis, ImportVatBase, Note, period, Source);
}
