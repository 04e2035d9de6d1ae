using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Computes a marketplace account's health metrics — order defect rate, late shipment rate, pre-fulfilment cancel rate, valid tracking
/// rate, on-time delivery rate — over the windows and against the targets of <see cref="HealthTargets"/>, with the orders behind each.
/// </summary>
/// <remarks>
/// <para>Windows end on <c>asOf</c> (inclusive) and reach back the target's number of days. Order-correlated metrics (defects,
/// cancellations) count orders by their order date in the marketplace's time zone, as Amazon does: a claim filed today on an order of
/// 50 days ago counts in the 60-day window.</para>
/// <para>Status: failing when the target is not met; at risk when it is met but one more defective order in the window would break it;
/// healthy otherwise; no data without orders. Stateless and thread-safe.</para>
/// </remarks>
public static class StoreHealth
{
    /// <summary>Evaluates every target of the marketplace's platform in force on <paramref name="asOf"/>.</summary>
    /// <param name="data">The orders and order events (rows of other marketplaces are ignored).</param>
    /// <param name="keys">The keys the rows were read with.</param>
    /// <param name="marketplace">The marketplace to evaluate.</param>
    /// <param name="timeZone">The marketplace's time zone (order dates are local dates in it).</param>
    /// <param name="asOf">The last day of every window (usually yesterday).</param>
    /// <param name="targets">The targets; <see cref="HealthTargets.Default"/> when null.</param>
    /// <returns>The report; empty when the platform has no targets in force.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The marketplace key was not issued by <paramref name="keys"/>.</exception>
    public static StoreHealthReport Evaluate(StoreHealthData data, LedgerKeys keys, MarketplaceKey marketplace, DateTimeZone timeZone, LocalDate asOf, HealthTargets? targets = null)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        Preconditions.CheckNotNull(keys, nameof(keys));
        Preconditions.CheckNotNull(timeZone, nameof(timeZone));
        MarketplaceId id = keys.MarketplaceOf(marketplace);
        targets ??= HealthTargets.Default;

        var orders = new Dictionary<string, (LocalDate Date, FulfilledBy Channel)>(StringComparer.Ordinal);
        foreach (OrderLine line in data.Orders)
        {
            if (line.Marketplace == marketplace && line.LineNumber == 1)
            {
                orders[line.OrderId] = (line.OrderedAt.InZone(timeZone).Date, line.Channel);
            }
        }

        var defects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Defect(string order, string reason)
        {
            if (!defects.TryGetValue(order, out List<string>? reasons))
            {
                reasons = new List<string>();
                defects.Add(order, reasons);
            }

            reasons.Add(reason);
        }

        foreach (SellerFeedback feedback in data.Feedback)
        {
            if (feedback.Marketplace == marketplace && feedback.IsNegative)
            {
                Defect(feedback.OrderId, "negative feedback " + feedback.Rating.ToString(CultureInfo.InvariantCulture) + "★");
            }
        }

        foreach (Claim claim in data.Claims)
        {
            if (claim.Marketplace == marketplace && claim.IsDefect)
            {
                Defect(claim.OrderId, (claim.Kind == ClaimKind.Chargeback ? "chargeback " : "A-to-z claim ") + claim.Status.ToString().ToLowerInvariant());
            }
        }

        var sellerCancelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (Cancellation cancellation in data.Cancellations)
        {
            if (cancellation.Marketplace == marketplace && cancellation.Initiator == CancellationInitiator.Seller && cancellation.BeforeShipment)
            {
                sellerCancelled.Add(cancellation.OrderId);
            }
        }

        var shipments = new List<OrderShipment>();
        foreach (OrderShipment shipment in data.Shipments)
        {
            if (shipment.Marketplace == marketplace)
            {
                shipments.Add(shipment);
            }
        }

