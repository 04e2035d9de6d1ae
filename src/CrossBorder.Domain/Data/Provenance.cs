using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// Why a figure is what it is: the table and key of the reference record used, the period it is in force,
/// its source, and the date the lookup was made for. Results carry it so that a UI, a notebook or a JSON consumer can show the reason.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Provenance
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="table">The reference table the record came from.</param>
    /// <param name="key">The record's key in that table (for example <c>DE/standard</c>).</param>
    /// <param name="period">The period the record is in force.</param>
    /// <param name="source">The document the record rests on.</param>
    /// <param name="asOf">The date the lookup was made for.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public Provenance(string table, string key, EffectivePeriod period, Source source, LocalDate asOf)
    {
        Table = Preconditions.CheckNotNull(table, nameof(table));
        Key = Preconditions.CheckNotNull(key, nameof(key));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
        AsOf = asOf;
    }

    /// <summary>The reference table the record came from.</summary>
    public string Table { get; }

    /// <summary>The record's key in that table.</summary>
    public string Key { get; }

    /// <summary>The period the record is in force.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The document the record rests on.</summary>
    public Source Source { get; }

    /// <summary>The date the lookup was made for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Creates the provenance of <paramref name="record"/> found under <paramref name="key"/> in <paramref name="table"/>.</summary>
    /// <param name="table">The reference table.</param>
    /// <param name="key">The record's key.</param>
    /// <param name="record">The record found.</param>
    /// <param name="asOf">The date of the lookup.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Provenance Of(string table, string key, IEffectiveDated record, LocalDate asOf)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        return new Provenance(table, key, record.Period, record.Source, asOf);
    }

    /// <summary>"table[key] in force period, as of date — source".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        $"{Table}[{Key}] in force {Period}, as of {IsoDate.Format(AsOf)} — {Source}";
}
