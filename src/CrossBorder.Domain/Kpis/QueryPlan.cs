using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>What a <see cref="KpiQuery"/> precomputes once: the period of every day of the range and the unit-cost table.</summary>
internal sealed class QueryPlan
{
    internal QueryPlan(KpiQuery query)
    {
        FirstDay = CivilDays.FromDate(query.Range.Start);
        DayCount = query.Range.Length;
        PeriodOfDay = query.Period.MapDays(query.Range, out DateInterval[] periods);
        Periods = periods;
        if ((query.GroupBy & KpiDimensions.Market) != 0 && query.MarketOf is null)
        {
            throw new ArgumentException("The query groups by Market but MarketOf is null; give the function that maps a marketplace to the country it sells into.", nameof(query));
        }

        var lists = new Dictionary<int, List<CostEntry>>();
        foreach (SkuCost cost in query.UnitCosts)
        {
            if (cost is null)
            {
                throw new ArgumentException("UnitCosts contains a null entry.", nameof(query));
            }

            if (!lists.TryGetValue(cost.Sku.Index, out List<CostEntry>? list))
            {
                list = new List<CostEntry>();
                lists.Add(cost.Sku.Index, list);
            }

            int from = CivilDays.FromDate(cost.Period.ValidFrom);
            int to = cost.Period.ValidTo is { } end ? CivilDays.FromDate(end) : int.MaxValue;
            list.Add(new CostEntry(from, to, cost.Scaled, cost.CostPerUnit.Currency));
        }

        int maxSku = -1;
        foreach (int sku in lists.Keys)
        {
            maxSku = Math.Max(maxSku, sku);
        }

        Costs = new CostEntry[maxSku + 1][];
        foreach (KeyValuePair<int, List<CostEntry>> pair in lists)
        {
            pair.Value.Sort(static (a, b) => a.From.CompareTo(b.From));
            for (int i = 1; i < pair.Value.Count; i++)
            {
                if (pair.Value[i].From <= pair.Value[i - 1].To)
                {
                    throw new ArgumentException(
                        $"UnitCosts has overlapping periods for SKU '{query.Keys.SkuOf(new SkuKey(pair.Key))}'; give at most one unit cost per SKU and day.",
                        nameof(query));
                }
            }

            Costs[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>Days since 1970-01-01 of the range's first day.</summary>
    internal int FirstDay { get; }

    internal int DayCount { get; }

    /// <summary>Period index of each day of the range; −1 where no period covers the day.</summary>
    internal int[] PeriodOfDay { get; }

    internal DateInterval[] Periods { get; }

    /// <summary>Unit-cost entries per SKU index (null where none).</summary>
    internal CostEntry[]?[] Costs { get; }

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal readonly struct CostEntry
    {
        internal CostEntry(int from, int to, long scaled, Currency currency)
        {
            From = from;
            To = to;
            Scaled = scaled;
            Currency = currency;
            WholeMinor = scaled % 10_000 == 0 ? scaled / 10_000 : -1;
        }

        /// <summary>The cost in whole minor units when it has no finer digits; −1 otherwise.</summary>
        internal long WholeMinor { get; }

        internal int From { get; }

        internal int To { get; }

        internal long Scaled { get; }

        internal Currency Currency { get; }
    }
}
