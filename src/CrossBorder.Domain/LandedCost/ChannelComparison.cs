using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Compares the cost per unit delivered of one SKU into one market through FBA, an overseas 3PL warehouse and direct parcels, and
/// recommends a channel with the reason.
/// </summary>
/// <remarks>
/// <para>Seed strategy: a steady seller (expected monthly units at or above the user's threshold) is pre-stocked overseas in the
/// cheaper of FBA and the 3PL; a new or long-tail product (below the threshold) ships direct from the origin, which ties no capital
/// in overseas stock and risks no long-term storage. The comparison shows every figure so the user can overrule it.</para>
/// <para>Every input is the user's: first-leg landed cost per unit (from <see cref="LandedCostCalculator"/>), marketplace and 3PL fees,
/// storage rates and months of cover. The library invents none.</para>
/// </remarks>
public static class ChannelComparison
{
    /// <summary>Compares the three channels.</summary>
    /// <param name="request">The SKU, market and channel inputs.</param>
    /// <returns>The costs and the recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">Inputs are in different currencies.</exception>
    public static ChannelRecommendation Compare(ChannelComparisonRequest request)
    {
        Preconditions.CheckNotNull(request, nameof(request));
        ChannelComparisonRequest q = request;
        decimal m3 = q.UnitDimensions.VolumeIn(LengthUnit.Metre);
        var costs = new List<ChannelCost>(3);

        if (q.Fba is { } fba)
        {
            Money fee = fba.FulfilmentFees.GetFulfilmentFee(q.Marketplace, q.UnitDimensions, q.UnitMass, q.Date);
            costs.Add(new ChannelCost(FulfilmentChannel.Fba, new[]
            {
                Part("first leg, landed per unit", fba.FirstLegLandedPerUnit),
                Part("inbound placement per unit", fba.InboundPlacementPerUnit),
                Part("storage per unit (" + Format(q.MonthsOfCover) + " months)", fba.StoragePerUnitPerMonth * q.MonthsOfCover),
                Part("fulfilment fee", fee),
            }, "marketplace fulfilment fee from " + fba.FulfilmentFees.GetType().Name));
        }

        if (q.Warehouse is { } wh)
        {
            costs.Add(new ChannelCost(FulfilmentChannel.OverseasWarehouse, new[]
            {
                Part("first leg, landed per unit", wh.FirstLegLandedPerUnit),
                Part("inbound receiving per unit", wh.InboundPerUnit),
                Part("storage " + Format(m3) + " m³ × " + Format(q.MonthsOfCover) + " months", wh.StoragePerCubicMetrePerMonth * (m3 * q.MonthsOfCover)),
                Part("pick and pack", wh.PickAndPackPerOrder),
                Part("last mile", wh.LastMilePerParcel),
            }, "3PL tariff as given"));
        }

        if (q.Direct is { } direct)
        {
            costs.Add(new ChannelCost(FulfilmentChannel.DirectParcel, new[]
            {
                Part("goods, parcel freight" + (direct.DeliveredDutyPaid ? ", duties and import VAT (DDP)" : " (DDU)"), direct.LandedPerUnit),
            }, direct.DeliveredDutyPaid ? "DDP: the seller pays duty and import VAT" : "DDU: the buyer pays duty and import VAT at the door (conversion risk not priced)"));
        }

        if (costs.Count == 0)
        {
            throw new ArgumentException("request has no channel to compare; give at least one of Fba, Warehouse or Direct.", nameof(request));
        }

        Currency currency = costs[0].PerUnit.Currency;
        foreach (ChannelCost c in costs)
        {
            if (c.PerUnit.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, c.PerUnit.Currency, nameof(request));
            }
        }

        ChannelCost? cheapestPreStocked = null;
        ChannelCost? directCost = null;
        ChannelCost cheapest = costs[0];
        foreach (ChannelCost c in costs)
        {
            if (c.PerUnit < cheapest.PerUnit)
            {
                cheapest = c;
            }

            if (c.Channel.IsPreStocked)
            {
                cheapestPreStocked = cheapestPreStocked is null || c.PerUnit < cheapestPreStocked.PerUnit ? c : cheapestPreStocked;
            }
            else
            {
                directCost = c;
            }
        }

        bool steady = q.ExpectedMonthlyUnits >= q.SteadySellerThreshold;
        string units = Format(q.ExpectedMonthlyUnits) + " units/month";
        ChannelCost chosen;
        string reason;
        if (steady && cheapestPreStocked is not null)
        {
            chosen = cheapestPreStocked;
            reason = $"steady seller ({units} ≥ {Format(q.SteadySellerThreshold)}): pre-stock overseas in the cheaper pre-stocked channel, {chosen.Channel.Name} at {Text(chosen.PerUnit)} per unit"
                + (directCost is not null && directCost.PerUnit < chosen.PerUnit ? $" (direct parcels cost {Text(directCost.PerUnit)}, less, but are slower to deliver)" : string.Empty);
        }
        else if (!steady && directCost is not null)
        {
            chosen = directCost;
            reason = $"new or long-tail product ({units} < {Format(q.SteadySellerThreshold)}): ship direct from origin at {Text(chosen.PerUnit)} per unit; no capital tied in overseas stock"
                + (cheapestPreStocked is not null && cheapestPreStocked.PerUnit < chosen.PerUnit ? $" (pre-stocking in {cheapestPreStocked.Channel.Name} would cost {Text(cheapestPreStocked.PerUnit)} per unit once volume justifies it)" : string.Empty);
        }
        else
        {
            chosen = cheapest;
            reason = $"only the cheapest available channel fits: {chosen.Channel.Name} at {Text(chosen.PerUnit)} per unit ({units})";
        }

        return new ChannelRecommendation(costs, chosen.Channel, reason);
    }

    private static KeyValuePair<string, Money> Part(string name, Money amount) => new(name, amount);

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Text(Money money) => money.ToString(CultureInfo.InvariantCulture);
}
