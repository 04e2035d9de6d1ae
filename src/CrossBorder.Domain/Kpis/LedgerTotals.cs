using System;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The exact, mergeable sums of a group of ledger rows in the reporting currency — counts, units and amounts — from which every KPI
/// (<see cref="KpiValues"/>) is computed. Merging is associative and commutative and <c>default</c> is its identity, so totals of parts
/// (threads, files, machines) merge into the totals of the whole.
/// </summary>
/// <remarks>
/// Amounts are held as whole minor units (64-bit, overflow-checked) and exposed as <see cref="Money"/>; figures derived from
/// several sums (net revenue, profits…) are computed in decimal, so they are exact even where they would not fit in 64 bits. Immutable and thread-safe.
/// </remarks>
public readonly struct LedgerTotals : IEquatable<LedgerTotals>
{
    private readonly Accumulator sums;
    private readonly Currency? currency;

    internal LedgerTotals(in Accumulator sums, Currency currency)
    {
        this.sums = sums;
        this.currency = currency;
    }

    /// <summary>The currency of the amounts (<see cref="Currency.XXX"/> for <c>default</c>, the identity).</summary>
    public Currency Currency => currency ?? Currency.XXX;

    /// <summary>Whether this is the empty identity (<c>default</c>).</summary>
    public bool IsEmpty => currency is null;

    /// <summary>Order lines counted.</summary>
    public long OrderLines => sums.OrderLines;

    /// <summary>Orders counted (line 1 of each order; every line when grouped by SKU).</summary>
    public long Orders => sums.Orders;

    /// <summary>Units ordered.</summary>
    public long Units => sums.Units;

    /// <summary>Item prices before discounts, excluding tax.</summary>
    public Money ItemPrice => M(sums.ItemPrice);

    /// <summary>Promotional discounts, excluding tax.</summary>
    public Money Discounts => M(sums.Discount);

    /// <summary>Tax charged on order lines.</summary>
    public Money Tax => M(sums.Tax);

    /// <summary>Variable marketplace fees (order-line fees and variable <see cref="FeeCharge"/>s).</summary>
    public Money VariableFees => M(sums.Fees);

    /// <summary>Fixed costs (storage, subscription and other fixed <see cref="FeeCharge"/>s).</summary>
    public Money FixedCosts => M(sums.FixedCosts);

    /// <summary>Cost of goods of units ordered, before returns.</summary>
    public Money CostOfGoodsOrdered => M(sums.Cogs);

    /// <summary>Cost of goods of resellable returned units (given back).</summary>
    public Money CostOfGoodsReturned => M(sums.CogsReturned);

    /// <summary>Units ordered or returned whose SKU had no unit cost on the day: cost of goods is incomplete when this is not zero.</summary>
    public long UnitsWithoutCost => sums.UnitsWithoutCost;

    /// <summary>Refund rows counted.</summary>
    public long Refunds => sums.Refunds;

    /// <summary>Units returned.</summary>
    public long ReturnedUnits => sums.ReturnedUnits;

    /// <summary>Returned units that were resellable.</summary>
    public long ResellableUnits => sums.ResellableUnits;

    /// <summary>Item price refunded, excluding tax.</summary>
    public Money Refunded => M(sums.Refunded);

    /// <summary>Tax refunded.</summary>
    public Money RefundedTax => M(sums.RefundedTax);

    /// <summary>Advertising spend.</summary>
    public Money AdSpend => M(sums.AdSpend);

    /// <summary>Sales attributed to advertising.</summary>
    public Money AdSales => M(sums.AdSales);

    /// <summary>Orders attributed to advertising.</summary>
    public long AdOrders => sums.AdOrders;

    /// <summary>Ad impressions.</summary>
    public long Impressions => sums.Impressions;

    /// <summary>Ad clicks.</summary>
    public long Clicks => sums.Clicks;

    /// <summary>Listing sessions.</summary>
    public long Sessions => sums.Sessions;

    /// <summary>Reviews counted.</summary>
    public long Reviews => sums.Reviews;

    /// <summary>Sum of review stars.</summary>
    public long RatingSum => sums.RatingSum;

    /// <summary>Reviews with 4 or 5 stars.</summary>
    public long PositiveReviews => sums.PositiveReviews;

    /// <summary>Inventory snapshots (SKU-days) counted.</summary>
    public long InventorySnapshots => sums.Snapshots;

    /// <summary>Snapshots with at least one unit on hand.</summary>
    public long InStockSnapshots => sums.InStockSnapshots;

    /// <summary>Sum of units on hand over all snapshots (unit-days).</summary>
    public long InventoryUnitDays => sums.InventoryUnits;

    /// <summary>Sum of the cost of units on hand over all snapshots (cost-days).</summary>
    public Money InventoryCostDays => M(sums.InventoryCost);

    /// <summary>Snapshots whose SKU had no unit cost on the day.</summary>
    public long SnapshotsWithoutCost => sums.SnapshotsWithoutCost;

    /// <summary>Days from the first to the last inventory snapshot, inclusive; 0 without snapshots.</summary>
    public int InventoryDays => sums.Snapshots == 0 ? 0 : sums.LastSnapshotDay - sums.FirstSnapshotDay + 1;

    /// <summary>Gross revenue: item prices plus tax, before discounts and refunds.</summary>
    public Money GrossRevenue => M((decimal)sums.ItemPrice + sums.Tax);

    /// <summary>Net revenue: item prices less discounts and refunded item prices, excluding tax.</summary>
    public Money NetRevenue => M(NetRevenueMinor);

    /// <summary>Sales excluding tax before refunds: item prices less discounts (the base of AOV and TACoS).</summary>
    public Money Sales => M((decimal)sums.ItemPrice - sums.Discount);

    /// <summary>Cost of goods sold: cost of units ordered less cost of resellable returns.</summary>
    public Money CostOfGoodsSold => M(CogsMinor);

    /// <summary>Gross profit: net revenue − cost of goods sold.</summary>
    public Money GrossProfit => M(GrossProfitMinor);

    /// <summary>Contribution: gross profit − variable fees − advertising spend.</summary>
    public Money Contribution => M(ContributionMinor);

    /// <summary>Net profit: contribution − fixed costs.</summary>
    public Money NetProfit => M(ContributionMinor - sums.FixedCosts);

    /// <summary>The KPIs computed from these totals.</summary>
    public KpiValues Kpis => new(this);

    internal decimal NetRevenueMinor => (decimal)sums.ItemPrice - sums.Discount - sums.Refunded;

    internal decimal CogsMinor => (decimal)sums.Cogs - sums.CogsReturned;

    internal decimal GrossProfitMinor => NetRevenueMinor - CogsMinor;

    internal decimal ContributionMinor => GrossProfitMinor - sums.Fees - sums.AdSpend;

    internal Accumulator Sums => sums;

    /// <summary>The totals of both (associative, commutative; <c>default</c> is the identity).</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns>The merged totals.</returns>
    /// <exception cref="CurrencyMismatchException">Both are non-empty and in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A sum of both goes beyond 64 bits (amounts in minor units, units or counts beyond ±9223372036854775807); the message names the
    /// sum and both operands.
    /// </exception>
    public static LedgerTotals Merge(LedgerTotals left, LedgerTotals right) => MergeNamed(left, right, nameof(right), "adding right");

    /// <summary><see cref="Merge(LedgerTotals, LedgerTotals)"/> with the parameter name and description an overflow names.</summary>
    internal static LedgerTotals MergeNamed(LedgerTotals left, LedgerTotals right, string paramName, string what)
    {
        if (left.currency is null)
        {
            return right;
        }

        if (right.currency is null)
        {
            return left;
        }

        if (left.currency != right.currency)
        {
            throw new CurrencyMismatchException(left.currency, right.currency, nameof(right));
        }

        Accumulator sum = left.sums;
        try
        {
            sum.Add(in right.sums);
        }
        catch (OverflowException ex)
        {
            throw LedgerOverflow.Merge(paramName, what, left.currency, ex);
        }

        return new LedgerTotals(in sum, left.currency);
    }

    /// <summary>The totals of both; same as <see cref="Merge"/>.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns>The merged totals.</returns>
    /// <exception cref="CurrencyMismatchException">Both are non-empty and in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sum of both goes beyond 64 bits (±9223372036854775807).</exception>
    public static LedgerTotals operator +(LedgerTotals left, LedgerTotals right) => Merge(left, right);

    /// <summary>Whether two totals are equal in currency and every sum.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LedgerTotals left, LedgerTotals right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LedgerTotals left, LedgerTotals right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(LedgerTotals other) =>
        Money.SameCurrency(currency, other.currency) && sums.ValueEquals(in other.sums);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LedgerTotals other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Currency.Code, sums.Orders, sums.Units, sums.ItemPrice, sums.AdSpend);

    /// <summary>A one-line summary: orders, units, net revenue, net profit.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() =>
        IsEmpty ? "(empty)" : FormattableString.Invariant($"{Orders} orders, {Units} units, net revenue {NetRevenue}, net profit {NetProfit}");

    private Money M(long minor) => currency is null ? default : LedgerAmount.ToMoney(minor, currency);

    /// <summary>A figure derived from several sums (a sum or difference of up to four 64-bit sums: exact in decimal, it cannot overflow).</summary>
    private Money M(decimal minor) => currency is null ? default : Money.Of(minor / DecimalMath.Pow10(currency.MinorUnits!.Value), currency);
}
