using CrossBorder.Domain.Internal;
using System;
using NodaTime;

namespace CrossBorder.Domain.Monetary;

/// <summary>No exchange rate is available for a pair of currencies on (or within the staleness tolerance before) a date.</summary>
public sealed class ExchangeRateNotFoundException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date of the conversion.</param>
    /// <param name="detail">What the provider holds or how far back it looked.</param>
    public ExchangeRateNotFoundException(Currency from, Currency to, LocalDate date, string detail)
        : base($"No {from?.Code}/{to?.Code} exchange rate is available for {IsoDate.Format(date)}. {detail}", nameof(date))
    {
        From = from!;
        To = to!;
        Date = date;
    }

    /// <summary>The currency to convert from.</summary>
    public Currency From { get; }

    /// <summary>The currency to convert to.</summary>
    public Currency To { get; }

    /// <summary>The date of the conversion.</summary>
    public LocalDate Date { get; }
}
