using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// An in-memory <see cref="IExchangeRateProvider"/>: the rates you give it, looked up as of a date.
/// </summary>
/// <remarks>
/// <para>A lookup for a date takes the latest rate of the pair dated on or before it, if it is at most
/// <see cref="MaxAgeInDays"/> days old (reference rates are not published on weekends and holidays).
/// When the pair itself is missing, the inverse pair is used, and then a cross rate through <see cref="Pivot"/>
/// (for ECB reference rates, the pivot is EUR).</para>
/// <para>Immutable after construction and safe to share across threads; lookups do not allocate.</para>
/// </remarks>
public sealed class ExchangeRateTable : IExchangeRateProvider
{
    private readonly Dictionary<int, Series> series = new();

    /// <summary>Creates a table.</summary>
    /// <param name="rates">The rates. A pair may have at most one rate per date.</param>
    /// <param name="maxAgeInDays">How many days old a rate may be and still serve a later date; 0 requires a rate dated exactly on the day. Default 4.</param>
    /// <param name="pivot">The currency to derive cross rates through (EUR for ECB rates); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAgeInDays"/> is negative.</exception>
    /// <exception cref="ArgumentException">A pair has two different rates on the same date.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates, int maxAgeInDays = 4, Currency? pivot = null)
    {
        Preconditions.CheckNotNull(rates, nameof(rates));
        MaxAgeInDays = Preconditions.CheckNonNegative(maxAgeInDays, nameof(maxAgeInDays));
        Pivot = pivot;
        var lists = new Dictionary<int, List<ExchangeRate>>();
        int count = 0;
        foreach (ExchangeRate rate in rates)
        {
            int key = Key(rate.BaseCurrency, rate.QuoteCurrency);
            if (!lists.TryGetValue(key, out List<ExchangeRate>? list))
            {
                list = new List<ExchangeRate>();
                lists.Add(key, list);
            }

            list.Add(rate);
            count++;
        }

        foreach (KeyValuePair<int, List<ExchangeRate>> pair in lists)
        {
            List<ExchangeRate> list = pair.Value;
            list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
            var kept = new List<ExchangeRate>(list.Count);
            foreach (ExchangeRate rate in list)
            {
                if (kept.Count > 0 && kept[kept.Count - 1].Date == rate.Date)
                {
                    if (kept[kept.Count - 1].Rate != rate.Rate)
                    {
                        throw new ArgumentException(
                            $"rates has two {rate.Pair} rates for {IsoDate.Format(rate.Date)}: {kept[kept.Count - 1].Rate.ToString(CultureInfo.InvariantCulture)} and {rate.Rate.ToString(CultureInfo.InvariantCulture)}; give one rate per pair and date.",
                            nameof(rates));
                    }

                    continue;
                }

                kept.Add(rate);
            }

            series.Add(pair.Key, new Series(kept.ToArray()));
        }

        Count = count;
    }

    /// <summary>How many days old a rate may be and still serve a later date.</summary>
    public int MaxAgeInDays { get; }

    /// <summary>The currency cross rates are derived through, if any.</summary>
    public Currency? Pivot { get; }

    /// <summary>The number of rates given.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public ExchangeRate GetRate(Currency from, Currency to, LocalDate date)
    {
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        CheckDifferent(from, to);
        if (TryGetRate(from, to, date, out ExchangeRate rate))
        {
            return rate;
        }

        string pivotText = Pivot is null ? "no pivot currency is set for cross rates" : $"no cross rate through {Pivot.Code} either";
        throw new ExchangeRateNotFoundException(
            from,
            to,
            date,
            $"The table has no rate for the pair or its inverse dated between {IsoDate.Format(date.PlusDays(-MaxAgeInDays))} and {IsoDate.Format(date)} (maximum age {MaxAgeInDays.ToString(CultureInfo.InvariantCulture)} days), and {pivotText}. Add the rate, or allow older rates with maxAgeInDays.");
    }

    /// <inheritdoc />
    public bool TryGetRate(Currency from, Currency to, LocalDate date, out ExchangeRate rate)
    {
        rate = default;
        if (from is null || to is null || from == to)
        {
            return false;
        }

        if (TryDirect(from, to, date, out rate))
        {
            return true;
        }

        if (Pivot is { } pivot && from != pivot && to != pivot
            && TryDirect(from, pivot, date, out ExchangeRate first)
            && TryDirect(pivot, to, date, out ExchangeRate second))
        {
            rate = ExchangeRate.Cross(first, second);
            return true;
        }

        return false;
    }

    private bool TryDirect(Currency from, Currency to, LocalDate date, out ExchangeRate rate)
    {
        if (series.TryGetValue(Key(from, to), out Series? direct) && direct.TryFind(date, MaxAgeInDays, out rate))
        {
            return true;
        }

        if (series.TryGetValue(Key(to, from), out Series? inverse) && inverse.TryFind(date, MaxAgeInDays, out ExchangeRate found))
        {
            rate = found.Inverse();
            return true;
        }

        rate = default;
        return false;
    }

    private static void CheckDifferent(Currency from, Currency to)
    {
        if (from == to)
        {
            throw new ArgumentException($"to is {to.Code}, the same as from; no exchange rate is needed to convert a currency into itself.", nameof(to));
        }
    }

    // Stryker disable once Arithmetic : numeric codes are 1-999, so from × 1000 − to is as unique a key as from × 1000 + to.
    private static int Key(Currency from, Currency to) => (from.NumericCode * 1000) + to.NumericCode;

    private sealed class Series
    {
        private readonly ExchangeRate[] rates;

        internal Series(ExchangeRate[] rates) => this.rates = rates;

        internal bool TryFind(LocalDate date, int maxAgeInDays, out ExchangeRate rate)
        {
            int lo = 0;
            int hi = rates.Length - 1;
            int found = -1;
            while (lo <= hi)
            {
                // Stryker disable once Bitwise : hi - lo is never negative here, so >> and >>> agree.
                int mid = lo + ((hi - lo) >> 1);
                if (rates[mid].Date <= date)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (found >= 0 && Period.DaysBetween(rates[found].Date, date) <= maxAgeInDays)
            {
                rate = rates[found];
                return true;
            }

            rate = default;
            return false;
        }
    }
}
