using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>One occurrence of a <see cref="RetailEvent"/> in one country: its dates.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RetailEventOccurrence
{
    /// <summary>Creates an occurrence.</summary>
    /// <param name="event">The event.</param>
    /// <param name="country">The country it is observed in.</param>
    /// <param name="dates">The days, both ends inclusive.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public RetailEventOccurrence(RetailEvent @event, CountryCode country, DateInterval dates)
    {
        Event = Preconditions.CheckNotNull(@event, nameof(@event));
        Country = country;
        Dates = Preconditions.CheckNotNull(dates, nameof(dates));
    }

    /// <summary>The event.</summary>
    public RetailEvent Event { get; }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The days, both ends inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>The last day.</summary>
    public LocalDate End => Dates.End;

    /// <summary>"2026-11-27 black-friday (Black Friday) in US".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        IsoDate.Format(Start) + (End == Start ? string.Empty : ".." + IsoDate.Format(End)) + " " + Event + " in " + Country;
}
