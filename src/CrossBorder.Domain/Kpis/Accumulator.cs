using System.Runtime.InteropServices;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The mergeable sums behind every KPI, in minor units of the reporting currency: a commutative monoid under <see cref="Add"/>
/// with <c>default</c> as identity (the first/last snapshot days are a min/max guarded by the snapshot count). All additions are checked.
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
        checked
        {
            OrderLines += o.OrderLines;
            Orders += o.Orders;
            Units += o.Units;
            ItemPrice += o.ItemPrice;
            Discount += o.Discount;
            Tax += o.Tax;
            Fees += o.Fees;
            FixedCosts += o.FixedCosts;
            Cogs += o.Cogs;
            UnitsWithoutCost += o.UnitsWithoutCost;
            Refunds += o.Refunds;
            ReturnedUnits += o.ReturnedUnits;
            ResellableUnits += o.ResellableUnits;
            Refunded += o.Refunded;
            RefundedTax += o.RefundedTax;
            CogsReturned += o.CogsReturned;
            AdSpend += o.AdSpend;
            AdSales += o.AdSales;
            AdOrders += o.AdOrders;
            Impressions += o.Impressions;
            Clicks += o.Clicks;
            Sessions += o.Sessions;
            Reviews += o.Reviews;
            RatingSum += o.RatingSum;
            PositiveReviews += o.PositiveReviews;
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

            Snapshots += o.Snapshots;
            InStockSnapshots += o.InStockSnapshots;
            InventoryUnits += o.InventoryUnits;
            InventoryCost += o.InventoryCost;
            SnapshotsWithoutCost += o.SnapshotsWithoutCost;
        }
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
