using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of <see cref="UnitEconomics"/>: one unit sold at one price, from the price down to net profit, with every line
/// explained. Serializing a <see cref="UnitEconomics"/> writes this model.
/// </summary>
/// <param name="Sale">Where, when and how the unit is sold.</param>
/// <param name="Price">The customer price.</param>
/// <param name="NetRevenue">Revenue after VAT or sales tax.</param>
/// <param name="Vat">VAT or sales tax in the price.</param>
/// <param name="MarketplaceFees">Referral and closing fees.</param>
/// <param name="Fulfilment">Fulfilment fees.</param>
/// <param name="Storage">Storage cost per unit.</param>
/// <param name="LandedCost">The landed cost of the unit.</param>
/// <param name="Returns">Expected cost of returns per unit sold.</param>
/// <param name="Payment">Payment and currency-conversion costs.</param>
/// <param name="Advertising">Advertising cost per unit.</param>
/// <param name="Promotion">Promotion cost per unit.</param>
/// <param name="GrossProfit">Net revenue minus landed cost.</param>
/// <param name="Contribution">Gross profit minus variable selling costs.</param>
/// <param name="NetProfit">Profit per unit after every cost modelled.</param>
/// <param name="GrossMargin">Gross profit over net revenue.</param>
/// <param name="NetMargin">Net profit over net revenue.</param>
/// <param name="ReturnOnLandedCost">Net profit over landed cost.</param>
/// <param name="BreakEvenAcos">The advertising cost of sale at which the unit breaks even.</param>
/// <param name="Lines">The waterfall, line by line, with explanations.</param>
public sealed record UnitEconomicsJson(SaleContext Sale, Money Price, Money NetRevenue, Money Vat, Money MarketplaceFees, Money Fulfilment, Money Storage, Money LandedCost, Money Returns, Money Payment, Money Advertising, Money Promotion, Money GrossProfit, Money Contribution, Money NetProfit, Percentage GrossMargin, Percentage NetMargin, Percentage ReturnOnLandedCost, Percentage BreakEvenAcos, IReadOnlyList<BreakdownLineJson> Lines)
{
    /// <summary>The model of <paramref name="economics"/>.</summary>
    /// <param name="economics">The unit economics.</param>
    /// <returns>The model.</returns>
    public static UnitEconomicsJson From(UnitEconomics economics)
    {
        Internal.Preconditions.CheckNotNull(economics, nameof(economics));
        UnitEconomics e = economics;
        return new UnitEconomicsJson(e.Sale, e.Price, e.NetRevenue, e.Vat, e.MarketplaceFees, e.Fulfilment, e.Storage, e.LandedCost, e.Returns, e.Payment, e.Advertising, e.Promotion, e.GrossProfit, e.Contribution, e.NetProfit, e.GrossMargin, e.NetMargin, e.ReturnOnLandedCost, e.BreakEvenAcos, e.Lines.Select(BreakdownLineJson.From).ToArray());
    }
}
