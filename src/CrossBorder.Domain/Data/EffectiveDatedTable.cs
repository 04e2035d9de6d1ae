using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// Effective-dated reference records under a key (a country, a marketplace and category, a fee tier…),
/// looked up "as of a date". Every later part of the library keeps its reference data in tables of this kind.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// <para>Construction validates the whole table and reports every problem at once: no two records of a key overlap,
/// and, when <see cref="RequiresContinuity"/> is set, there is no gap between the first and last record of a key.</para>
/// <para>Lookups are a dictionary probe and a binary search over the key's records; they do not allocate.
/// The table is immutable and safe to share across threads.</para>
/// </remarks>
public sealed class EffectiveDatedTable<TKey, TRecord>
    where TKey : notnull
    where TRecord : IEffectiveDated
{
    private readonly Dictionary<TKey, TRecord[]> byKey;
    private readonly Func<TRecord, TKey> keyOf;
    private readonly TRecord[] records;

    /// <summary>Creates and validates a table.</summary>
    /// <param name="name">The table's name, used in messages and provenance (for example <c>vat-rates</c>).</param>
    /// <param name="records">The records.</param>
    /// <param name="keyOf">Gives the key of a record.</param>
    /// <param name="comparer">Compares keys; the default comparer when null.</param>
    /// <param name="requireContinuity">Whether the records of a key must follow one another without gaps.</param>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    /// <exception cref="DataValidationException">Records of a key overlap, or leave a gap where continuity is required.</exception>
    public EffectiveDatedTable(
        string name,
        IEnumerable<TRecord> records,
        Func<TRecord, TKey> keyOf,
        IEqualityComparer<TKey>? comparer = null,
        bool requireContinuity = false)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Preconditions.CheckNotNull(records, nameof(records));
        this.keyOf = Preconditions.CheckNotNull(keyOf, nameof(keyOf));
        RequiresContinuity = requireContinuity;
        Comparer = comparer ?? EqualityComparer<TKey>.Default;

        var all = new List<TRecord>();
        var groups = new Dictionary<TKey, List<TRecord>>(Comparer);
        var keyOrder = new List<TKey>();
        foreach (TRecord record in records)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(records), $"records contains a null record at position {all.Count.ToString(CultureInfo.InvariantCulture)}.");
            }

            all.Add(record);
            TKey key = keyOf(record);
            if (!groups.TryGetValue(key, out List<TRecord>? group))
            {
                group = new List<TRecord>();
                groups.Add(key, group);
                keyOrder.Add(key);
            }

            group.Add(record);
        }

        var problems = new List<DataProblem>();
        byKey = new Dictionary<TKey, TRecord[]>(groups.Count, Comparer);
        foreach (TKey key in keyOrder)
        {
            TRecord[] history = groups[key].ToArray();
            Array.Sort(history, static (a, b) => a.Period.ValidFrom.CompareTo(b.Period.ValidFrom));
            for (int i = 1; i < history.Length; i++)
            {
                EffectivePeriod previous = history[i - 1].Period;
                EffectivePeriod current = history[i].Period;
                if (previous.Overlaps(current))
                {
                    problems.Add(new DataProblem(Name, "key " + key, $"records in force {previous} and {current} overlap; at most one record of a key may be in force on any day."));
                }
                else if (requireContinuity && !previous.IsFollowedBy(current))
                {
                    problems.Add(new DataProblem(Name, "key " + key, $"records in force {previous} and {current} leave a gap; this table requires each record to start the day after the previous one ends."));
                }
            }

            byKey.Add(key, history);
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(nameof(records), problems);
        }

        this.records = all.ToArray();
        Keys = keyOrder.AsReadOnly();
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Whether the records of a key must follow one another without gaps.</summary>
    public bool RequiresContinuity { get; }

    /// <summary>The comparer used for keys.</summary>
    public IEqualityComparer<TKey> Comparer { get; }

    /// <summary>The keys, in the order they first appear.</summary>
    public IReadOnlyList<TKey> Keys { get; }

    /// <summary>Every record, in the order given.</summary>
    public IReadOnlyList<TRecord> Records => records;

    /// <summary>The number of records.</summary>
    public int Count => records.Length;

    /// <summary>Whether the table has any record for <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when at least one record has the key.</returns>
    public bool ContainsKey(TKey key) => byKey.ContainsKey(key);

    /// <summary>The records of <paramref name="key"/>, earliest first; empty when the key is unknown.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The key's history.</returns>
    public IReadOnlyList<TRecord> History(TKey key) =>
        byKey.TryGetValue(key, out TRecord[]? history) ? history : Array.Empty<TRecord>();

    /// <summary>The record of <paramref name="key"/> in force on <paramref name="date"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="date">The day.</param>
    /// <returns>The one record in force.</returns>
    /// <exception cref="RecordNotInForceException">The key is unknown, or no record of it is in force on the date.</exception>
    public TRecord Get(TKey key, LocalDate date)
    {
        if (TryGet(key, date, out TRecord? record))
        {
            return record;
        }

        throw NotInForce(key, date);
    }

    /// <summary>Looks up the record of <paramref name="key"/> in force on <paramref name="date"/> without throwing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="date">The day.</param>
    /// <param name="record">The record in force, when found.</param>
    /// <returns><see langword="true"/> when a record is in force.</returns>
    public bool TryGet(TKey key, LocalDate date, [MaybeNullWhen(false)] out TRecord record)
    {
        if (byKey.TryGetValue(key, out TRecord[]? history))
        {
            int index = Find(history, date);
            if (index >= 0)
            {
                record = history[index];
                return true;
            }
        }

        record = default;
        return false;
    }

    /// <summary>
    /// A new table in which <paramref name="overrides"/> take precedence: where a user record overlaps embedded records of
    /// the same key, those records are clipped (or dropped) so that the user's record is the one in force. New keys are added.
    /// </summary>
    /// <param name="overrides">The user's records. Among themselves they must not overlap per key.</param>
    /// <returns>The combined table; this table is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    /// <exception cref="DataValidationException">The overrides overlap among themselves.</exception>
    /// <exception cref="NotSupportedException">An existing record must be clipped but its type does not implement <see cref="IEffectiveDated{TSelf}"/>.</exception>
    public EffectiveDatedTable<TKey, TRecord> Override(IEnumerable<TRecord> overrides)
    {
        Preconditions.CheckNotNull(overrides, nameof(overrides));
        var userTable = new EffectiveDatedTable<TKey, TRecord>(Name + " (overrides)", overrides, keyOf, Comparer, requireContinuity: false);
        var result = new List<TRecord>(records.Length + userTable.Count);
        foreach (TRecord existing in records)
        {
            TKey key = keyOf(existing);
            IReadOnlyList<TRecord> replacing = userTable.History(key);
            if (replacing.Count == 0)
            {
                result.Add(existing);
                continue;
            }

            foreach (EffectivePeriod piece in Subtract(existing.Period, replacing))
            {
                if (piece == existing.Period)
                {
                    result.Add(existing);
                }
                else if (existing is IEffectiveDated<TRecord> clippable)
                {
                    result.Add(clippable.WithPeriod(piece));
                }
                else
                {
                    throw new NotSupportedException(
                        $"Record of key '{key}' in table '{Name}' must be clipped to {piece}, but {typeof(TRecord).Name} does not implement IEffectiveDated<{typeof(TRecord).Name}>.");
                }
            }
        }

        result.AddRange(userTable.Records);
        return new EffectiveDatedTable<TKey, TRecord>(Name, result, keyOf, Comparer, RequiresContinuity);
    }

    private static List<EffectivePeriod> Subtract(EffectivePeriod period, IReadOnlyList<TRecord> cuts)
    {
        var pieces = new List<EffectivePeriod> { period };
        foreach (TRecord cut in cuts)
        {
            EffectivePeriod c = cut.Period;
            var next = new List<EffectivePeriod>();
            foreach (EffectivePeriod p in pieces)
            {
                if (!p.Overlaps(c))
                {
                    next.Add(p);
                    continue;
                }

                if (p.ValidFrom < c.ValidFrom)
                {
                    next.Add(new EffectivePeriod(p.ValidFrom, c.ValidFrom.PlusDays(-1)));
                }

                if (c.ValidTo is { } cutEnd && (p.ValidTo is null || p.ValidTo.Value > cutEnd))
                {
                    next.Add(new EffectivePeriod(cutEnd.PlusDays(1), p.ValidTo));
                }
            }

            pieces = next;
        }

        return pieces;
    }

    private static int Find(TRecord[] history, LocalDate date)
    {
        // The last record whose ValidFrom is on or before the date; then check its end.
        int lo = 0;
        int hi = history.Length - 1;
        int candidate = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (history[mid].Period.ValidFrom <= date)
            {
                candidate = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return candidate >= 0 && history[candidate].Period.Contains(date) ? candidate : -1;
    }

    private RecordNotInForceException NotInForce(TKey key, LocalDate date)
    {
        string keyText = key.ToString() ?? string.Empty;
        if (!byKey.TryGetValue(key, out TRecord[]? history))
        {
            return new RecordNotInForceException(Name, keyText, date, nameof(key), $"The table has no record for this key; it holds {byKey.Count.ToString(CultureInfo.InvariantCulture)} keys.");
        }

        LocalDate first = history[0].Period.ValidFrom;
        string detail = date < first
            ? $"The data for this key begins on {IsoDate.Format(first)}; ask for a date on or after it."
            : $"The key's records are in force {string.Join(", ", Array.ConvertAll(history, static r => r.Period.ToString()))}; the date falls outside them.";
        return new RecordNotInForceException(Name, keyText, date, nameof(date), detail);
    }
}
