using System;
using System.Text;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// Computes restock plans: safety stock, reorder point, days of cover, projected stock-out date with inbound shipments, the order quantity
/// for lead time plus review period, its economic-order-quantity variant, and the split between sea and emergency air.
/// </summary>
/// <remarks>
/// <para>Formulas (d = average daily demand, σd = its standard deviation, L = mean lead time in days, σL = its standard deviation,
/// z = the service level's normal quantile, R = review period in days, IP = on hand + inbound):</para>
/// <list type="bullet">
/// <item>safety stock SS = max(0, z × √(L × σd² + d² × σL²))</item>
/// <item>reorder point ROP = d × L + SS</item>
/// <item>order quantity Q = ⌈max(0, d × (L + R) + SS − IP)⌉</item>
/// <item>EOQ = √(2 × 365 × d × S ÷ H) for ordering cost S and annual holding cost per unit H</item>
/// </list>
/// <para>Pure: results depend only on the arguments; "today" is a parameter. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RestockPlanner
{
    /// <summary>Creates a planner.</summary>
    /// <param name="policy">The restock policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public RestockPlanner(RestockPolicy policy) => Policy = Preconditions.CheckNotNull(policy, nameof(policy));

    /// <summary>The policy.</summary>
    public RestockPolicy Policy { get; }

    /// <summary>Plans with the lead time of <paramref name="route"/> for an order placed today (closures from <paramref name="calendar"/> added when given).</summary>
    /// <param name="demand">The demand estimate.</param>
    /// <param name="route">The supply route.</param>
    /// <param name="stock">The stock position today.</param>
    /// <param name="today">The planning day.</param>
    /// <param name="calendar">The calendar whose factory closures extend the lead time, or null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An inbound shipment is sellable before <paramref name="today"/>.</exception>
    public RestockPlan Plan(DemandEstimate demand, SupplyRoute route, StockPosition stock, LocalDate today, RetailCalendar? calendar = null)
    {
        Preconditions.CheckNotNull(route, nameof(route));
        return Plan(demand, route.Estimate(today, calendar), stock, today);
    }

    /// <summary>Plans one SKU.</summary>
    /// <param name="demand">The demand estimate.</param>
    /// <param name="leadTime">The lead time from order to sellable.</param>
    /// <param name="stock">The stock position today.</param>
    /// <param name="today">The planning day.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An inbound shipment is sellable before <paramref name="today"/> (count it on hand instead).</exception>
    public RestockPlan Plan(DemandEstimate demand, LeadTimeEstimate leadTime, StockPosition stock, LocalDate today)
    {
        Preconditions.CheckNotNull(demand, nameof(demand));
        Preconditions.CheckNotNull(leadTime, nameof(leadTime));
        Preconditions.CheckNotNull(stock, nameof(stock));
        foreach (InboundShipment s in stock.Inbound)
        {
            if (s.SellableFrom < today)
            {
                throw new ArgumentException(
                    $"stock has an inbound shipment ({s}) sellable before today {IsoDate.Format(today)}; count those units in onHand.", nameof(stock));
            }
        }

        decimal d = demand.AverageDailyUnits;
        decimal sd = demand.StandardDeviation;
        decimal l = leadTime.MeanDays;
        decimal sl = leadTime.StandardDeviationDays;
        decimal z = Policy.ServiceLevel.Z;
        int r = Policy.ReviewPeriodDays;

        decimal sigmaLt = InventoryMath.Sqrt((l * sd * sd) + (d * d * sl * sl));
        decimal ssRaw = z * sigmaLt;
        decimal ss = ssRaw < 0m ? 0m : ssRaw;
        var safety = new PlanFigure(
            "safety stock",
            ss,
            "units",
            "SS = z × √(L × σd² + d² × σL²)" + (ssRaw < 0m ? ", floored at 0 (service level below 50 % gives z < 0)" : string.Empty),
            InventoryMath.F4(z) + " × √(" + InventoryMath.F(l) + " × " + InventoryMath.F4(sd) + "² + " + InventoryMath.F4(d) + "² × " + InventoryMath.F4(sl) + "²) = " +
            InventoryMath.F4(z) + " × " + InventoryMath.F4(sigmaLt) + " = " + InventoryMath.F(ss) + " (service level " + Policy.ServiceLevel + "; " + leadTime.Basis + ")");

        decimal ltd = d * l;
        var leadTimeDemand = new PlanFigure("lead-time demand", ltd, "units", "d × L", InventoryMath.F4(d) + " × " + InventoryMath.F(l) + " = " + InventoryMath.F(ltd));
        decimal rop = ltd + ss;
        var reorderPoint = new PlanFigure("reorder point", rop, "units", "ROP = d × L + SS", InventoryMath.F(ltd) + " + " + InventoryMath.F(ss) + " = " + InventoryMath.F(rop));

        PlanFigure? cover = null;
        PlanFigure? coverInbound = null;
        if (d > 0m)
        {
            cover = new PlanFigure("days of cover", stock.OnHand / d, "days", "on hand ÷ d", InventoryMath.I(stock.OnHand) + " ÷ " + InventoryMath.F4(d) + " = " + InventoryMath.F(stock.OnHand / d));
            coverInbound = new PlanFigure(
                "days of cover with inbound",
                stock.InventoryPosition / d,
                "days",
                "(on hand + inbound) ÷ d",
                "(" + InventoryMath.I(stock.OnHand) + " + " + InventoryMath.I(stock.InboundUnits) + ") ÷ " + InventoryMath.F4(d) + " = " + InventoryMath.F(stock.InventoryPosition / d));
        }

        LocalDate? stockOut = ProjectStockOut(d, stock, today, out string stockOutWhy);

        decimal target = (d * (l + r)) + ss;
        decimal need = target - stock.InventoryPosition;
        int q = need > 0m ? InventoryMath.CeilingToInt(need) : 0;
        var order = new PlanFigure(
            "order quantity",
            q,
            "units",
            "Q = ⌈max(0, d × (L + R) + SS − (on hand + inbound))⌉",
            InventoryMath.F4(d) + " × (" + InventoryMath.F(l) + " + " + InventoryMath.I(r) + ") + " + InventoryMath.F(ss) + " − " + InventoryMath.I(stock.InventoryPosition) +
            " = " + InventoryMath.F(need) + " → " + InventoryMath.I(q));

        PlanFigure? eoq = null;
        PlanFigure? eoqOrder = null;
        if (Policy.OrderingCost is { } sCost && Policy.AnnualHoldingCostPerUnit is { } hCost)
        {
            decimal annual = d * 365m;
            decimal e = InventoryMath.Sqrt(2m * annual * sCost.Amount / hCost.Amount);
            eoq = new PlanFigure(
                "economic order quantity",
                e,
                "units",
                "EOQ = √(2 × D × S ÷ H), D = 365 × d",
                "√(2 × " + InventoryMath.F(annual) + " × " + sCost + " ÷ " + hCost + ") = " + InventoryMath.F(e));
            int eUnits = InventoryMath.CeilingToInt(e);
            int toOrder = q == 0 ? 0 : Math.Max(q, eUnits);
            eoqOrder = new PlanFigure(
                "order quantity (EOQ variant)",
                toOrder,
                "units",
                "0 when Q = 0, otherwise max(Q, ⌈EOQ⌉)",
                q == 0 ? "Q = 0 → 0" : "max(" + InventoryMath.I(q) + ", " + InventoryMath.I(eUnits) + ") = " + InventoryMath.I(toOrder));
        }

        return new RestockPlan(today, demand, leadTime, stock, Policy, safety, leadTimeDemand, reorderPoint, cover, coverInbound, stockOut, stockOutWhy, order, eoq, eoqOrder);
    }

    /// <summary>
    /// Splits the plan's replenishment between sea (the plan's lead time) and an emergency air top-up: when the sea order placed today would
    /// become sellable after the projected stock-out, air carries the demand from the stock-out (or the air arrival, if later) until the
    /// sea arrival, d units a day, rounded up; sea carries the rest of the order quantity.
    /// </summary>
    /// <param name="seaPlan">A plan made with the sea lead time.</param>
    /// <param name="airLeadTime">The lead time by air from order to sellable.</param>
    /// <returns>The split with its explanation.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static ReplenishmentSplit SplitSeaAndAir(RestockPlan seaPlan, LeadTimeEstimate airLeadTime)
    {
        Preconditions.CheckNotNull(seaPlan, nameof(seaPlan));
        Preconditions.CheckNotNull(airLeadTime, nameof(airLeadTime));
        LocalDate today = seaPlan.Today;
        LocalDate sea = today.PlusDays(InventoryMath.CeilingToInt(seaPlan.LeadTime.MeanDays));
        LocalDate air = today.PlusDays(InventoryMath.CeilingToInt(airLeadTime.MeanDays));
        int q = (int)seaPlan.OrderQuantity.Value;
        decimal d = seaPlan.Demand.AverageDailyUnits;
        LocalDate? stockOut = seaPlan.ProjectedStockOut;
        if (stockOut is null)
        {
            return new ReplenishmentSplit(q, 0, sea, air, null, 0, "no stock-out projected: everything by sea");
        }

        LocalDate so = stockOut.Value;
        if (so >= sea)
        {
            return new ReplenishmentSplit(q, 0, sea, air, stockOut, 0, "stock lasts until " + IsoDate.Format(so) + ", on or after the sea arrival " + IsoDate.Format(sea) + ": everything by sea");
        }

        LocalDate bridgeStart = air > so ? air : so;
        int bridgeDays = bridgeStart < sea ? Period.DaysBetween(bridgeStart, sea) : 0;
        int airUnits = InventoryMath.CeilingToInt(d * bridgeDays);
        LocalDate coverFrom = air < sea ? air : sea;
        int uncovered = coverFrom > so ? Period.DaysBetween(so, coverFrom) : 0;
        int seaUnits = Math.Max(0, q - airUnits);
        var text = new StringBuilder();
        text.Append("stock-out ").Append(IsoDate.Format(so)).Append(" before sea arrival ").Append(IsoDate.Format(sea))
            .Append("; air sellable ").Append(IsoDate.Format(air)).Append(": air = ⌈").Append(InventoryMath.F4(d)).Append(" × ")
            .Append(InventoryMath.I(bridgeDays)).Append(" days (").Append(IsoDate.Format(bridgeStart)).Append(" → ").Append(IsoDate.Format(sea))
            .Append(")⌉ = ").Append(InventoryMath.I(airUnits)).Append(", sea = max(0, ").Append(InventoryMath.I(q)).Append(" − ")
            .Append(InventoryMath.I(airUnits)).Append(") = ").Append(InventoryMath.I(seaUnits));
        if (uncovered > 0)
        {
            text.Append("; ").Append(InventoryMath.I(uncovered)).Append(" days out of stock even by air");
        }

        return new ReplenishmentSplit(seaUnits, airUnits, sea, air, stockOut, uncovered, text.ToString());
    }

    private static LocalDate? ProjectStockOut(decimal d, StockPosition stock, LocalDate today, out string why)
    {
        if (d <= 0m)
        {
            why = "velocity is zero: no stock-out projected";
            return null;
        }

        // Day k (0 = today) is short when available − d × (k + 1) < 0, i.e. k = ⌊available ÷ d⌋; shipments add to available from their sellable day.
        var inbound = new InboundShipment[stock.Inbound.Count];
        for (int i = 0; i < inbound.Length; i++)
        {
            inbound[i] = stock.Inbound[i];
        }

        Array.Sort(inbound, static (a, b) => a.SellableFrom.CompareTo(b.SellableFrom));
        decimal available = stock.OnHand;
        var text = new StringBuilder();
        text.Append("on hand ").Append(InventoryMath.I(stock.OnHand));
        long k = (long)decimal.Floor(available / d);
        foreach (InboundShipment s in inbound)
        {
            int a = Period.DaysBetween(today, s.SellableFrom);
            if (k < a)
            {
                break;
            }

            available += s.Units;
            text.Append(" + ").Append(InventoryMath.I(s.Units)).Append(" sellable ").Append(IsoDate.Format(s.SellableFrom));
            k = (long)decimal.Floor(available / d);
        }

        if (k > 3_000_000)
        {
            why = text.Append(" lasts beyond the calendar at ").Append(InventoryMath.F4(d)).Append(" units/day: no stock-out projected").ToString();
            return null;
        }

        LocalDate date = today.PlusDays((int)k);
        why = text.Append(" = ").Append(InventoryMath.F(available)).Append(" units at ").Append(InventoryMath.F4(d))
            .Append(" units/day: first short day = today + ⌊").Append(InventoryMath.F(available)).Append(" ÷ ").Append(InventoryMath.F4(d))
            .Append("⌋ = ").Append(IsoDate.Format(date)).ToString();
        return date;
    }
}
