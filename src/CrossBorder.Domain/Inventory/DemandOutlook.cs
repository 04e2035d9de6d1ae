using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// What the plan expects of future demand beyond the measured velocity: a <see cref="SeasonalityIndex"/> and the <see cref="EventUplift"/>s
/// of retail events whose dates come from a <see cref="RetailCalendar"/> for one market.
/// </summary>
/// <remarks>
/// <para>Projected demand on day t = level × S(t) × U(t), where level = d ÷ (average S over the velocity window) — the measured velocity with
/// its season taken out (d itself for a user-supplied estimate) —, S(t) is the seasonality factor of t's month (1 without an index) and U(t)
/// the multiplier of the event covering t (the largest when several overlap; 1 on ordinary days).</para>
/// <para>The velocity window is not corrected for events inside it: measure velocity over a window without event days, or the event's
/// sales count twice. Immutable and thread-safe; event dates are looked up once per year and kept (a lazy cache).</para>
/// </remarks>
public sealed class DemandOutlook
{
    private readonly EventUplift[] uplifts;
    private readonly ConcurrentDictionary<int, Occurrence[]> occurrencesByYear = new();
    private readonly ConcurrentDictionary<int, decimal[]> factorsByYear = new();

    /// <summary>Creates an outlook.</summary>
    /// <param name="market">The country whose event dates apply (the destination market).</param>
    /// <param name="calendar">The calendar giving event dates (<c>Markets.Default.Calendar</c>); required when <paramref name="uplifts"/> are given.</param>
    /// <param name="uplifts">The event uplifts, at most one per event, or null for none.</param>
    /// <param name="seasonality">The seasonality index, or null for none.</param>
    /// <exception cref="ArgumentNullException">An uplift is null.</exception>
    /// <exception cref="ArgumentException">Uplifts are given without a calendar, or an event appears twice.</exception>
    /// <exception cref="UnknownRetailEventException">An uplift's event is not observed in <paramref name="market"/>.</exception>
    public DemandOutlook(CountryCode market, RetailCalendar? calendar = null, IReadOnlyList<EventUplift>? uplifts = null, SeasonalityIndex? seasonality = null)
    {
        Market = market;
        Calendar = calendar;
        Seasonality = seasonality;
        if (uplifts is null || uplifts.Count == 0)
        {
            this.uplifts = Array.Empty<EventUplift>();
            return;
        }

        if (calendar is null)
        {
            throw new ArgumentException("uplifts need a calendar for the event dates; pass Markets.Default.Calendar or your own RetailCalendar.", nameof(calendar));
        }

        this.uplifts = new EventUplift[uplifts.Count];
        for (int i = 0; i < this.uplifts.Length; i++)
        {
            EventUplift u = uplifts[i] ?? throw new ArgumentNullException(nameof(uplifts), "uplifts contains a null uplift.");
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(this.uplifts[j].EventId, u.EventId, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"uplifts has two multipliers for '{u.EventId}'; give one per event.", nameof(uplifts));
                }
            }

            if (calendar.EventFor(u.EventId, market) is null)
            {
                throw new UnknownRetailEventException(u.EventId, market, nameof(uplifts), KnownIn(calendar, market));
            }

            this.uplifts[i] = u;
        }
    }

    /// <summary>The market whose event dates apply.</summary>
    public CountryCode Market { get; }

    /// <summary>The calendar, if given.</summary>
    public RetailCalendar? Calendar { get; }

    /// <summary>The event uplifts.</summary>
    public IReadOnlyList<EventUplift> Uplifts => uplifts;

    /// <summary>The seasonality index, if given.</summary>
    public SeasonalityIndex? Seasonality { get; }

    /// <summary>The seasonality factor S(t) of <paramref name="date"/> (1 without an index).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The factor.</returns>
    public decimal SeasonalFactor(LocalDate date) => Seasonality is { } s ? s.FactorFor(date) : 1m;

    /// <summary>The event multiplier U(t) of <paramref name="date"/>: the largest multiplier of the events covering it, 1 when none does.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The multiplier.</returns>
    public decimal EventMultiplier(LocalDate date) => EventMultiplier(date, out _);

    internal bool HasEvents => uplifts.Length > 0;

    /// <summary>S(t) × U(t) for every day of <paramref name="year"/> (index = day of year − 1), computed once per year and kept.</summary>
    internal decimal[] DailyFactors(int year) => factorsByYear.GetOrAdd(year, y =>
    {
        var first = new LocalDate(y, 1, 1);
        var f = new decimal[first.Calendar.GetDaysInYear(y)];
        LocalDate date = first;
        for (int i = 0; i < f.Length; i++, date = date.PlusDays(1))
        {
            f[i] = SeasonalFactor(date) * EventMultiplier(date, out _);
        }

        return f;
    });

    internal decimal EventMultiplier(LocalDate date, out Occurrence? applied)
    {
        applied = null;
        if (uplifts.Length == 0)
        {
            return 1m;
        }

        decimal best = 0m;
        Scan(OccurrencesIn(date.Year), date, ref best, ref applied);
        if (date.Year > 1583)
        {
            Scan(OccurrencesIn(date.Year - 1), date, ref best, ref applied);
        }

        return applied is null ? 1m : best;
    }

    /// <summary>The event years whose dates the calendar does not record (those days get no uplift), for the explanation.</summary>
    internal IEnumerable<string> MissingYears(int firstYear, int lastYear)
    {
        for (int year = firstYear; year <= lastYear; year++)
        {
            foreach (EventUplift u in uplifts)
            {
                if (Calendar!.EventFor(u.EventId, Market) is { } e && !e.Rule.TryOccurrenceIn(year, out _))
                {
                    yield return u.EventId + " " + InventoryMath.I(year);
                }
            }
        }
    }

    private static string KnownIn(RetailCalendar calendar, CountryCode market)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (RetailEvent e in calendar.Events)
        {
            if (e.IsObservedIn(market))
            {
                ids.Add(e.Id);
            }
        }

        return string.Join(", ", ids);
    }

    private static void Scan(Occurrence[] occurrences, LocalDate date, ref decimal best, ref Occurrence? applied)
    {
        foreach (Occurrence o in occurrences)
        {
            if (date >= o.Dates.Start && date <= o.Dates.End && (applied is null || o.Uplift.Multiplier > best))
            {
                best = o.Uplift.Multiplier;
                applied = o;
            }
        }
    }

    private Occurrence[] OccurrencesIn(int year) => occurrencesByYear.GetOrAdd(year, y =>
    {
        var list = new List<Occurrence>();
        foreach (EventUplift u in uplifts)
        {
            if (y >= 1583 && y <= 9998 && Calendar!.TryGetOccurrence(u.EventId, Market, y, out RetailEventOccurrence? o))
            {
                list.Add(new Occurrence(o, u));
            }
        }

        return list.ToArray();
    });

    /// <summary>One dated occurrence with its uplift.</summary>
    internal sealed record Occurrence(RetailEventOccurrence Event, EventUplift Uplift)
    {
        internal DateInterval Dates => Event.Dates;
    }
}