        var results = new List<HealthMetricResult>();
        foreach (HealthTarget target in targets.For(id.Platform, asOf))
        {
            var window = new DateInterval(asOf.PlusDays(-(target.WindowDays - 1)), asOf);
            var issues = new List<HealthIssue>();
            int count = 0;
            int outOf = 0;
            switch (target.Metric)
            {
                case HealthMetric.OrderDefectRate:
                    foreach (KeyValuePair<string, (LocalDate Date, FulfilledBy Channel)> order in orders)
                    {
                        if (window.Contains(order.Value.Date))
                        {
                            outOf++;
                            if (defects.TryGetValue(order.Key, out List<string>? reasons))
                            {
                                count++;
                                issues.Add(new HealthIssue(order.Key, string.Join(" + ", reasons)));
                            }
                        }
                    }

                    break;
                case HealthMetric.PreFulfilmentCancelRate:
                    foreach (KeyValuePair<string, (LocalDate Date, FulfilledBy Channel)> order in orders)
                    {
                        if (order.Value.Channel == FulfilledBy.Merchant && window.Contains(order.Value.Date))
                        {
                            outOf++;
                            if (sellerCancelled.Contains(order.Key))
                            {
                                count++;
                                issues.Add(new HealthIssue(order.Key, "cancelled by the seller before shipment"));
                            }
                        }
                    }

                    break;
                case HealthMetric.LateShipmentRate:
                    foreach (OrderShipment s in shipments)
                    {
                        if (!window.Contains(s.ExpectedShipDate) || (s.ShippedOn is null && s.ExpectedShipDate >= asOf))
                        {
                            continue; // outside the window, or not yet due
                        }

                        outOf++;
                        if (s.ShippedOn is { } shipped && shipped > s.ExpectedShipDate)
                        {
                            count++;
                            issues.Add(new HealthIssue(s.OrderId, $"ship-confirmed {Days(s.ExpectedShipDate, shipped)} late (due {IsoDate.Format(s.ExpectedShipDate)})"));
                        }
                        else if (s.ShippedOn is null)
                        {
                            count++;
                            issues.Add(new HealthIssue(s.OrderId, $"not ship-confirmed, due {IsoDate.Format(s.ExpectedShipDate)}"));
                        }
                    }

                    break;
                case HealthMetric.ValidTrackingRate:
                    foreach (OrderShipment s in shipments)
                    {
                        if (s.ShippedOn is { } shipped && window.Contains(shipped))
                        {
                            outOf++;
                            if (s.ValidTracking)
                            {
                                count++;
                            }
                            else
                            {
                                issues.Add(new HealthIssue(s.OrderId, $"no valid tracking (shipped {IsoDate.Format(shipped)})"));
                            }
                        }
                    }

                    break;
                default:
                    foreach (OrderShipment s in shipments)
                    {
                        if (!s.ValidTracking || s.PromisedDeliveryDate is not { } promised || !window.Contains(promised) || (s.DeliveredOn is null && promised >= asOf))
                        {
                            continue;
                        }

                        outOf++;
                        if (s.DeliveredOn is { } delivered && delivered <= promised)
                        {
                            count++;
                        }
                        else
                        {
                            issues.Add(new HealthIssue(s.OrderId, s.DeliveredOn is { } late ? $"delivered {Days(promised, late)} late (promised {IsoDate.Format(promised)})" : $"not delivered, promised {IsoDate.Format(promised)}"));
                        }
                    }

                    break;
            }

            issues.Sort(static (a, b) => string.CompareOrdinal(a.OrderId, b.OrderId));
            results.Add(new HealthMetricResult(target, Provenance.Of("store-health-targets", target.Key, target, asOf), window, count, outOf, StatusOf(target, count, outOf), issues.AsReadOnly()));
        }

        return new StoreHealthReport(id, asOf, results.AsReadOnly());
    }

    /// <summary>Failing if the target is not met; at risk if one more defective order would break it.</summary>
    internal static HealthStatus StatusOf(HealthTarget target, int count, int outOf)
    {
        if (outOf == 0)
        {
            return HealthStatus.NoData;
        }

        decimal limit = target.Limit.Fraction;
        if (target.MustStayBelow)
        {
            // count = bad orders. One more bad order: (count + 1) / (outOf + 1).
            return (decimal)count / outOf >= limit ? HealthStatus.Failing
                : (decimal)(count + 1) / (outOf + 1) >= limit ? HealthStatus.AtRisk
                : HealthStatus.Healthy;
        }

        // count = good orders. One more bad order: count / (outOf + 1).
        return (decimal)count / outOf <= limit ? HealthStatus.Failing
            : (decimal)count / (outOf + 1) <= limit ? HealthStatus.AtRisk
            : HealthStatus.Healthy;
    }

    private static string Days(LocalDate from, LocalDate to)
    {
        int days = Period.DaysBetween(from, to);
        return days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days");
    }
}
