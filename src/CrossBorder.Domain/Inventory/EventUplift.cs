using System;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// How much a retail event (Prime Day, Black Friday, Cyber Monday, Christmas… — any event of the <see cref="RetailCalendar"/>) multiplies
/// daily demand on its days: 3 means an event day sells three times an ordinary day. Supplied by the user, or estimated from last year's
/// occurrence in the SKU's history with <see cref="Estimate"/>.
/// </summary>
/// <remarks>Immutable. Used through <see cref="DemandOutlook"/>.</remarks>
public sealed record EventUplift
{
    /// <summary>Creates an uplift.</summary>
    /// <param name="eventId">The calendar event identifier, for example <c>black-friday</c>.</param>
    /// <param name="multiplier">The demand multiplier on the event's days, greater than zero (below 1 for an event that depresses sales).</param>
    /// <param name="basis">Where the multiplier comes from, shown in explanations.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is zero or negative.</exception>
    public EventUplift(string eventId, decimal multiplier, string basis = "given by the user")
    {
        EventId = Preconditions.CheckNotNullOrWhiteSpace(eventId, nameof(eventId));
        Multiplier = Preconditions.CheckPositive(multiplier, nameof(multiplier));
        Basis = Preconditions.CheckNotNull(basis, nameof(basis));
    }

    /// <summary>The calendar event identifier.</summary>
    public string EventId { get; }

    /// <summary>The demand multiplier on the event's days.</summary>
    public decimal Multiplier { get; }

    /// <summary>Where the multiplier comes from.</summary>
    public string Basis { get; }

    /// <summary>
    /// Estimates an uplift from a past occurrence: average units on the in-stock days of the event in <paramref name="year"/> ÷ average
    /// units on the in-stock days of the <paramref name="baselineDays"/> days just before it.
    /// </summary>
    /// <param name="history">The SKU's history; it must cover the baseline and the event's days.</param>
    /// <param name="calendar">The calendar giving the event's dates.</param>
    /// <param name="eventId">The event, for example <c>prime-day</c>.</param>
    /// <param name="market">The country whose dates count.</param>
    /// <param name="year">The year of the past occurrence (usually last year).</param>
    /// <param name="baselineDays">Ordinary days before the event to compare with, one or more (28 by default).</param>
    /// <returns>The uplift, whose basis states the arithmetic.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baselineDays"/> is zero or negative.</exception>
    /// <exception cref="UnknownRetailEventException">The event is not observed in the market.</exception>
    /// <exception cref="CrossBorder.Domain.Data.RecordNotInForceException">The event's dates for the year are not recorded.</exception>
    /// <exception cref="InsufficientDemandHistoryException">The history does not cover the baseline and the event, or either has no in-stock sales day.</exception>
    public static EventUplift Estimate(DemandHistory history, RetailCalendar calendar, string eventId, CountryCode market, int year, int baselineDays = 28)
    {
        Preconditions.CheckNotNull(history, nameof(history));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckPositive(baselineDays, nameof(baselineDays));
        RetailEventOccurrence occurrence = calendar.Occurrence(eventId, market, year);
        LocalDate baselineStart = occurrence.Start.PlusDays(-baselineDays);
        if (baselineStart < history.Start || occurrence.End > history.End)
        {
            throw new InsufficientDemandHistoryException(
                $"history covers {IsoDate.Format(history.Start)}..{IsoDate.Format(history.End)}; estimating the {eventId} {InventoryMath.I(year)} uplift needs " +
                $"{IsoDate.Format(baselineStart)}..{IsoDate.Format(occurrence.End)} (the event and {InventoryMath.I(baselineDays)} days before it). Give the multiplier with new EventUplift(...).",
                nameof(history));
        }

        Sum(history, baselineStart, occurrence.Start.PlusDays(-1), out long baseUnits, out int baseDays);
        Sum(history, occurrence.Start, occurrence.End, out long eventUnits, out int eventDays);
        if (baseDays == 0 || baseUnits == 0 || eventDays == 0)
        {
            throw new InsufficientDemandHistoryException(
                $"the {eventId} {InventoryMath.I(year)} estimate needs sales on in-stock baseline days and in-stock event days; found {InventoryMath.I(baseDays)} in-stock baseline days with " +
                $"{baseUnits.ToString(System.Globalization.CultureInfo.InvariantCulture)} units and {InventoryMath.I(eventDays)} in-stock event days. Give the multiplier with new EventUplift(...).",
                nameof(history));
        }

        decimal eventAverage = (decimal)eventUnits / eventDays;
        decimal baseAverage = (decimal)baseUnits / baseDays;
        decimal multiplier = eventAverage / baseAverage;
        string basis = "estimated from " + InventoryMath.I(year) + " (" + IsoDate.Format(occurrence.Start) + ".." + IsoDate.Format(occurrence.End) + "): " +
            eventUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " units ÷ " + InventoryMath.I(eventDays) + " days = " + InventoryMath.F4(eventAverage) +
            " vs " + baseUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " units ÷ " + InventoryMath.I(baseDays) + " in-stock days before = " +
            InventoryMath.F4(baseAverage) + " → × " + InventoryMath.F4(multiplier);
        return new EventUplift(eventId, multiplier, basis);
    }

    /// <summary>"black-friday × 3 (given by the user)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => EventId + " × " + InventoryMath.F4(Multiplier) + " (" + Basis + ")";

    private static void Sum(DemandHistory history, LocalDate from, LocalDate to, out long units, out int days)
    {
        units = 0;
        days = 0;
        int first = Period.DaysBetween(history.Start, from);
        int last = Period.DaysBetween(history.Start, to);
        for (int i = first; i <= last; i++)
        {
            if (!history.StockOutAt(i))
            {
                units += history.UnitsAt(i);
                days++;
            }
        }
    }
}
