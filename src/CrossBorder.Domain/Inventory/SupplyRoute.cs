using System;
using System.Collections.Generic;
using System.Text;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// A supply route from a factory to sellable stock: origin and destination countries, the main-leg freight mode and the stages in order
/// (production, inland haulage, main leg, customs, receiving), each with a lead-time range. Factory closures recorded in the retail
/// calendar for the origin (Chinese New Year) extend the stages that pause for them.
/// </summary>
/// <remarks>
/// The lead-time ranges are user data: the library ships no official lead times because none exist — they are quotes from a supplier
/// and a forwarder. Total mean = Σ stage means; total σ = √(Σ stage σ²), treating stages as independent. Immutable and thread-safe.
/// </remarks>
public sealed class SupplyRoute
{
    private readonly SupplyStage[] stages;

    /// <summary>Creates a route.</summary>
    /// <param name="name">A name for people, for example <c>Shenzhen → US FBA by sea</c>.</param>
    /// <param name="origin">The country of the factory (its factory closures apply).</param>
    /// <param name="destination">The country where the stock is sold.</param>
    /// <param name="mode">The main-leg freight mode.</param>
    /// <param name="stages">The stages in order, one or more.</param>
    /// <exception cref="ArgumentNullException">A reference argument or a stage is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or <paramref name="stages"/> is empty.</exception>
    public SupplyRoute(string name, CountryCode origin, CountryCode destination, FreightMode mode, IReadOnlyList<SupplyStage> stages)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Mode = Preconditions.CheckNotNull(mode, nameof(mode));
        Preconditions.CheckNotEmpty(stages, nameof(stages));
        this.stages = new SupplyStage[stages.Count];
        for (int i = 0; i < this.stages.Length; i++)
        {
            this.stages[i] = SupplyStage.Checked(stages[i], nameof(stages));
        }

        Origin = origin;
        Destination = destination;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The factory's country.</summary>
    public CountryCode Origin { get; }

    /// <summary>The selling country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The main-leg freight mode.</summary>
    public FreightMode Mode { get; }

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<SupplyStage> Stages => stages;

    /// <summary>Sum of the stages' shortest lead times.</summary>
    public int MinimumDays
    {
        get
        {
            int sum = 0;
            foreach (SupplyStage s in stages)
            {
                sum = checked(sum + s.Days.MinimumDays);
            }

            return sum;
        }
    }

    /// <summary>Sum of the stages' longest lead times.</summary>
    public int MaximumDays
    {
        get
        {
            int sum = 0;
            foreach (SupplyStage s in stages)
            {
                sum = checked(sum + s.Days.MaximumDays);
            }

            return sum;
        }
    }

    /// <summary>
    /// The planning lead time for an order placed on <paramref name="orderDate"/>: mean = Σ stage means plus the factory-closure days the
    /// order runs into (when a calendar is given), σ = √(Σ stage σ²).
    /// </summary>
    /// <param name="orderDate">The day the factory order is placed ("today" for a plan).</param>
    /// <param name="calendar">The calendar whose supply closures for <see cref="Origin"/> apply, or null to ignore closures.</param>
    /// <returns>The estimate with its basis.</returns>
    public LeadTimeEstimate Estimate(LocalDate orderDate, RetailCalendar? calendar = null)
    {
        decimal mean = 0m;
        decimal variance = 0m;
        foreach (SupplyStage s in stages)
        {
            mean += s.Days.MeanDays;
            decimal sd = s.Days.StandardDeviationDays;
            variance += sd * sd;
        }

        var basis = new StringBuilder();
        basis.Append("route ").Append(Name).Append(": Σ stage means ").Append(InventoryMath.F(mean)).Append(" days, σL = √(Σ (max − min)² ÷ 12)");
        if (calendar is not null)
        {
            RouteLeadTime lt = LeadTimeFrom(orderDate, calendar, LeadTimeBasis.Mean);
            if (lt.ClosureDaysAdded > 0)
            {
                mean += lt.ClosureDaysAdded;
                basis.Append(" + ").Append(InventoryMath.I(lt.ClosureDaysAdded)).Append(" factory-closure days for an order on ").Append(IsoDate.Format(orderDate));
            }

            if (lt.PeakDaysAdded > 0)
            {
                mean += lt.PeakDaysAdded;
                basis.Append(" + ").Append(InventoryMath.I(lt.PeakDaysAdded)).Append(" carrier-peak days for an order on ").Append(IsoDate.Format(orderDate));
            }
        }

        return new LeadTimeEstimate(mean, InventoryMath.Sqrt(variance), basis.ToString());
    }

