using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A running aggregation of ledger rows into the groups of a <see cref="KpiQuery"/>: feed it rows (one at a time, spans, enumerables or
/// async streams, in any order), merge it with aggregations of other parts of the ledger, and turn it into a <see cref="KpiReport"/>.
/// </summary>
/// <remarks>
/// <para>Cost grows linearly with rows and memory with the number of groups, never with rows: each row is translated into the reporting
/// currency, mapped to its group by small integer keys (marketplace, SKU, campaign, channel, market, period) and added to that
/// group's exact 64-bit sums.</para>
/// <para>Rows that cannot be counted (no exchange rate, outside the range, unknown key…) are rejected and counted by reason in
/// <see cref="KpiReport.Rejections"/>, never dropped silently.</para>
/// <para>Not thread-safe: use one aggregation per thread and <see cref="Merge"/> them (as <see cref="KpiEngine.Aggregate"/> does).</para>
/// </remarks>
public sealed class KpiAggregation
{
    private const int DenseLimit = 1 << 22;
    private const int CurrencySlots = 1000;
    private const int MarketRadix = 26 * 26;

    private readonly KpiQuery query;
    private readonly QueryPlan plan;
    private readonly Currency reporting;
    private readonly int reportingDecimals;
    private readonly bool byMarketplace;
    private readonly bool byMarket;
    private readonly bool bySku;
    private readonly bool byCampaign;
    private readonly bool byChannel;
    private readonly int rMarketplace;
    private readonly int rMarket;
    private readonly int rSku;
    private readonly int rCampaign;
    private readonly int rChannel;
    private readonly int rPeriod;
    private readonly int[]? dense;
    private readonly long[] rejected = new long[RowRejections.ReasonCount];
    private readonly FactorTable?[] factors = new FactorTable?[CurrencySlots];
    private Dictionary<Coord, int>? sparse;
    private Accumulator[] groups = new Accumulator[16];
    private Coord[] coords = new Coord[16];
    private int groupCount;
    private long rowsRead;
    private MarketState?[] markets = new MarketState?[8];
    private int knownMarketplaces;
    private int knownSkus;
    private int knownCampaigns;
    private bool faulted;

    /// <summary>Creates an empty aggregation (the identity of <see cref="Merge"/>).</summary>
    /// <param name="query">The query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">The query groups by market without <see cref="KpiQuery.MarketOf"/>, or its unit costs overlap.</exception>
    public KpiAggregation(KpiQuery query)
    {
        this.query = Preconditions.CheckNotNull(query, nameof(query));
        plan = query.Plan;
        reporting = query.ReportingCurrency;
        reportingDecimals = reporting.MinorUnits!.Value;
        KpiDimensions by = query.GroupBy;
        byMarketplace = (by & KpiDimensions.Marketplace) != 0;
        byMarket = (by & KpiDimensions.Market) != 0;
        bySku = (by & KpiDimensions.Sku) != 0;
        byCampaign = (by & KpiDimensions.Campaign) != 0;
        byChannel = (by & KpiDimensions.Channel) != 0;
        knownMarketplaces = query.Keys.MarketplaceCount;
        knownSkus = query.Keys.SkuCount;
        knownCampaigns = query.Keys.CampaignCount;
        rMarketplace = byMarketplace ? Math.Max(1, knownMarketplaces) : 1;
        rMarket = byMarket ? MarketRadix : 1;
        rSku = bySku ? knownSkus + 1 : 1;
        rCampaign = byCampaign ? knownCampaigns + 1 : 1;
        rChannel = byChannel ? 3 : 1;
        rPeriod = Math.Max(1, plan.Periods.Length);
        long size = (long)rMarketplace * rMarket * rSku * rCampaign * rChannel * rPeriod;
        if (size <= DenseLimit)
        {
            dense = new int[size];
            dense.AsSpan().Fill(-1);
            if (size <= 1 << 20)
            {
                // Every group the query can produce fits: size the group store once instead of doubling and copying it.
                groups = new Accumulator[size];
                coords = new Coord[size];
            }
        }
    }

    /// <summary>The query.</summary>
    public KpiQuery Query => query;

    /// <summary>Rows read so far, including rows left out.</summary>
    public long RowsRead => rowsRead;

    /// <summary>Groups so far.</summary>
    public int GroupCount => groupCount;

    /// <summary>Adds one row.</summary>
    /// <typeparam name="TRow">A ledger row type of this namespace.</typeparam>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TRow"/> is not one of the library's ledger rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The row takes a sum of its group beyond 64 bits (amounts in minor units, units or counts beyond ±9223372036854775807); the
    /// message names the row and the sum. The aggregation is then incomplete and refuses <see cref="Merge"/> and <see cref="ToReport"/>.
    /// </exception>
    public void Add<TRow>(in TRow row)
        where TRow : struct, ILedgerRow
    {
        try
        {
            AddRow(in row);
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw LedgerOverflow.Row(nameof(row), nameof(row), -1, in row, reporting, ex);
        }
    }

    /// <summary>Adds a span of rows; an overflow names <paramref name="label"/>[index] and <paramref name="paramName"/>.</summary>
    internal void Add<TRow>(ReadOnlySpan<TRow> rows, string paramName, string label, long offset)
        where TRow : struct, ILedgerRow
    {
        int i = 0;
        try
        {
            for (; i < rows.Length; i++)
            {
                AddRow(in rows[i]);
            }
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw LedgerOverflow.Row(paramName, label, offset + i, in rows[i], reporting, ex);
        }
    }

    private void AddRow<TRow>(in TRow row)
        where TRow : struct, ILedgerRow
    {
        if (typeof(TRow) == typeof(OrderLine))
        {
            AddOrderLine(in Unsafe.As<TRow, OrderLine>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(Refund))
        {
            AddRefund(in Unsafe.As<TRow, Refund>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(FeeCharge))
        {
            AddFee(in Unsafe.As<TRow, FeeCharge>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(AdvertisingDay))
        {
            AddAdvertising(in Unsafe.As<TRow, AdvertisingDay>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(InventorySnapshot))
        {
            AddSnapshot(in Unsafe.As<TRow, InventorySnapshot>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(Review))
        {
            AddReview(in Unsafe.As<TRow, Review>(ref Unsafe.AsRef(in row)));
        }
        else if (typeof(TRow) == typeof(TrafficDay))
        {
            AddTraffic(in Unsafe.As<TRow, TrafficDay>(ref Unsafe.AsRef(in row)));
        }
        else
        {
            throw new ArgumentException($"{typeof(TRow).Name} is not a ledger row of CrossBorder.Domain.Kpis; use OrderLine, Refund, FeeCharge, AdvertisingDay, InventorySnapshot, Review or TrafficDay.", nameof(row));
        }
    }

    /// <summary>Adds a span of rows (an array, a slice of a columnar buffer…).</summary>
    /// <typeparam name="TRow">A ledger row type of this namespace.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TRow"/> is not one of the library's ledger rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A row takes a sum of its group beyond 64 bits (±9223372036854775807); the message names the row (<c>rows[i]</c>) and the sum.
    /// The aggregation is then incomplete and refuses <see cref="Merge"/> and <see cref="ToReport"/>.
    /// </exception>
    public void Add<TRow>(ReadOnlySpan<TRow> rows)
        where TRow : struct, ILedgerRow =>
        Add(rows, nameof(rows), nameof(rows), 0);

    /// <summary>Adds a sequence of rows, streaming (nothing is buffered).</summary>
    /// <typeparam name="TRow">A ledger row type of this namespace.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TRow"/> is not one of the library's ledger rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A row takes a sum of its group beyond 64 bits (±9223372036854775807); the message names the row (<c>rows[i]</c>) and the sum.
    /// The aggregation is then incomplete and refuses <see cref="Merge"/> and <see cref="ToReport"/>.
    /// </exception>
    public void AddRange<TRow>(IEnumerable<TRow> rows)
        where TRow : struct, ILedgerRow
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        long i = 0;
        TRow current = default;
        try
        {
            foreach (TRow row in rows)
            {
                current = row;
                AddRow(in current);
                i++;
            }
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw LedgerOverflow.Row(nameof(rows), nameof(rows), i, in current, reporting, ex);
        }
    }

    /// <summary>Adds an asynchronous stream of rows (a file or database reader), streaming.</summary>
    /// <typeparam name="TRow">A ledger row type of this namespace.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A task that completes when the stream is consumed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TRow"/> is not one of the library's ledger rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A row takes a sum of its group beyond 64 bits (±9223372036854775807); the message names the row (<c>rows[i]</c>) and the sum.
    /// The aggregation is then incomplete and refuses <see cref="Merge"/> and <see cref="ToReport"/>.
    /// </exception>
    public async Task AddRangeAsync<TRow>(IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken = default)
        where TRow : struct, ILedgerRow
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        long i = 0;
        await foreach (TRow row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            AddNumbered(row, i++);
        }
    }

    private void AddNumbered<TRow>(TRow row, long index)
        where TRow : struct, ILedgerRow
    {
        try
        {
            AddRow(in row);
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw LedgerOverflow.Row("rows", "rows", index, in row, reporting, ex);
        }
    }

    /// <summary>
    /// Adds the groups, row counts and rejections of <paramref name="other"/> (an aggregation of another part of the ledger with the same
    /// query) to this one. Merging is associative and commutative; an empty aggregation is its identity.
    /// </summary>
    /// <param name="other">The other aggregation; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> was made for another query object.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Merging takes a sum beyond 64 bits (±9223372036854775807); the message names the sum and both operands. This aggregation is
    /// then incomplete and refuses further merges and <see cref="ToReport"/>.
    /// </exception>
    /// <exception cref="InvalidOperationException">This aggregation or <paramref name="other"/> stopped at an earlier overflow.</exception>
    public void Merge(KpiAggregation other) => MergeNamed(other, nameof(other), "merging other");

    /// <summary><see cref="Merge(KpiAggregation)"/> with the parameter name and description an overflow names.</summary>
    internal void MergeNamed(KpiAggregation other, string paramName, string what)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Preconditions.CheckArgument(ReferenceEquals(other.query, query), nameof(other), "other was created for another KpiQuery; only aggregations of the same query object can merge (merge KpiReports otherwise).");
        if (faulted || other.faulted)
        {
            throw LedgerOverflow.Faulted();
        }

        try
        {
            for (int i = 0; i < other.groupCount; i++)
            {
                int slot = Slot(in other.coords[i]);
                groups[slot].Add(in other.groups[i]);
            }

            rowsRead = LedgerOverflow.Add(rowsRead, other.rowsRead, "RowsRead");
            for (int i = 0; i < rejected.Length; i++)
            {
                rejected[i] = LedgerOverflow.Add(rejected[i], other.rejected[i], "Rejections");
            }
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw LedgerOverflow.Merge(paramName, what, reporting, ex);
        }
    }

    /// <summary>The report: one group per key seen, in a deterministic order (by marketplace, market, SKU, campaign, channel, period).</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">
    /// The grand total of the groups goes beyond 64 bits (±9223372036854775807; the message names the sum and its operands), or the
    /// aggregation stopped at an earlier overflow.
    /// </exception>
    public KpiReport ToReport()
    {
        try
        {
            return Report();
        }
        catch (LedgerOverflow.SumOverflowException ex)
        {
            throw new InvalidOperationException(LedgerOverflow.MergeMessage("the grand total of the groups", reporting, ex));
        }
    }

    /// <summary><see cref="ToReport"/>, with an overflow of the grand total as an <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/>.</summary>
    internal KpiReport ToReportNamed(string paramName)
    {
        try
        {
            return Report();
        }
        catch (LedgerOverflow.SumOverflowException ex)
        {
            throw LedgerOverflow.Merge(paramName, "the grand total of " + paramName, reporting, ex);
        }
    }

    private KpiReport Report()
    {
        if (faulted)
        {
            throw LedgerOverflow.Faulted();
        }

        var order = new int[groupCount];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (dense is not null && sparse is null)
        {
            // The dense index runs in key order (marketplace, market, SKU, campaign, channel, period): read the groups off it.
            int n = 0;
            foreach (int slot in dense)
            {
                if (slot >= 0)
                {
                    order[n++] = slot;
                }
            }
        }
        else
        {
            Coord[] keysOf = coords;
            Array.Sort(order, (a, b) => keysOf[a].CompareTo(keysOf[b]));
        }
        var result = new KpiGroup[groupCount];
        LedgerKeys keys = query.Keys;
        MarketplaceId[] marketplaceNames = Names(knownMarketplaces = keys.MarketplaceCount, i => keys.MarketplaceOf(new MarketplaceKey(i)));
        string[] skuNames = bySku ? Names(knownSkus = keys.SkuCount, i => keys.SkuOf(new SkuKey(i))) : Array.Empty<string>();
        string[] campaignNames = byCampaign ? Names(knownCampaigns = keys.CampaignCount, i => keys.CampaignOf(new CampaignKey(i))) : Array.Empty<string>();
        bool byPeriod = query.Period.Kind != 0;
        Accumulator total = default;
        for (int n = 0; n < order.Length; n++)
        {
            int i = order[n];
            Coord c = coords[i];
            var key = new KpiGroupKey(
                byMarketplace ? marketplaceNames[c.Marketplace] : (MarketplaceId?)null,
                byMarket ? CountryCode.FromIndex(c.Market) : (CountryCode?)null,
                bySku && c.Sku > 0 ? skuNames[c.Sku - 1] : (string?)null,
                byCampaign && c.Campaign > 0 ? campaignNames[c.Campaign - 1] : (string?)null,
                byChannel && c.Channel > 0 ? (FulfilledBy)(c.Channel - 1) : null,
                byPeriod ? plan.Periods[c.Period] : null);
            result[n] = new KpiGroup(key, new LedgerTotals(in groups[i], reporting));
            total.Add(in groups[i]);
        }

        return new KpiReport(reporting, result, new LedgerTotals(in total, reporting), rowsRead, new RowRejections((long[])rejected.Clone()));
    }

    private static T[] Names<T>(int count, Func<int, T> name)
    {
        var names = new T[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = name(i);
        }

        return names;
    }

    private void AddOrderLine(in OrderLine line)
    {
        rowsRead++;
        MarketState? market = Market(line.Marketplace);
        if (market is null || !KnownSku(line.Sku))
        {
            return;
        }

        long day = market.DayIndex(line.Ticks, plan.FirstDay);
        if (unchecked((ulong)day) >= (ulong)plan.DayCount || plan.PeriodOfDay[day] < 0)
        {
            rejected[(int)RejectionReason.OutsideRange]++;
            return;
        }

        int d = (int)day;
        long price = line.ItemPriceMinor;
        long discount = line.DiscountMinor;
        long tax = line.TaxMinor;
        long fees = line.FeesMinor;
        Currency currency = line.Currency;
        if (!ReferenceEquals(currency, reporting))
        {
            ref readonly Factor f = ref FactorFor(currency, d);
            if (f.State == Factor.Missing)
            {
                rejected[(int)RejectionReason.NoExchangeRate]++;
                return;
            }

            price = f.Convert(price, 0);
            discount = discount == 0 ? 0 : f.Convert(discount, 0);
            tax = tax == 0 ? 0 : f.Convert(tax, 0);
            fees = fees == 0 ? 0 : f.Convert(fees, 0);
        }

        bool costed = TryCost(line.Sku.Index, d, line.Quantity, out long cogs);
        var coord = new Coord(
            byMarketplace ? line.Marketplace.Index : 0,
            market.Country,
            bySku ? line.Sku.Index + 1 : 0,
            0,
            byChannel ? (int)line.Channel + 1 : 0,
            plan.PeriodOfDay[d]);
        int slot = Slot(in coord);
        ref Accumulator a = ref groups[slot];
        checked
        {
            a.OrderLines++;
            if (bySku || line.LineNumber == 1)
            {
                a.Orders++;
            }

            a.Units += line.Quantity;
            a.ItemPrice += price;
            a.Discount += discount;
            a.Tax += tax;
            a.Fees += fees;
            if (costed)
            {
                a.Cogs += cogs;
            }
            else
            {
                a.UnitsWithoutCost += line.Quantity;
            }
        }
    }

    private void AddRefund(in Refund refund)
    {
        rowsRead++;
        MarketState? market = Market(refund.Marketplace);
        if (market is null || !KnownSku(refund.Sku))
        {
            return;
        }

        long day = market.DayIndex(refund.Ticks, plan.FirstDay);
        if (!InRange(day, out int d))
        {
            return;
        }

        if (!TryConvert(refund.Currency, d, refund.AmountMinor, out long amount) || !TryConvert(refund.Currency, d, refund.TaxMinor, out long tax))
        {
            return;
        }

        long cogs = 0;
        bool costed = !refund.Resellable || TryCost(refund.Sku.Index, d, refund.Quantity, out cogs);
        int slot = Slot(new Coord(byMarketplace ? refund.Marketplace.Index : 0, market.Country, bySku ? refund.Sku.Index + 1 : 0, 0, 0, plan.PeriodOfDay[d]));
        ref Accumulator a = ref groups[slot];
        checked
        {
            a.Refunds++;
            a.ReturnedUnits += refund.Quantity;
            a.Refunded += amount;
            a.RefundedTax += tax;
            if (refund.Resellable)
            {
                a.ResellableUnits += refund.Quantity;
                if (costed)
                {
                    a.CogsReturned += cogs;
                }
                else
                {
                    a.UnitsWithoutCost += refund.Quantity;
                }
            }
        }
    }

    private void AddFee(in FeeCharge fee)
    {
        rowsRead++;
        MarketState? market = Market(fee.Marketplace);
        if (market is null || (!fee.Sku.IsNone && !KnownSku(fee.Sku)))
        {
            return;
        }

        long day = market.DayIndex(fee.Ticks, plan.FirstDay);
        if (!InRange(day, out int d) || !TryConvert(fee.Currency, d, fee.AmountMinor, out long amount))
        {
            return;
        }

        int slot = Slot(new Coord(byMarketplace ? fee.Marketplace.Index : 0, market.Country, bySku ? fee.Sku.Index + 1 : 0, 0, 0, plan.PeriodOfDay[d]));
        ref Accumulator a = ref groups[slot];
        checked
        {
            if (fee.IsVariable)
            {
                a.Fees += amount;
            }
            else
            {
                a.FixedCosts += amount;
            }
        }
    }

    private void AddAdvertising(in AdvertisingDay ad)
    {
        rowsRead++;
        MarketState? market = Market(ad.Marketplace);
        if (market is null || (!ad.Sku.IsNone && !KnownSku(ad.Sku)) || !KnownCampaign(ad.Campaign))
        {
            return;
        }

        if (!InRange(CivilDays.FromDate(ad.Date) - (long)plan.FirstDay, out int d)
            || !TryConvert(ad.Currency, d, ad.SpendMinor, out long spend)
            || !TryConvert(ad.Currency, d, ad.AttributedSalesMinor, out long sales))
        {
            return;
        }

        int slot = Slot(new Coord(byMarketplace ? ad.Marketplace.Index : 0, market.Country, bySku ? ad.Sku.Index + 1 : 0, byCampaign ? ad.Campaign.Index + 1 : 0, 0, plan.PeriodOfDay[d]));
        ref Accumulator a = ref groups[slot];
        checked
        {
            a.AdSpend += spend;
            a.AdSales += sales;
            a.AdOrders += ad.AttributedOrders;
            a.Impressions += ad.Impressions;
            a.Clicks += ad.Clicks;
        }
    }

    private void AddSnapshot(in InventorySnapshot snapshot)
    {
        rowsRead++;
        MarketState? market = Market(snapshot.Marketplace);
        if (market is null || !KnownSku(snapshot.Sku))
        {
            return;
        }

        int epochDay = CivilDays.FromDate(snapshot.Date);
        if (!InRange(epochDay - (long)plan.FirstDay, out int d))
        {
            return;
        }

        bool costed = TryCost(snapshot.Sku.Index, d, snapshot.UnitsOnHand, out long cost);
        int slot = Slot(new Coord(byMarketplace ? snapshot.Marketplace.Index : 0, market.Country, bySku ? snapshot.Sku.Index + 1 : 0, 0, 0, plan.PeriodOfDay[d]));
        ref Accumulator a = ref groups[slot];
        checked
        {
            if (a.Snapshots == 0)
            {
                a.FirstSnapshotDay = epochDay;
                a.LastSnapshotDay = epochDay;
            }
            else
            {
                a.FirstSnapshotDay = Math.Min(a.FirstSnapshotDay, epochDay);
                a.LastSnapshotDay = Math.Max(a.LastSnapshotDay, epochDay);
            }

            a.Snapshots++;
            a.InventoryUnits += snapshot.UnitsOnHand;
            if (snapshot.UnitsOnHand > 0)
            {
                a.InStockSnapshots++;
            }

            if (costed)
            {
                a.InventoryCost += cost;
            }
            else
            {
                a.SnapshotsWithoutCost++;
            }
        }
    }

    private void AddReview(in Review review)
    {
        rowsRead++;
        MarketState? market = Market(review.Marketplace);
        if (market is null || !KnownSku(review.Sku) || !InRange(CivilDays.FromDate(review.Date) - (long)plan.FirstDay, out int d))
        {
            return;
        }

        int slot = Slot(new Coord(byMarketplace ? review.Marketplace.Index : 0, market.Country, bySku ? review.Sku.Index + 1 : 0, 0, 0, plan.PeriodOfDay[d]));
        ref Accumulator a = ref groups[slot];
        a.Reviews++;
        a.RatingSum += review.Rating;
        if (review.Rating >= 4)
        {
            a.PositiveReviews++;
        }
    }

    private void AddTraffic(in TrafficDay traffic)
    {
        rowsRead++;
        MarketState? market = Market(traffic.Marketplace);
        if (market is null || !KnownSku(traffic.Sku) || !InRange(CivilDays.FromDate(traffic.Date) - (long)plan.FirstDay, out int d))
        {
            return;
        }

        int slot = Slot(new Coord(byMarketplace ? traffic.Marketplace.Index : 0, market.Country, bySku ? traffic.Sku.Index + 1 : 0, 0, 0, plan.PeriodOfDay[d]));
        groups[slot].Sessions = checked(groups[slot].Sessions + traffic.Sessions);
    }

    private bool InRange(long day, out int index)
    {
        if (unchecked((ulong)day) >= (ulong)plan.DayCount || plan.PeriodOfDay[day] < 0)
        {
            rejected[(int)RejectionReason.OutsideRange]++;
            index = 0;
            return false;
        }

        index = (int)day;
        return true;
    }

    private bool TryConvert(Currency currency, int day, long minor, out long converted)
    {
        if (ReferenceEquals(currency, reporting) || minor == 0)
        {
            converted = minor;
            return true;
        }

        ref readonly Factor f = ref FactorFor(currency, day);
        if (f.State == Factor.Missing)
        {
            rejected[(int)RejectionReason.NoExchangeRate]++;
            converted = 0;
            return false;
        }

        converted = f.Convert(minor, 0);
        return true;
    }

    /// <summary>Cost of goods of <paramref name="quantity"/> units in reporting minor units; false when the SKU has no cost on the day or no rate.</summary>
    private bool TryCost(int sku, int day, long quantity, out long cost)
    {
        cost = 0;
        QueryPlan.CostEntry[]?[] costs = plan.Costs;
        if (unchecked((uint)sku) >= (uint)costs.Length || costs[sku] is not { } entries)
        {
            return false;
        }

        int epochDay = plan.FirstDay + day;
        for (int i = 0; i < entries.Length; i++)
        {
            ref readonly QueryPlan.CostEntry e = ref entries[i];
            if (e.From <= epochDay && epochDay <= e.To)
            {
                if (ReferenceEquals(e.Currency, reporting) && e.WholeMinor >= 0)
                {
                    cost = checked(quantity * e.WholeMinor);
                    return true;
                }

                long scaled = checked(quantity * e.Scaled);
                if (ReferenceEquals(e.Currency, reporting))
                {
                    cost = Factor.Identity.Convert(scaled, SkuCost.ExtraDecimals);
                    return true;
                }

                ref readonly Factor f = ref FactorFor(e.Currency, day);
                if (f.State == Factor.Missing)
                {
                    return false;
                }

                cost = f.Convert(scaled, SkuCost.ExtraDecimals);
                return true;
            }
        }

        return false;
    }

    private ref readonly Factor FactorFor(Currency currency, int day)
    {
        FactorTable table = factors[currency.NumericCode] ??= new FactorTable(currency, plan.DayCount);
        ref Factor f = ref table.ByDay[day];
        if (f.State == Factor.Unknown)
        {
            f = ComputeFactor(currency, day);
        }

        return ref f;
    }

    private Factor ComputeFactor(Currency currency, int day)
    {
        if (currency == reporting)
        {
            return Factor.Identity;
        }

        LocalDate date = query.Range.Start.PlusDays(day);
        if (query.ExchangeRates is not { } provider || !provider.TryGetRate(currency, reporting, date, out ExchangeRate rate))
        {
            return Factor.MissingFactor;
        }

        int shift = reportingDecimals - currency.MinorUnits!.Value;
        decimal f = shift >= 0 ? rate.Rate * DecimalMath.Pow10(shift) : rate.Rate / DecimalMath.Pow10(-shift);
        return Factor.Of(f);
    }

    private MarketState? Market(MarketplaceKey key)
    {
        int index = key.Index;
        if (index < 0 || (index >= knownMarketplaces && (knownMarketplaces = query.Keys.MarketplaceCount) <= index))
        {
            rejected[(int)RejectionReason.UnknownKey]++;
            return null;
        }

        if (index >= markets.Length)
        {
            Array.Resize(ref markets, Math.Max(index + 1, markets.Length * 2));
        }

        MarketState state = markets[index] ??= new MarketState(query, key, byMarket);
        if (state.Problem is { } problem)
        {
            rejected[(int)problem]++;
            return null;
        }

        return state;
    }

    private bool KnownSku(SkuKey key)
    {
        int index = key.Index;
        if (index >= 0 && (index < knownSkus || (knownSkus = query.Keys.SkuCount) > index))
        {
            return true;
        }

        rejected[(int)RejectionReason.UnknownKey]++;
        return false;
    }

    private bool KnownCampaign(CampaignKey key)
    {
        int index = key.Index;
        if (index >= 0 && (index < knownCampaigns || (knownCampaigns = query.Keys.CampaignCount) > index))
        {
            return true;
        }

        rejected[(int)RejectionReason.UnknownKey]++;
        return false;
    }

    private int Slot(in Coord c)
    {
        if (dense is not null && c.Marketplace < rMarketplace && c.Sku < rSku && c.Campaign < rCampaign)
        {
            int index = (((((((((c.Marketplace * rMarket) + c.Market) * rSku) + c.Sku) * rCampaign) + c.Campaign) * rChannel) + c.Channel) * rPeriod) + c.Period;
            int slot = dense[index];
            if (slot < 0)
            {
                slot = NewGroup(in c);
                dense[index] = slot;
            }

            return slot;
        }

        sparse ??= new Dictionary<Coord, int>();
        if (!sparse.TryGetValue(c, out int s))
        {
            s = NewGroup(in c);
            sparse.Add(c, s);
        }

        return s;
    }

    private int NewGroup(in Coord c)
    {
        if (groupCount == groups.Length)
        {
            Array.Resize(ref groups, groups.Length * 2);
            Array.Resize(ref coords, coords.Length * 2);
        }

        coords[groupCount] = c;
        return groupCount++;
    }

    /// <summary>The position of a group in each dimension (0 where the query does not group by it).</summary>
    private readonly struct Coord : IEquatable<Coord>, IComparable<Coord>
    {
        internal Coord(int marketplace, int market, int sku, int campaign, int channel, int period)
        {
            Marketplace = marketplace;
            Market = market;
            Sku = sku;
            Campaign = campaign;
            Channel = channel;
            Period = period;
        }

        internal int Marketplace { get; }

        internal int Market { get; }

        internal int Sku { get; }

        internal int Campaign { get; }

        internal int Channel { get; }

        internal int Period { get; }

        public bool Equals(Coord other) =>
            Marketplace == other.Marketplace && Market == other.Market && Sku == other.Sku && Campaign == other.Campaign
            && Channel == other.Channel && Period == other.Period;

        public override bool Equals(object? obj) => obj is Coord other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Marketplace, Market, Sku, Campaign, Channel, Period);

        public int CompareTo(Coord other)
        {
            int c = Marketplace.CompareTo(other.Marketplace);
            c = c != 0 ? c : Market.CompareTo(other.Market);
            c = c != 0 ? c : Sku.CompareTo(other.Sku);
            c = c != 0 ? c : Campaign.CompareTo(other.Campaign);
            c = c != 0 ? c : Channel.CompareTo(other.Channel);
            return c != 0 ? c : Period.CompareTo(other.Period);
        }
    }

    /// <summary>Per marketplace: the UTC offsets in force around the range (to find local days fast) and the market index.</summary>
    private sealed class MarketState
    {
        private readonly long[] ends = Array.Empty<long>();
        private readonly long[] offsets = Array.Empty<long>();

        internal MarketState(KpiQuery query, MarketplaceKey key, bool byMarket)
        {
            MarketplaceId id = query.Keys.MarketplaceOf(key);
            if (byMarket)
            {
                CountryCode country = query.MarketOf!(id);
                if (country == default)
                {
                    Problem = RejectionReason.NoMarket;
                    return;
                }

                Country = country.Index;
            }

            DateTimeZone? zone = query.TimeZoneOf(id);
            if (zone is null)
            {
                Problem = RejectionReason.NoTimeZone;
                return;
            }

            Instant start = query.Range.Start.PlusDays(-2).AtMidnight().InUtc().ToInstant();
            Instant end = query.Range.End.PlusDays(3).AtMidnight().InUtc().ToInstant();
            var endList = new List<long>();
            var offsetList = new List<long>();
            Instant t = start;
            while (true)
            {
                NodaTime.TimeZones.ZoneInterval interval = zone.GetZoneInterval(t);
                offsetList.Add(interval.WallOffset.Ticks);
                if (!interval.HasEnd || interval.End >= end)
                {
                    endList.Add(long.MaxValue);
                    break;
                }

                endList.Add(interval.End.ToUnixTimeTicks());
                t = interval.End;
            }

            ends = endList.ToArray();
            offsets = offsetList.ToArray();
        }

        internal RejectionReason? Problem { get; }

        internal int Country { get; }

        /// <summary>The local day of an instant, as an index from <paramref name="firstDay"/> (may be outside the range).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal long DayIndex(long ticks, int firstDay)
        {
            int i = 0;
            while (ticks >= ends[i])
            {
                i++;
            }

            return CivilDays.DayOf(ticks, offsets[i]) - firstDay;
        }
    }

    private sealed class FactorTable
    {
        internal FactorTable(Currency currency, int days)
        {
            _ = currency;
            ByDay = new Factor[days];
        }

        internal Factor[] ByDay { get; }
    }
}
