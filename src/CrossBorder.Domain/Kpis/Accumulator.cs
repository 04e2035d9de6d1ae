using System.Runtime.InteropServices;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The mergeable sums behind every KPI, in minor units of the reporting currency: a commutative monoid under <see cref="Add"/>
/// with <c>default</c> as identity (the first/last snapshot days are a min/max guarded by the snapshot count). All additions are checked: a sum beyond 64 bits throws an internal
/// overflow naming the field, which the public entry points turn into an <see cref="System.ArgumentOutOfRangeException"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Accumulator
{
    internal long OrderLines;
    internal long Orders;
    internal long Units;
    internal long ItemPrice;
    internal long Discount;
    internal long Tax;
    internal long Fees;
    internal long Cogs;
    internal long FixedCosts;
    internal long UnitsWithoutCost;
    internal long Refunds;
    internal long ReturnedUnits;
    internal long ResellableUnits;
    internal long Refunded;
    internal long RefundedTax;
    internal long CogsReturned;
    internal long AdSpend;
    internal long AdSales;
    internal long AdOrders;
    internal long Impressions;
    internal long Clicks;
    internal long Sessions;
    internal long Reviews;
    internal long RatingSum;
    internal long PositiveReviews;
    internal long Snapshots;
    internal long InStockSnapshots;
    internal long InventoryUnits;
    internal long InventoryCost;
    internal long SnapshotsWithoutCost;
    internal int FirstSnapshotDay;
    internal int LastSnapshotDay;

    internal void Add(in Accumulator o)
    {
        OrderLines = LedgerOverflow.Add(OrderLines, o.OrderLines, nameof(OrderLines));
        Orders = LedgerOverflow.Add(Orders, o.Orders, nameof(Orders));
        Units = LedgerOverflow.Add(Units, o.Units, nameof(Units));
        ItemPrice = LedgerOverflow.Add(ItemPrice, o.ItemPrice, nameof(ItemPrice));
        Discount = LedgerOverflow.Add(Discount, o.Discount, nameof(Discount));
        Tax = LedgerOverflow.Add(Tax, o.Tax, nameof(Tax));
        Fees = LedgerOverflow.Add(Fees, o.Fees, nameof(Fees));
        FixedCosts = LedgerOverflow.Add(FixedCosts, o.FixedCosts, nameof(FixedCosts));
        Cogs = LedgerOverflow.Add(Cogs, o.Cogs, nameof(Cogs));
        UnitsWithoutCost = LedgerOverflow.Add(UnitsWithoutCost, o.UnitsWithoutCost, nameof(UnitsWithoutCost));
        Refunds = LedgerOverflow.Add(Refunds, o.Refunds, nameof(Refunds));
        ReturnedUnits = LedgerOverflow.Add(ReturnedUnits, o.ReturnedUnits, nameof(ReturnedUnits));
        ResellableUnits = LedgerOverflow.Add(ResellableUnits, o.ResellableUnits, nameof(ResellableUnits));
        Refunded = LedgerOverflow.Add(Refunded, o.Refunded, nameof(Refunded));
        RefundedTax = LedgerOverflow.Add(RefundedTax, o.RefundedTax, nameof(RefundedTax));
        CogsReturned = LedgerOverflow.Add(CogsReturned, o.CogsReturned, nameof(CogsReturned));
        AdSpend = LedgerOverflow.Add(AdSpend, o.AdSpend, nameof(AdSpend));
        AdSales = LedgerOverflow.Add(AdSales, o.AdSales, nameof(AdSales));
        AdOrders = LedgerOverflow.Add(AdOrders, o.AdOrders, nameof(AdOrders));
        Impressions = LedgerOverflow.Add(Impressions, o.Impressions, nameof(Impressions));
        Clicks = LedgerOverflow.Add(Clicks, o.Clicks, nameof(Clicks));
        Sessions = LedgerOverflow.Add(Sessions, o.Sessions, nameof(Sessions));
        Reviews = LedgerOverflow.Add(Reviews, o.Reviews, nameof(Reviews));
        RatingSum = LedgerOverflow.Add(RatingSum, o.RatingSum, nameof(RatingSum));
        PositiveReviews = LedgerOverflow.Add(PositiveReviews, o.PositiveReviews, nameof(PositiveReviews));
        if (o.Snapshots > 0)
        {
            if (Snapshots == 0)
            {
                FirstSnapshotDay = o.FirstSnapshotDay;
                LastSnapshotDay = o.LastSnapshotDay;
            }
            else
            {
                FirstSnapshotDay = FirstSnapshotDay < o.FirstSnapshotDay ? FirstSnapshotDay : o.FirstSnapshotDay;
                LastSnapshotDay = LastSnapshotDay > o.LastSnapshotDay ? LastSnapshotDay : o.LastSnapshotDay;
            }
        }

        Snapshots = LedgerOverflow.Add(Snapshots, o.Snapshots, nameof(Snapshots));
        InStockSnapshots = LedgerOverflow.Add(InStockSnapshots, o.InStockSnapshots, nameof(InStockSnapshots));
        InventoryUnits = LedgerOverflow.Add(InventoryUnits, o.InventoryUnits, nameof(InventoryUnits));
        InventoryCost = LedgerOverflow.Add(InventoryCost, o.InventoryCost, nameof(InventoryCost));
        SnapshotsWithoutCost = LedgerOverflow.Add(SnapshotsWithoutCost, o.SnapshotsWithoutCost, nameof(SnapshotsWithoutCost));
    }

    internal readonly bool ValueEquals(in Accumulator o) =>
        OrderLines == o.OrderLines && Orders == o.Orders && Units == o.Units && ItemPrice == o.ItemPrice && Discount == o.Discount
        && Tax == o.Tax && Fees == o.Fees && FixedCosts == o.FixedCosts && Cogs == o.Cogs && UnitsWithoutCost == o.UnitsWithoutCost
        && Refunds == o.Refunds && ReturnedUnits == o.ReturnedUnits && ResellableUnits == o.ResellableUnits && Refunded == o.Refunded
        && RefundedTax == o.RefundedTax && CogsReturned == o.CogsReturned && AdSpend == o.AdSpend && AdSales == o.AdSales
        && AdOrders == o.AdOrders && Impressions == o.Impressions && Clicks == o.Clicks && Sessions == o.Sessions && Reviews == o.Reviews
        && RatingSum == o.RatingSum && PositiveReviews == o.PositiveReviews && Snapshots == o.Snapshots && InStockSnapshots == o.InStockSnapshots
        && InventoryUnits == o.InventoryUnits && InventoryCost == o.InventoryCost && SnapshotsWithoutCost == o.SnapshotsWithoutCost
        && (Snapshots == 0 || (FirstSnapshotDay == o.FirstSnapshotDay && LastSnapshotDay == o.LastSnapshotDay));
}