    /// <summary>
    /// The day goods ordered on <paramref name="orderDate"/> become sellable, walking the stages in order; stages that pause for factory
    /// closures skip the days of every supply-closure event the calendar records for <see cref="Origin"/>, and stages with
    /// <see cref="SupplyStage.PeakExtraDays"/> take that many more days per carrier-peak event for <see cref="Origin"/> they overlap
    /// (first in, first out: a later start never finishes earlier, so adding a peak never shortens a lead time).
    /// </summary>
    /// <param name="orderDate">The order day.</param>
    /// <param name="calendar">The calendar (for example <c>Markets.Default.Calendar</c>).</param>
    /// <param name="basis">Which point of each stage's range to use.</param>
    /// <returns>The timeline with its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public RouteLeadTime LeadTimeFrom(LocalDate orderDate, RetailCalendar calendar, LeadTimeBasis basis = LeadTimeBasis.Maximum)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        int baseDays = 0;
        int maxPeakDays = 0;
        foreach (SupplyStage s in stages)
        {
            baseDays = checked(baseDays + s.Days.DaysFor(basis));
            maxPeakDays = Math.Max(maxPeakDays, s.PeakExtraDays);
        }

        var closures = new List<RetailEventOccurrence>();
        var peaks = new List<RetailEventOccurrence>();
        foreach (RetailEventOccurrence o in calendar.EventsBetween(Origin, orderDate.PlusDays(-400), orderDate.PlusDays(baseDays + 400)))
        {
            if (o.Event.Kind == RetailEventKind.SupplyClosure)
            {
                closures.Add(o);
            }
            else if (o.Event.Kind == RetailEventKind.CarrierPeak && maxPeakDays > 0)
            {
                peaks.Add(o);
            }
        }

        var hitClosures = new List<RetailEventOccurrence>();
        var hitPeaks = new List<RetailEventOccurrence>();
        var steps = new List<string>();
        LocalDate cursor = orderDate;
        int closureDays = 0;
        int peakDays = 0;
        foreach (SupplyStage s in stages)
        {
            int n = s.Days.DaysFor(basis);
            LocalDate begin = cursor;
            LocalDate walked = Walk(s, n, begin, closures, hitClosures);
            int paused = Period.DaysBetween(begin, walked) - n;
            LocalDate end = walked;
            if (s.PeakExtraDays > 0 && peaks.Count > 0)
            {
                // Days in peak: + PeakExtraDays per peak the stage overlaps. First in, first out: a stage that starts later never ends
                // earlier, so a start just after a peak still waits for the backlog of starts that overlapped it (hence the look-back).
                int lookBack = checked(s.PeakExtraDays * peaks.Count);
                for (int back = lookBack; back >= 0; back--)
                {
                    LocalDate start = begin.PlusDays(-back);
                    LocalDate finish = back == 0 ? walked : Walk(s, n, start, closures, null);
                    int overlapping = CountOverlapping(peaks, start, finish, back == 0 ? hitPeaks : null);
                    LocalDate candidate = finish.PlusDays(overlapping * s.PeakExtraDays);
                    if (candidate > end)
                    {
                        end = candidate;
                        if (back > 0)
                        {
                            CountOverlapping(peaks, start, finish, hitPeaks);
                        }
                    }
                }
            }

            int peak = Period.DaysBetween(walked, end);
            cursor = end;
            closureDays += paused;
            peakDays += peak;
            steps.Add(s.Name + " " + InventoryMath.I(n) + " days (" + s.Days + ", " + basis.ToString().ToLowerInvariant() + ")" +
                (paused > 0 ? " + " + InventoryMath.I(paused) + " closure days" : string.Empty) +
                (peak > 0 ? " + " + InventoryMath.I(peak) + " carrier-peak days (" + InventoryMath.I(s.PeakExtraDays) + " per peak overlapped)" : string.Empty) +
                ": " + IsoDate.Format(begin) + " → " + IsoDate.Format(cursor));
        }

