using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Geography;

/// <summary>
/// A retail or supply calendar event — Black Friday, Prime Day, Singles' Day, Mother's Day, Chinese New Year factory closures — with
/// the countries it is observed in, its date rule and whether it is a sales peak.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Several records may share an <see cref="Id"/> with different countries and rules (Mother's Day is the
/// second Sunday of May in the US and Germany, three weeks before Easter in the UK, 10 May in Mexico). For a country, a record that
/// names it wins over a record for every country; among equals, the record added last (the user's) wins.
/// </remarks>
public sealed record RetailEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The identifier in lower-case kebab form, for example <c>black-friday</c>.</param>
    /// <param name="name">The name for people.</param>
    /// <param name="kind">What kind of date it is.</param>
    /// <param name="countries">The countries it is observed in; empty for every country.</param>
    /// <param name="rule">How its dates are found.</param>
    /// <param name="isPeak">Whether it is a sales peak (for <see cref="RetailCalendar.IsPeak"/>).</param>
    /// <param name="source">The document the record rests on.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty.</exception>
    public RetailEvent(string id, string name, RetailEventKind kind, IReadOnlyList<CountryCode> countries, RetailEventRule rule, bool isPeak, Source source)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id, nameof(id));
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Kind = kind;
        Countries = Preconditions.CheckNotNull(countries, nameof(countries));
        Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        IsPeak = isPeak;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The identifier, for example <c>black-friday</c>.</summary>
    public string Id { get; }

    /// <summary>The name for people.</summary>
    public string Name { get; }

    /// <summary>What kind of date it is.</summary>
    public RetailEventKind Kind { get; }

    /// <summary>The countries it is observed in; empty for every country.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    /// <summary>How its dates are found.</summary>
    public RetailEventRule Rule { get; }

    /// <summary>Whether it is a sales peak.</summary>
    public bool IsPeak { get; }

    /// <summary>The document the record rests on.</summary>
    public Source Source { get; }

    /// <summary>Whether the event is observed in <paramref name="country"/> (always, when <see cref="Countries"/> is empty).</summary>
    /// <param name="country">The country.</param>
    /// <returns><see langword="true"/> when observed there.</returns>
    public bool IsObservedIn(CountryCode country)
    {
        if (Countries.Count == 0)
        {
            return true;
        }

        foreach (CountryCode c in Countries)
        {
            if (c == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"black-friday (Black Friday)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Id + " (" + Name + ")";
}
