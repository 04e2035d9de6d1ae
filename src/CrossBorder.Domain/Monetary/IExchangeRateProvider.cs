using NodaTime;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// Supplies exchange rates as of a date. The library fetches nothing from the network: users supply rates
/// (an <see cref="ExchangeRateTable"/> filled from ECB reference rates, their bank, or the customs authority's monthly rates).
/// </summary>
/// <remarks>Implementations used by the library's calculators must be safe to call from several threads.</remarks>
public interface IExchangeRateProvider
{
    /// <summary>The rate to convert from <paramref name="from"/> into <paramref name="to"/> as of <paramref name="date"/>.</summary>
    /// <param name="from">The currency of the amount to convert.</param>
    /// <param name="to">The currency wanted.</param>
    /// <param name="date">The date the conversion is for.</param>
    /// <returns>A rate with <c>BaseCurrency == from</c> and <c>QuoteCurrency == to</c>.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate is available for the pair on or shortly before the date.</exception>
    ExchangeRate GetRate(Currency from, Currency to, LocalDate date);

    /// <summary>Looks up a rate without throwing.</summary>
    /// <param name="from">The currency of the amount to convert.</param>
    /// <param name="to">The currency wanted.</param>
    /// <param name="date">The date the conversion is for.</param>
    /// <param name="rate">The rate, when found.</param>
    /// <returns><see langword="true"/> when a rate is available.</returns>
    bool TryGetRate(Currency from, Currency to, LocalDate date, out ExchangeRate rate);
}
