using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>A retail event identifier names no event the calendar knows for the country asked about.</summary>
public sealed class UnknownRetailEventException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="eventId">The identifier that was not found.</param>
    /// <param name="country">The country it was looked up for.</param>
    /// <param name="paramName">The argument that carried it.</param>
    /// <param name="known">The events the calendar knows for the country, for the message.</param>
    public UnknownRetailEventException(string? eventId, CountryCode country, string? paramName, string known)
        : base($"Retail event {Preconditions.Quote(eventId)} is not observed in {country} according to the calendar. Events known there: {known}. Add your own with RetailCalendar.WithEvents(...).", paramName)
    {
        EventId = eventId;
        Country = country;
    }

    /// <summary>The identifier that was not found.</summary>
    public string? EventId { get; }

    /// <summary>The country it was looked up for.</summary>
    public CountryCode Country { get; }
}
