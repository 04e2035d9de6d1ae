using System;
using System.Collections.Generic;
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
    /// <summary>How far the day-by-day stock-out projection with an outlook looks ahead (ten years).</summary>
    private const int MaxSimulatedDays = 3_653;

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
    /// <param name="outlook">Seasonality and event uplifts applied to projected demand, or null for the flat velocity.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An inbound shipment is sellable before <paramref name="today"/>.</exception>
    public RestockPlan Plan(DemandEstimate demand, SupplyRoute route, StockPosition stock, LocalDate today, RetailCalendar? calendar = null, DemandOutlook? outlook = null)
    {
        Preconditions.CheckNotNull(route, nameof(route));
        return Plan(demand, route.Estimate(today, calendar), stock, today, outlook);
    }

    /// <summary>Plans one SKU with the flat velocity.</summary>
    /// <param name="demand">The demand estimate.</param>
    /// <param name="leadTime">The lead time from order to sellable.</param>
    /// <param name="stock">The stock position today.</param>
    /// <param name="today">The planning day.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An inbound shipment is sellable before <paramref name="today"/> (count it on hand instead).</exception>
    public RestockPlan Plan(DemandEstimate demand, LeadTimeEstimate leadTime, StockPosition stock, LocalDate today) => Plan(demand, leadTime, stock, today, null);

    /// <summary>
    /// Plans one SKU; with an <paramref name="outlook"/>, demand over the lead time and the review period is the sum of projected daily
    /// demand (seasonality and event uplifts, see <see cref="DemandOutlook"/>) and safety stock scales with the lead-time multiplier.
    /// </summary>
    /// <param name="demand">The demand estimate.</param>
    /// <param name="leadTime">The lead time from order to sellable.</param>
    /// <param name="stock">The stock position today.</param>
    /// <param name="today">The planning day.</param>
    /// <param name="outlook">Seasonality and event uplifts, or null for the flat velocity.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An inbound shipment is sellable before <paramref name="today"/> (count it on hand instead).</exception>
    public RestockPlan Plan(DemandEstimate demand, LeadTimeEstimate leadTime, StockPosition stock, LocalDate today, DemandOutlook? outlook)
    {
        Preconditions.CheckNotNull(demand, nameof(demand));
        Preconditions.CheckNotNull(leadTime, nameof(leadTime));
        Preconditions.CheckNotNull(stock, nameof(stock));
        IReadOnlyList<InboundShipment> inboundList = stock.Inbound;
        for (int i = 0; i < inboundList.Count; i++)
        {
            InboundShipment s = inboundList[i];
            if (s.SellableFrom < today)
            {
                throw new ArgumentException(
                    $"stock has an inbound shipment ({s}) sellable before today {IsoDate.Format(today)}; count those units in onHand.", nameof(stock));
            }
        }

        // All numbers first; the explanation texts are built from `w` only when someone reads them.
        var w = new Workings(demand, leadTime, stock, Policy);
        decimal d = w.D;
        decimal l = w.L;
        int r = w.R;
        w.SigmaLt = InventoryMath.Sqrt((l * w.Sd * w.Sd) + (d * d * w.Sl * w.Sl));
        w.SsRaw = w.Z * w.SigmaLt;

        DemandCurve curve;
        AppliedEventUplift[]? applied = null;
        PlanFigure? multiplier = null;
        if (outlook is null)
        {
            curve = new DemandCurve(d, null);
            w.Ltd = d * l;
            w.Dlr = d * (l + r);
            w.Ml = 1m;
        }
        else
        {
            decimal windowFactor = 1m;
            if (outlook.Seasonality is { } index && demand.Window is { } window)
            {
                windowFactor = index.AverageFactor(window.Start, window.Length);
            }

            w.WindowFactor = windowFactor;
            curve = new DemandCurve(d / windowFactor, outlook);
            applied = Horizon(curve, today, l, l + r, out w.Ltd, out w.Dlr);
            decimal flatL = d * l;
            w.Ml = flatL > 0m ? w.Ltd / flatL : 1m;
            decimal flatLr = d * (l + r);
            w.Mlr = flatLr > 0m ? w.Dlr / flatLr : 1m;
            w.Outlook = outlook;
            w.Applied = applied;
            w.Today = today;
            multiplier = new PlanFigure(
                "demand multiplier",
                w.Mlr,
                "×",
                "M = projected demand over L + R ÷ (d × (L + R)); projected day t = d ÷ S̄window × S(t) × U(t)",
                w,
                static o => ((Workings)o).MultiplierText());
        }

        decimal ssScaled = w.Ml * w.SsRaw;
        w.Ss = ssScaled < 0m ? 0m : ssScaled;
        var safety = new PlanFigure("safety stock", w.Ss, "units", outlook is null ? SafetyRule(w.SsRaw) : SafetyRuleAdjusted(w.SsRaw), w, static o => ((Workings)o).SafetyText());
        var leadTimeDemand = new PlanFigure(
            "lead-time demand", w.Ltd, "units", outlook is null ? "d × L" : "Σ projected daily demand over L", w, static o => ((Workings)o).LeadTimeDemandText());
        w.Rop = w.Ltd + w.Ss;
        var reorderPoint = new PlanFigure("reorder point", w.Rop, "units", "ROP = lead-time demand + SS", w, static o => ((Workings)o).ReorderText());

        PlanFigure? cover = null;
        PlanFigure? coverInbound = null;
        if (d > 0m)
        {
            cover = new PlanFigure("days of cover", stock.OnHand / d, "days", "on hand ÷ d", w, static o => ((Workings)o).CoverText());
            coverInbound = new PlanFigure("days of cover with inbound", stock.InventoryPosition / d, "days", "(on hand + inbound) ÷ d", w, static o => ((Workings)o).CoverInboundText());
        }

        LocalDate? stockOut = curve.IsFlat ? ProjectStockOut(d, stock, today, null) : SimulateStockOut(curve, stock, today, null);

        w.Need = w.Dlr + w.Ss - stock.InventoryPosition;
        w.Q = w.Need > 0m ? InventoryMath.CeilingToInt(w.Need, nameof(demand), "an order quantity") : 0;
        var order = new PlanFigure(
            "order quantity",
            w.Q,
            "units",
            outlook is null ? "Q = ⌈max(0, d × (L + R) + SS − (on hand + inbound))⌉" : "Q = ⌈max(0, projected demand over L + R + SS − (on hand + inbound))⌉",
            w,
            static o => ((Workings)o).OrderText());

        PlanFigure? eoq = null;
        PlanFigure? eoqOrder = null;
        if (Policy.OrderingCost is { } sCost && Policy.AnnualHoldingCostPerUnit is { } hCost)
        {
            w.Annual = d * 365m;
            w.Eoq = InventoryMath.Sqrt(2m * w.Annual * sCost.Amount / hCost.Amount);
            eoq = new PlanFigure("economic order quantity", w.Eoq, "units", "EOQ = √(2 × D × S ÷ H), D = 365 × d", w, static o => ((Workings)o).EoqText());
            w.EoqUnits = InventoryMath.CeilingToInt(w.Eoq, nameof(demand), "an economic order quantity");
            w.EoqOrder = w.Q == 0 ? 0 : Math.Max(w.Q, w.EoqUnits);
            eoqOrder = new PlanFigure("order quantity (EOQ variant)", w.EoqOrder, "units", "0 when Q = 0, otherwise max(Q, ⌈EOQ⌉)", w, static o => ((Workings)o).EoqOrderText());
        }

        return new RestockPlan(
            today, demand, leadTime, stock, Policy, curve, safety, leadTimeDemand, reorderPoint, cover, coverInbound, stockOut, ExplainStockOut, order, eoq, eoqOrder, multiplier, applied);
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
        LocalDate sea = today.PlusDays(InventoryMath.CeilingToInt(seaPlan.LeadTime.MeanDays, nameof(seaPlan), "a lead time in days"));
        LocalDate air = today.PlusDays(InventoryMath.CeilingToInt(airLeadTime.MeanDays, nameof(airLeadTime), "a lead time in days"));
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
        int airUnits = InventoryMath.CeilingToInt(d * bridgeDays, nameof(seaPlan), "air-bridge units");
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

    private static string SafetyRule(decimal ssRaw) =>
        ssRaw < 0m ? "SS = z × √(L × σd² + d² × σL²), floored at 0 (service level below 50 % gives z < 0)" : "SS = z × √(L × σd² + d² × σL²)";

    private static string SafetyRuleAdjusted(decimal ssRaw) =>
        ssRaw < 0m ? "SS = M_L × z × √(L × σd² + d² × σL²), floored at 0 (service level below 50 % gives z < 0)" : "SS = M_L × z × √(L × σd² + d² × σL²), M_L = lead-time demand ÷ (d × L)";

    /// <summary>Sums projected demand over the first <paramref name="lead"/> and <paramref name="leadAndReview"/> days (fractional last day weighted) and lists the events that applied.</summary>
    private static AppliedEventUplift[]? Horizon(DemandCurve curve, LocalDate today, decimal lead, decimal leadAndReview, out decimal leadDemand, out decimal horizonDemand)
    {
        DemandOutlook o = curve.Outlook!;
        int wholeL = (int)decimal.Floor(lead);
        decimal fracL = lead - wholeL;
        int wholeH = (int)decimal.Floor(leadAndReview);
        decimal fracH = leadAndReview - wholeH;
        decimal cum = 0m;
        leadDemand = 0m;
        horizonDemand = 0m;
        List<(DemandOutlook.Occurrence Occurrence, int Days)>? hits = null;
        LocalDate date = today;
        for (int k = 0; k <= wholeH; k++, date = date.PlusDays(1))
        {
            decimal daily = curve.Level * o.SeasonalFactor(date) * o.EventMultiplier(date, out DemandOutlook.Occurrence? hit);
            if (k == wholeL)
            {
                leadDemand = cum + (fracL * daily);
            }

            if (k == wholeH)
            {
                horizonDemand = cum + (fracH * daily);
                if (fracH == 0m)
                {
                    break;
                }
            }

            if (hit is not null)
            {
                hits ??= new List<(DemandOutlook.Occurrence, int)>();
                int at = hits.FindIndex(h => ReferenceEquals(h.Occurrence, hit));
                if (at < 0)
                {
                    hits.Add((hit, 1));
                }
                else
                {
                    hits[at] = (hit, hits[at].Days + 1);
                }
            }

            cum += daily;
        }

        if (hits is null)
        {
            return null;
        }

        var result = new AppliedEventUplift[hits.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new AppliedEventUplift(hits[i].Occurrence.Event, hits[i].Occurrence.Uplift, hits[i].Days);
        }

        return result;
    }

    private static string ExplainStockOut(RestockPlan plan)
    {
        var text = new StringBuilder();
        if (plan.Curve.IsFlat)
        {
            ProjectStockOut(plan.Demand.AverageDailyUnits, plan.Stock, plan.Today, text);
        }
        else
        {
            SimulateStockOut(plan.Curve, plan.Stock, plan.Today, text);
        }

        return text.ToString();
    }

    private static InboundShipment[] SortedInbound(StockPosition stock)
    {
        IReadOnlyList<InboundShipment> list = stock.Inbound;
        if (list.Count == 0)
        {
            return Array.Empty<InboundShipment>();
        }

        var inbound = new InboundShipment[list.Count];
        for (int i = 0; i < inbound.Length; i++)
        {
            inbound[i] = list[i];
        }

        if (inbound.Length > 1)
        {
            Array.Sort(inbound, static (a, b) => a.SellableFrom.CompareTo(b.SellableFrom));
        }

        return inbound;
    }

    private static LocalDate? SimulateStockOut(DemandCurve curve, StockPosition stock, LocalDate today, StringBuilder? text)
    {
        text?.Append("on hand ").Append(InventoryMath.I(stock.OnHand));
        if (curve.Level <= 0m)
        {
            text?.Clear().Append("velocity is zero: no stock-out projected");
            return null;
        }

        InboundShipment[] inbound = SortedInbound(stock);
        decimal available = stock.OnHand;
        decimal used = 0m;
        int next = 0;
        int nextArrival = inbound.Length > 0 ? Period.DaysBetween(today, inbound[0].SellableFrom) : int.MaxValue;
        DemandCurve.Cursor demand = curve.From(today);
        for (int k = 0; k < MaxSimulatedDays; k++)
        {
            while (nextArrival <= k)
            {
                available += inbound[next].Units;
                text?.Append(" + ").Append(InventoryMath.I(inbound[next].Units)).Append(" sellable ").Append(IsoDate.Format(inbound[next].SellableFrom));
                next++;
                nextArrival = next < inbound.Length ? Period.DaysBetween(today, inbound[next].SellableFrom) : int.MaxValue;
            }

            used += demand.Next();
            if (available - used < 0m)
            {
                LocalDate date = today.PlusDays(k);
                text?.Append(" = ").Append(InventoryMath.F(available)).Append(" units against projected demand (seasonality and event uplifts, day by day): cumulative demand ")
                    .Append(InventoryMath.F(used)).Append(" exceeds it on ").Append(IsoDate.Format(date));
                return date;
            }
        }

        text?.Append(" = ").Append(InventoryMath.F(available)).Append(" units outlast ").Append(InventoryMath.I(MaxSimulatedDays)).Append(" days of projected demand: no stock-out projected");
        return null;
    }

    private static LocalDate? ProjectStockOut(decimal d, StockPosition stock, LocalDate today, StringBuilder? text)
    {
        if (d <= 0m)
        {
            text?.Append("velocity is zero: no stock-out projected");
            return null;
        }

        // Day k (0 = today) is short when available − d × (k + 1) < 0, i.e. k = ⌊available ÷ d⌋; shipments add to available from their sellable day.
        InboundShipment[] inbound = SortedInbound(stock);
        decimal available = stock.OnHand;
        text?.Append("on hand ").Append(InventoryMath.I(stock.OnHand));
        long k = (long)decimal.Floor(available / d);
        foreach (InboundShipment s in inbound)
        {
            int a = Period.DaysBetween(today, s.SellableFrom);
            if (k < a)
            {
                break;
            }

            available += s.Units;
            text?.Append(" + ").Append(InventoryMath.I(s.Units)).Append(" sellable ").Append(IsoDate.Format(s.SellableFrom));
            k = (long)decimal.Floor(available / d);
        }

        if (k > 3_000_000)
        {
            text?.Append(" lasts beyond the calendar at ").Append(InventoryMath.F4(d)).Append(" units/day: no stock-out projected");
            return null;
        }

        LocalDate date = today.PlusDays((int)k);
        text?.Append(" = ").Append(InventoryMath.F(available)).Append(" units at ").Append(InventoryMath.F4(d))
            .Append(" units/day: first short day = today + ⌊").Append(InventoryMath.F(available)).Append(" ÷ ").Append(InventoryMath.F4(d))
            .Append("⌋ = ").Append(IsoDate.Format(date));
        return date;
    }

    /// <summary>The inputs and intermediate numbers of one plan, kept so that the explanation texts can be built on first read.</summary>
    private sealed class Workings
    {
        internal Workings(DemandEstimate demand, LeadTimeEstimate leadTime, StockPosition stock, RestockPolicy policy)
        {
            D = demand.AverageDailyUnits;
            Sd = demand.StandardDeviation;
            L = leadTime.MeanDays;
            Sl = leadTime.StandardDeviationDays;
            Z = policy.ServiceLevel.Z;
            R = policy.ReviewPeriodDays;
            Stock = stock;
            Policy = policy;
            LeadTime = leadTime;
        }

        internal decimal D { get; }

        internal decimal Sd { get; }

        internal decimal L { get; }

        internal decimal Sl { get; }

        internal decimal Z { get; }

        internal int R { get; }

        internal StockPosition Stock { get; }

        internal RestockPolicy Policy { get; }

        internal LeadTimeEstimate LeadTime { get; }

        internal decimal SigmaLt { get; set; }

        internal decimal SsRaw { get; set; }

        internal decimal Ss { get; set; }

        internal decimal Ltd;

        internal decimal Dlr;

        internal decimal Ml { get; set; } = 1m;

        internal decimal Mlr { get; set; } = 1m;

        internal decimal WindowFactor { get; set; } = 1m;

        internal DemandOutlook? Outlook { get; set; }

        internal AppliedEventUplift[]? Applied { get; set; }

        internal LocalDate Today { get; set; }

        internal decimal Rop { get; set; }

        internal decimal Need { get; set; }

        internal int Q { get; set; }

        internal decimal Annual { get; set; }

        internal decimal Eoq { get; set; }

        internal int EoqUnits { get; set; }

        internal int EoqOrder { get; set; }

        internal string SafetyText()
        {
            string core = InventoryMath.F4(Z) + " × √(" + InventoryMath.F(L) + " × " + InventoryMath.F4(Sd) + "² + " + InventoryMath.F4(D) + "² × " + InventoryMath.F4(Sl) + "²) = " +
                InventoryMath.F4(Z) + " × " + InventoryMath.F4(SigmaLt);
            string tail = " (service level " + Policy.ServiceLevel + "; " + LeadTime.Basis + ")";
            return Outlook is null
                ? core + " = " + InventoryMath.F(Ss) + tail
                : InventoryMath.F4(Ml) + " × " + core + " = " + InventoryMath.F(Ss) + tail;
        }

        internal string LeadTimeDemandText() =>
            Outlook is null
                ? InventoryMath.F4(D) + " × " + InventoryMath.F(L) + " = " + InventoryMath.F(Ltd)
                : "Σ over " + InventoryMath.F(L) + " days of " + InventoryMath.F4(D) + " ÷ " + InventoryMath.F4(WindowFactor) + " × S(t) × U(t) = " + InventoryMath.F(Ltd) +
                  " (M_L = " + InventoryMath.F(Ltd) + " ÷ (" + InventoryMath.F4(D) + " × " + InventoryMath.F(L) + ") = " + InventoryMath.F4(Ml) + ")";

        internal string ReorderText() => InventoryMath.F(Ltd) + " + " + InventoryMath.F(Ss) + " = " + InventoryMath.F(Rop);

        internal string CoverText() => InventoryMath.I(Stock.OnHand) + " ÷ " + InventoryMath.F4(D) + " = " + InventoryMath.F(Stock.OnHand / D);

        internal string CoverInboundText() =>
            "(" + InventoryMath.I(Stock.OnHand) + " + " + InventoryMath.I(Stock.InboundUnits) + ") ÷ " + InventoryMath.F4(D) + " = " + InventoryMath.F(Stock.InventoryPosition / D);

        internal string OrderText() =>
            (Outlook is null
                ? InventoryMath.F4(D) + " × (" + InventoryMath.F(L) + " + " + InventoryMath.I(R) + ")"
                : "Σ over " + InventoryMath.F(L) + " + " + InventoryMath.I(R) + " days = " + InventoryMath.F(Dlr)) +
            " + " + InventoryMath.F(Ss) + " − " + InventoryMath.I(Stock.InventoryPosition) + " = " + InventoryMath.F(Need) + " → " + InventoryMath.I(Q);

        internal string EoqText() =>
            "√(2 × " + InventoryMath.F(Annual) + " × " + Policy.OrderingCost + " ÷ " + Policy.AnnualHoldingCostPerUnit + ") = " + InventoryMath.F(Eoq);

        internal string EoqOrderText() => Q == 0 ? "Q = 0 → 0" : "max(" + InventoryMath.I(Q) + ", " + InventoryMath.I(EoqUnits) + ") = " + InventoryMath.I(EoqOrder);

        internal string MultiplierText()
        {
            DemandOutlook o = Outlook!;
            var text = new StringBuilder();
            text.Append(InventoryMath.F(Dlr)).Append(" ÷ (").Append(InventoryMath.F4(D)).Append(" × ").Append(InventoryMath.F(L + R)).Append(") = ").Append(InventoryMath.F4(Mlr));
            if (o.Seasonality is { } s)
            {
                text.Append("; seasonality ").Append(s.Basis).Append(", velocity window average S̄ = ").Append(InventoryMath.F4(WindowFactor));
            }
            else
            {
                text.Append("; no seasonality index");
            }

            if (Applied is { Length: > 0 })
            {
                text.Append("; events: ");
                for (int i = 0; i < Applied.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : "; ").Append(Applied[i]);
                }
            }
            else if (o.Uplifts.Count > 0)
            {
                text.Append("; no uplifted event in the horizon");
            }

            if (o.Uplifts.Count > 0)
            {
                LocalDate end = Today.PlusDays(InventoryMath.CeilingToInt(L + R, "leadTime", "a horizon in days"));
                string missing = string.Join(", ", o.MissingYears(Today.Year, end.Year));
                if (missing.Length > 0)
                {
                    text.Append("; dates not in the calendar (no uplift applied): ").Append(missing);
                }
            }

            return text.ToString();
        }
    }
}
