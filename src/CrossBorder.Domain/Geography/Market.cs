using System;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Data;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>One country seen as a market, from <see cref="Markets.For"/>; <see cref="On"/> gives its facts on a date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Market
{
    private readonly Markets markets;

    internal Market(Markets markets, Country country)
    {
        this.markets = markets;
        Country = country;
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>
    /// The market's facts in force on <paramref name="date"/>: tax regime and rates, low-value import rule, customs valuation,
    /// marketplaces. A table with no record at all for the country leaves its fact empty (<see langword="null"/>); a table with
    /// records for the country but none in force on the date is an error, because a silent gap would give a wrong answer.
    /// </summary>
    /// <param name="date">The day, for example the day the goods arrive.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="RecordNotInForceException">The country has records in a table, but none in force on <paramref name="date"/> (for example a date before the data begins).</exception>
    public MarketView On(LocalDate date) => MarketView.Create(markets, Country, date, throwOnGap: true)!;

    /// <summary>The market's facts on <paramref name="date"/>, without throwing when a table has a gap on that date.</summary>
    /// <param name="date">The day.</param>
    /// <param name="view">The facts, when every table with records for the country has one in force.</param>
    /// <returns><see langword="true"/> when the facts are complete for the date.</returns>
    public bool TryOn(LocalDate date, [NotNullWhen(true)] out MarketView? view)
    {
        view = MarketView.Create(markets, Country, date, throwOnGap: false);
        return view is not null;
    }

    /// <summary>"Market DE Germany".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => "Market " + Country.Code + " " + Country.Name;
}
