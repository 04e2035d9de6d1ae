using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// The retail and supply calendar: when sales peaks, gift occasions, religious seasons, public holiday weeks and factory closures
/// happen in each country, and the latest day goods must leave origin to be sellable before an event.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> reads the embedded <c>retail-events</c> table; <see cref="WithEvents"/> adds
/// the user's events, which win over embedded ones with the same identifier for the countries they name.
/// </remarks>
public sealed class RetailCalendar
{
    private static readonly Lazy<RetailCalendar> LazyDefault = new(() =>
        new RetailCalendar(EmbeddedData.Load("retail-events").Map(RetailCalendarReaders.Event, "retail-events")));

    private readonly RetailEvent[] events;

    /// <summary>Creates a calendar from events.</summary>
    /// <param name="events">The events; later records win over earlier ones with the same identifier (see <see cref="RetailEvent"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or an element is null.</exception>
    public RetailCalendar(IEnumerable<RetailEvent> events)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        var list = new List<RetailEvent>();
        foreach (RetailEvent e in events)
        {
            list.Add(e ?? throw new ArgumentNullException(nameof(events), "events contains a null record."));
        }

        this.events = list.ToArray();
    }

    /// <summary>The calendar embedded in this version of the library.</summary>
    public static RetailCalendar Default => LazyDefault.Value;

    /// <summary>Every event record, in the order given.</summary>
    public IReadOnlyList<RetailEvent> Events => events;

    /// <summary>A calendar with <paramref name="additional"/> events added after this calendar's, so that they win for the countries they name.</summary>
    /// <param name="additional">The user's events.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="additional"/> is null.</exception>
    public RetailCalendar WithEvents(IEnumerable<RetailEvent> additional)
    {
        Preconditions.CheckNotNull(additional, nameof(additional));
        var list = new List<RetailEvent>(events);
        list.AddRange(additional);
        return new RetailCalendar(list);
    }

    /// <summary>The event <paramref name="eventId"/> as observed in <paramref name="country"/>, or <see langword="null"/>.</summary>
    /// <param name="eventId">The identifier, for example <c>mothers-day</c>.</param>
    /// <param name="country">The country.</param>
    /// <returns>The record that applies to the country, or <see langword="null"/> when it is not observed there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    public RetailEvent? EventFor(string eventId, CountryCode country)
    {
        Preconditions.CheckNotNull(eventId, nameof(eventId));
        RetailEvent? specific = null;
        RetailEvent? general = null;
        foreach (RetailEvent e in events)
        {
            if (!string.Equals(e.Id, eventId, StringComparison.Ordinal) || !e.IsObservedIn(country))
            {
                continue;
            }

            if (e.Countries.Count == 0)
            {
                general = e;
            }
            else
            {
                specific = e;
            }
        }

        return specific ?? general;
    }

    /// <summary>The occurrence of <paramref name="eventId"/> in <paramref name="country"/> that starts in <paramref name="year"/>.</summary>
    /// <param name="eventId">The identifier, for example <c>black-friday</c>.</param>
    /// <param name="country">The country.</param>
    /// <param name="year">The year.</param>
    /// <returns>The occurrence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventId"/> is null.</exception>
    /// <exception cref="UnknownRetailEventException">The event is not observed in the country.</exception>
    /// <exception cref="RecordNotInForceException">The event's dates are recorded per year and <paramref name="year"/> is not recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583–9998.</exception>
    public RetailEventOccurrence Occurrence(string eventId, CountryCode country, int year)
    {
        Preconditions.CheckInRange(year, nameof(year), 1583, 9998);
        RetailEvent e = EventFor(eventId, country) ?? throw new UnknownRetailEventException(eventId, country, nameof(eventId), KnownIn(country));
        if (!e.Rule.TryOccurrenceIn(year, out DateInterval? dates))
        {
            throw new RecordNotInForceException(
                "retail-events",
                eventId + "/" + country,
                new LocalDate(year, 1, 1),
                nameof(year),
                $"{e.Name} dates are recorded per year; the calendar holds {string.Join(", ", e.Rule.RecordedYears)}. Add the year's dates with RetailCalendar.WithEvents(...).");
        }

        return new RetailEventOccurrence(e, country, dates);
    }

    /// <summary>The occurrence of <paramref name="eventId"/> in <paramref name="country"/> starting in <paramref name="year"/>, without throwing.</summary>
    /// <param name="eventId">The identifier.</param>
    /// <param name="country">The country.</param>
    /// <param name="year">The year.</param>
    /// <param name="occurrence">The occurrence, when there is one.</param>
    /// <returns><see langword="true"/> when the event is observed in the country and has dates for the year.</returns>
    public bool TryGetOccurrence(string? eventId, CountryCode country, int year, [NotNullWhen(true)] out RetailEventOccurrence? occurrence)
    {
        occurrence = null;
        if (eventId is null || year is < 1583 or > 9998 || EventFor(eventId, country) is not { } e || !e.Rule.TryOccurrenceIn(year, out DateInterval? dates))
        {
            return false;
        }

        occurrence = new RetailEventOccurrence(e, country, dates);
        return true;
    }

    /// <summary>Every occurrence in <paramref name="country"/> that overlaps <paramref name="start"/>–<paramref name="end"/> (both inclusive), earliest first.</summary>
    /// <param name="country">The country.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>The occurrences.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public IReadOnlyList<RetailEventOccurrence> EventsBetween(CountryCode country, LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"end {IsoDate.Format(end)} is before start {IsoDate.Format(start)}; give an inclusive range.", nameof(end));
        }
        var result = new List<RetailEventOccurrence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int firstYear = Math.Max(1583, start.Year - 1);
        int lastYear = Math.Min(9998, end.Year);
        foreach (RetailEvent candidate in events)
        {
            if (!seen.Add(candidate.Id) || EventFor(candidate.Id, country) is not { } e)
            {
                continue;
            }

            for (int year = firstYear; year <= lastYear; year++)
            {
                foreach (DateInterval dates in e.Rule.OccurrencesIn(year))
                {
                    if (dates.Start <= end && dates.End >= start)
                    {
                        result.Add(new RetailEventOccurrence(e, country, dates));
                    }
                }
            }
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Event.Id, b.Event.Id));
        return result;
    }

    /// <summary>Whether <paramref name="date"/> falls in a sales peak event in <paramref name="country"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="country">The country.</param>
    /// <returns><see langword="true"/> when a peak event is in progress.</returns>
    public bool IsPeak(LocalDate date, CountryCode country)
    {
        foreach (RetailEventOccurrence o in EventsBetween(country, date, date))
        {
            if (o.Event.IsPeak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last day goods can leave origin and still be sellable in <paramref name="country"/> on the first day of
    /// <paramref name="eventId"/> in <paramref name="year"/>, given a door-to-sellable lead time in days (transit, customs, receiving).
    /// </summary>
    /// <param name="eventId">The event, for example <c>black-friday</c> or <c>prime-day</c>.</param>
    /// <param name="country">The destination country.</param>
    /// <param name="year">The year.</param>
    /// <param name="leadTimeDays">Days from shipping at origin until the goods can be sold, zero or more.</param>
    /// <returns>The event's first day minus the lead time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTimeDays"/> is negative, or <paramref name="year"/> is out of range.</exception>
    /// <exception cref="UnknownRetailEventException">The event is not observed in the country.</exception>
    /// <exception cref="RecordNotInForceException">The event's dates are not recorded for the year.</exception>
    public LocalDate LatestShipDate(string eventId, CountryCode country, int year, int leadTimeDays)
    {
        Preconditions.CheckNonNegative(leadTimeDays, nameof(leadTimeDays));
        return Occurrence(eventId, country, year).Start.PlusDays(-leadTimeDays);
    }

    private string KnownIn(CountryCode country)
    {
        var ids = new List<string>();
        foreach (RetailEvent e in events)
        {
            if (e.IsObservedIn(country) && !ids.Contains(e.Id))
            {
                ids.Add(e.Id);
            }
        }

        return ids.Count == 0 ? "(none)" : string.Join(", ", ids);
    }
}
