using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A tariff schedule: HS code + destination territory + origin + date → the duty rates that apply. Users implement it over their own
/// tariff data or fill <see cref="TariffSchedule"/>; the library ships only a small sourced sample.
/// </summary>
/// <remarks>A code the schedule does not cover is an error (<see cref="TariffLineNotFoundException"/>), never a silent zero duty.</remarks>
public interface ITariffSchedule
{
    /// <summary>The entry for a code.</summary>
    /// <param name="hsCode">The goods' HS/HTS/CN code.</param>
    /// <param name="territory">The customs territory (US, GB, EU…).</param>
    /// <param name="origin">The country of origin.</param>
    /// <param name="date">The date of importation.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="TariffLineNotFoundException">The schedule has no line covering the code on that date.</exception>
    TariffEntry GetEntry(HsCode hsCode, CountryCode territory, CountryCode origin, LocalDate date);

    /// <summary>The entry for a code, without throwing.</summary>
    /// <param name="hsCode">The goods' code.</param>
    /// <param name="territory">The customs territory.</param>
    /// <param name="origin">The country of origin.</param>
    /// <param name="date">The date of importation.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the schedule covers the code on that date.</returns>
    bool TryGetEntry(HsCode hsCode, CountryCode territory, CountryCode origin, LocalDate date, [MaybeNullWhen(false)] out TariffEntry entry);
}
