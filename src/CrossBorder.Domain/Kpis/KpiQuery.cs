using System;
using System.Collections.Generic;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// What to compute: the date range, the reporting currency, the grouping, and the inputs every row needs besides itself —
/// the time zone of each marketplace, exchange rates, the market of each marketplace and the unit costs of goods.
/// </summary>
/// <remarks>
/// <para>Days are local dates in each row's marketplace time zone (<see cref="TimeZoneOf"/>): an order placed at 23:30 in Berlin
/// belongs to that Berlin day, whatever the UTC date. Rows outside <see cref="Range"/> are left out and counted.</para>
/// <para>Amounts in another currency are translated into <see cref="ReportingCurrency"/> at the rate <see cref="ExchangeRates"/> gives for
/// the row's local date and rounded to the reporting currency's minor unit, half to even — each row is booked like a ledger entry
/// translated at its transaction date's spot rate (IAS 21.21). Rows whose rate is missing are rejected and counted, never dropped silently.</para>
/// <para>Immutable once built; the functions it holds must be thread-safe, since aggregation runs in parallel.</para>
/// </remarks>
public sealed class KpiQuery
{
    private readonly IReadOnlyList<SkuCost> unitCosts = Array.Empty<SkuCost>();
    private readonly PeriodGrouping period = PeriodGrouping.None;
    private QueryPlan? plan;

    /// <summary>Creates a query.</summary>
    /// <param name="keys">The keys the rows were read with.</param>
    /// <param name="reportingCurrency">The currency results are reported in; it must have a minor unit.</param>
    /// <param name="range">The days to report on (local dates in each marketplace's time zone).</param>
    /// <param name="timeZoneOf">The time zone of a marketplace (for example from the Geography marketplace table).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reportingCurrency"/> has no minor unit.</exception>
    public KpiQuery(LedgerKeys keys, Currency reportingCurrency, DateInterval range, Func<MarketplaceId, DateTimeZone> timeZoneOf)
    {
        Keys = Preconditions.CheckNotNull(keys, nameof(keys));
        ReportingCurrency = Preconditions.CheckNotNull(reportingCurrency, nameof(reportingCurrency));
        Preconditions.CheckArgument(reportingCurrency.MinorUnits.HasValue, nameof(reportingCurrency), $"reportingCurrency is {reportingCurrency.Code}, which has no minor unit; report in a currency such as USD or EUR.");
        Range = Preconditions.CheckNotNull(range, nameof(range));
        TimeZoneOf = Preconditions.CheckNotNull(timeZoneOf, nameof(timeZoneOf));
    }

    /// <summary>The keys the rows were read with.</summary>
    public LedgerKeys Keys { get; }

    /// <summary>The currency results are reported in.</summary>
    public Currency ReportingCurrency { get; }

    /// <summary>The days reported on, in each marketplace's time zone.</summary>
    public DateInterval Range { get; }

    /// <summary>The time zone of a marketplace.</summary>
    public Func<MarketplaceId, DateTimeZone> TimeZoneOf { get; }

    /// <summary>The dimensions to group by; <see cref="KpiDimensions.None"/> (the default) for one total.</summary>
    public KpiDimensions GroupBy { get; init; }

    /// <summary>How to split the range in time; <see cref="PeriodGrouping.None"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public PeriodGrouping Period
    {
        get => period;
        init => period = Preconditions.CheckNotNull(value, nameof(Period));
    }

    /// <summary>Rates for rows not in the reporting currency; without it such rows are rejected.</summary>
    public IExchangeRateProvider? ExchangeRates { get; init; }

    /// <summary>The market (country sold into) of a marketplace; required when grouping by <see cref="KpiDimensions.Market"/>.</summary>
    public Func<MarketplaceId, CountryCode>? MarketOf { get; init; }

    /// <summary>Landed cost per unit of each SKU and period, for cost of goods; units without a cost are counted in <see cref="LedgerTotals.UnitsWithoutCost"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<SkuCost> UnitCosts
    {
        get => unitCosts;
        init => unitCosts = Preconditions.CheckNotNull(value, nameof(UnitCosts));
    }

    /// <summary>The precomputed day map, cost table and radices; built once, on first use.</summary>
    internal QueryPlan Plan
    {
        get
        {
            QueryPlan? p = System.Threading.Volatile.Read(ref plan);
            if (p is null)
            {
                p = new QueryPlan(this);
                System.Threading.Interlocked.CompareExchange(ref plan, p, null);
                p = plan!;
            }

            return p;
        }
    }
}