        return new RouteLeadTime(this, orderDate, cursor, baseDays, closureDays, hitClosures, peakDays, hitPeaks, basis, steps);
    }

    /// <summary>
    /// The latest day to place the factory order so that the goods are sellable in <see cref="Destination"/> on the first day of
    /// <paramref name="eventId"/> in <paramref name="year"/>, with factory closures taken into account.
    /// </summary>
    /// <param name="calendar">The calendar (for example <c>Markets.Default.Calendar</c>).</param>
    /// <param name="eventId">The event, for example <c>black-friday</c> or <c>prime-day</c>.</param>
    /// <param name="year">The year of the event.</param>
    /// <param name="basis">Which point of each stage's range to use; the longest by default.</param>
    /// <returns>The deadline with its timeline.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="UnknownRetailEventException">The event is not observed in the destination.</exception>
    /// <exception cref="Data.RecordNotInForceException">The event's dates are not recorded for the year.</exception>
    public FactoryOrderDeadline LatestOrderDate(RetailCalendar calendar, string eventId, int year, LeadTimeBasis basis = LeadTimeBasis.Maximum)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        RetailEventOccurrence occurrence = calendar.Occurrence(eventId, Destination, year);
        int baseDays = 0;
        foreach (SupplyStage s in stages)
        {
            baseDays = checked(baseDays + s.Days.DaysFor(basis));
        }

        // No order later than event start − base days can make it; step back until one does (closures can only add days).
        LocalDate candidate = occurrence.Start.PlusDays(-baseDays);
        for (int i = 0; i < 1000; i++, candidate = candidate.PlusDays(-1))
        {
            RouteLeadTime lt = LeadTimeFrom(candidate, calendar, basis);
            if (lt.SellableFrom <= occurrence.Start)
            {
                return new FactoryOrderDeadline(occurrence, candidate, lt);
            }
        }

        throw new InvalidOperationException("No order date within 1000 days before the event makes it sellable in time; check the route's stages.");
    }

    /// <summary>"Shenzhen → US FBA by sea (CN → US, SeaFcl, 38–62 days)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        Name + " (" + Origin + " → " + Destination + ", " + Mode.Name + ", " + InventoryMath.I(MinimumDays) + "–" + InventoryMath.I(MaximumDays) + " days)";

    private static LocalDate Walk(SupplyStage s, int n, LocalDate begin, List<RetailEventOccurrence> closures, List<RetailEventOccurrence>? hit)
    {
        if (!s.PausesForFactoryClosure || closures.Count == 0)
        {
            return begin.PlusDays(n);
        }

        LocalDate cursor = begin;
        int remaining = n;
        while (remaining > 0)
        {
            RetailEventOccurrence? closed = ClosureOn(closures, cursor);
            if (closed is null)
            {
                remaining--;
            }
            else if (hit is not null && !hit.Contains(closed))
            {
                hit.Add(closed);
            }

            cursor = cursor.PlusDays(1);
        }

        return cursor;
    }

    // Peaks overlapping the stage's days [start, finish − 1]; a zero-day stage overlaps nothing.
    private static int CountOverlapping(List<RetailEventOccurrence> peaks, LocalDate start, LocalDate finish, List<RetailEventOccurrence>? hit)
    {
        int count = 0;
        foreach (RetailEventOccurrence o in peaks)
        {
            if (o.Start < finish && o.End >= start)
            {
                count++;
                if (hit is not null && !hit.Contains(o))
                {
                    hit.Add(o);
                }
            }
        }

        return count;
    }

    private static RetailEventOccurrence? ClosureOn(List<RetailEventOccurrence> closures, LocalDate date)
    {
        foreach (RetailEventOccurrence o in closures)
        {
            if (date >= o.Start && date <= o.End)
            {
                return o;
            }
        }

        return null;
    }
}
