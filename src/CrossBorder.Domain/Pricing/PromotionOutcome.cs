using System.Globalization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>A promotion's effect per unit, and the sales uplift it needs to keep the same total profit. Immutable.</summary>
public sealed class PromotionOutcome
{
    internal PromotionOutcome(Promotion promotion, UnitEconomics regular, UnitEconomics promotional)
    {
        Promotion = promotion;
        Regular = regular;
        Promotional = promotional;
        decimal before = regular.NetProfit.Amount;
        decimal after = promotional.NetProfit.Amount;
        if (before <= 0m)
        {
            Reason = "The regular price makes no profit, so there is no profit to keep; the promotion changes the loss per unit from "
                + regular.NetProfit.ToString(null, CultureInfo.InvariantCulture) + " to " + promotional.NetProfit.ToString(null, CultureInfo.InvariantCulture) + ".";
        }
        else if (after <= 0m)
        {
            Reason = "At the promotional price each unit makes " + promotional.NetProfit.ToString(null, CultureInfo.InvariantCulture)
                + ", so no sales uplift keeps the same total profit.";
        }
        else
        {
            UpliftNeeded = Percentage.FromFraction(System.Math.Round((before / after) - 1m, 6, System.MidpointRounding.AwayFromZero));
        }
    }

    /// <summary>The promotion.</summary>
    public Promotion Promotion { get; }

    /// <summary>Unit economics at the list price.</summary>
    public UnitEconomics Regular { get; }

    /// <summary>Unit economics at the promotional price, with the promotion's fees as a line.</summary>
    public UnitEconomics Promotional { get; }

    /// <summary>Profit per unit lost to the promotion.</summary>
    public Money ProfitChangePerUnit => Promotional.NetProfit - Regular.NetProfit;

    /// <summary>Extra units (as a share of regular sales) needed to earn the same total profit; null when none can.</summary>
    public Percentage? UpliftNeeded { get; }

    /// <summary>Why no uplift is given, or null.</summary>
    public string? Reason { get; }
}
