using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Finds refunds larger than the order they refund: more units returned than ordered, or more item price refunded than charged
/// (price − discount), per order and SKU, in the order's currency. Run it before aggregating and leave the rows it reports out
/// (or correct them): the engine itself checks rows one by one and cannot join a refund to its order across partitions.
/// </summary>
/// <remarks>Memory grows with the orders refunded. Stateless and thread-safe.</remarks>
public static class RefundCheck
{
    /// <summary>The refunds that exceed their order, each with the reason; refunds whose order is not among <paramref name="orders"/> are reported too.</summary>
    /// <param name="orders">Order lines (all lines of the refunded orders).</param>
    /// <param name="refunds">Refunds.</param>
    /// <returns>The offending refunds (index in <paramref name="refunds"/>, order id, reason), in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RefundProblem> FindExcessive(IEnumerable<OrderLine> orders, IEnumerable<Refund> refunds)
    {
        Preconditions.CheckNotNull(orders, nameof(orders));
        Preconditions.CheckNotNull(refunds, nameof(refunds));
        var ordered = new Dictionary<(string, int), (long Units, decimal Net, Monetary.Currency Currency)>();
        foreach (OrderLine line in orders)
        {
            var key = (line.OrderId, line.Sku.Index);
            ordered.TryGetValue(key, out var sum);
            ordered[key] = (sum.Units + line.Quantity, sum.Net + line.ItemPriceMinor - line.DiscountMinor, line.Currency);
        }

        var refunded = new Dictionary<(string, int), (long Units, decimal Amount)>();
        var problems = new List<RefundProblem>();
        int index = 0;
        foreach (Refund refund in refunds)
        {
            var key = (refund.OrderId, refund.Sku.Index);
            if (!ordered.TryGetValue(key, out var order))
            {
                problems.Add(new RefundProblem(index++, refund.OrderId, "no order line of this order and SKU was given"));
                continue;
            }

            refunded.TryGetValue(key, out var sum);
            sum = (sum.Units + refund.Quantity, sum.Amount + refund.AmountMinor);
            refunded[key] = sum;
            if (refund.Currency != order.Currency)
            {
                problems.Add(new RefundProblem(index, refund.OrderId, $"refund in {refund.Currency.Code}, order in {order.Currency.Code}"));
            }
            else if (sum.Units > order.Units)
            {
                problems.Add(new RefundProblem(index, refund.OrderId, $"{sum.Units.ToString(CultureInfo.InvariantCulture)} units refunded of {order.Units.ToString(CultureInfo.InvariantCulture)} ordered"));
            }
            else if (sum.Amount > order.Net)
            {
                problems.Add(new RefundProblem(index, refund.OrderId, $"{Minor(sum.Amount, order.Currency).ToString(CultureInfo.InvariantCulture)} refunded of {Minor(order.Net, order.Currency).ToString(CultureInfo.InvariantCulture)} charged"));
            }

            index++;
        }

        return problems.AsReadOnly();
    }

    /// <summary>A sum of minor units as money (decimal: sums of many 64-bit amounts are exact and cannot overflow).</summary>
    private static Monetary.Money Minor(decimal minor, Monetary.Currency currency) =>
        Monetary.Money.Of(minor / DecimalMath.Pow10(currency.MinorUnits!.Value), currency);
}
