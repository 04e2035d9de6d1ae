using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Builds the exceptions the KPI engine throws when a sum would exceed 64 bits (amounts in minor units, units and counts), instead
/// of the bare <see cref="OverflowException"/> of checked arithmetic. The per-row paths keep their checked arithmetic (no handler
/// per row); the public entry points catch the overflow once, outside their loops, and name the row or the merge that caused it.
/// </summary>
internal static class LedgerOverflow
{
    /// <summary>The allowed range of every sum, as written in messages.</summary>
    internal const string Range = "±9223372036854775807";

    /// <summary>A sum of <see cref="Accumulator"/> that would overflow: the field and both operands, so messages can name them.</summary>
    internal sealed class SumOverflowException : OverflowException
    {
        internal SumOverflowException(string field, long left, long right)
            : base(FormattableString.Invariant($"{field}: {left} + {right}"))
        {
            Field = field;
            Left = left;
            Right = right;
        }

        internal string Field { get; }

        internal long Left { get; }

        internal long Right { get; }
    }

    /// <summary><paramref name="left"/> + <paramref name="right"/>, or a <see cref="SumOverflowException"/> naming <paramref name="field"/>.</summary>
    internal static long Add(long left, long right, string field)
    {
        long sum = unchecked(left + right);
        return ((left ^ sum) & (right ^ sum)) < 0 ? throw new SumOverflowException(field, left, right) : sum;
    }

    /// <summary>A row whose amounts or counts take a sum of its group beyond 64 bits.</summary>
    internal static ArgumentOutOfRangeException Row<TRow>(string paramName, string label, long index, in TRow row, Currency reporting, OverflowException inner)
        where TRow : struct, ILedgerRow
    {
        string at = index < 0 ? label : FormattableString.Invariant($"{label}[{index}]");
        return new ArgumentOutOfRangeException(
            paramName,
            $"{at} ({Describe(in row)}) takes a KPI sum beyond 64 bits{Detail(inner, reporting)}: every sum of a group (amounts in {reporting.Code} minor units, units and counts) must stay within {Range}. Check the row's amounts and quantities (a value that large is almost always a unit or parsing mistake).");
    }

    /// <summary>Merging two sets of sums (aggregations, totals, reports) takes a sum beyond 64 bits.</summary>
    internal static ArgumentOutOfRangeException Merge(string paramName, string what, Currency? currency, OverflowException inner) =>
        new(paramName, MergeMessage(what, currency, inner));

    /// <summary>The message of <see cref="Merge"/>.</summary>
    internal static string MergeMessage(string what, Currency? currency, OverflowException inner) =>
        $"{what}{Detail(inner, currency)} takes a KPI sum beyond 64 bits: every sum (amounts in {currency?.Code ?? "the reporting currency's"} minor units, units and counts) must stay within {Range}. Aggregate smaller parts of the ledger (one marketplace, market or period per query).";

    /// <summary>The aggregation was left incomplete by an earlier overflow.</summary>
    internal static InvalidOperationException Faulted() =>
        new("This KpiAggregation stopped at a row whose sums went beyond 64 bits (the exception thrown then names it); its sums are incomplete. Start a new aggregation without that row.");

    private static string Detail(OverflowException inner, Currency? currency) => inner is SumOverflowException s
        ? FormattableString.Invariant($" ({s.Field}: {s.Left} + {s.Right}{(currency is null ? string.Empty : " in " + currency.Code + " minor units or counts")})")
        : string.Empty;

    private static string Describe<TRow>(in TRow row)
        where TRow : struct, ILedgerRow
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        return row switch
        {
            OrderLine o => string.Format(c, "order line {0}/{1}: quantity {2}, item price {3}, discount {4}, tax {5}, fees {6}", o.OrderId, o.LineNumber, o.Quantity, o.ItemPrice, o.Discount, o.Tax, o.Fees),
            Refund r => string.Format(c, "refund of order {0}: quantity {1}, amount {2}, tax {3}", r.OrderId, r.Quantity, r.Amount, r.Tax),
            FeeCharge f => string.Format(c, "fee {0}: {1}", f.Kind, f.Amount),
            AdvertisingDay a => string.Format(c, "advertising day {0}: spend {1}, attributed sales {2}, orders {3}, impressions {4}, clicks {5}", IsoDate.Format(a.Date), a.Spend, a.AttributedSales, a.AttributedOrders, a.Impressions, a.Clicks),
            InventorySnapshot s => string.Format(c, "inventory snapshot {0}: {1} units on hand", IsoDate.Format(s.Date), s.UnitsOnHand),
            TrafficDay t => string.Format(c, "traffic day {0}: {1} sessions", IsoDate.Format(t.Date), t.Sessions),
            _ => typeof(TRow).Name,
        };
    }
}
