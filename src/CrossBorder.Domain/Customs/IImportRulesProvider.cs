using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>Supplies the import rules of a destination country on a date (valuation basis, VAT, de-minimis, low-value schemes).</summary>
/// <remarks>Implementations must be pure (no I/O per call) and thread-safe. <see cref="ImportRulesTable"/> is the in-memory one.</remarks>
public interface IImportRulesProvider
{
    /// <summary>The rules of <paramref name="destination"/> in force on <paramref name="date"/>.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of importation.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="Data.RecordNotInForceException">No rules are known for the country on that date.</exception>
    ImportRules GetRules(CountryCode destination, LocalDate date);

    /// <summary>The rules of <paramref name="destination"/> on <paramref name="date"/>, without throwing.</summary>
    /// <param name="destination">The importing country.</param>
    /// <param name="date">The date of importation.</param>
    /// <param name="rules">The rules, when known.</param>
    /// <returns><see langword="true"/> when rules are known.</returns>
    bool TryGetRules(CountryCode destination, LocalDate date, [MaybeNullWhen(false)] out ImportRules rules);
}
