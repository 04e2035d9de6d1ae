using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Monetary;

/// <summary>Conversions through any <see cref="IExchangeRateProvider"/>.</summary>
public static class ExchangeRateProviderExtensions
{
    /// <summary>
    /// Converts <paramref name="money"/> into <paramref name="to"/> with the provider's rate as of <paramref name="date"/>;
    /// an amount already in <paramref name="to"/> is returned unchanged. The result is not rounded.
    /// </summary>
    /// <param name="provider">The rate provider.</param>
    /// <param name="money">The amount to convert.</param>
    /// <param name="to">The currency wanted.</param>
    /// <param name="date">The date whose rate applies.</param>
    /// <returns>The amount in <paramref name="to"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="provider"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">The provider has no rate for the pair and date.</exception>
    public static Money Convert(this IExchangeRateProvider provider, Money money, Currency to, LocalDate date)
    {
        Preconditions.CheckNotNull(provider, nameof(provider));
        Preconditions.CheckNotNull(to, nameof(to));
        return money.Currency == to ? money : provider.GetRate(money.Currency, to, date).Convert(money);
    }
}
