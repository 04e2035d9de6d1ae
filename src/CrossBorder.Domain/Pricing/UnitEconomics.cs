using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// What one unit sold at one price in one marketplace on one date leaves the seller, line by line. The lines (VAT, fees,
/// fulfilment, storage, landed cost, returns, payment, advertising, net profit) sum exactly to <see cref="Price"/>.
/// Margins are on revenue net of VAT; ACoS-type ratios are on the price the buyer sees. Immutable.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.UnitEconomicsJsonConverter))]
public sealed class UnitEconomics
{
    internal UnitEconomics(SaleContext sale, Money price, BreakdownLine[] lines, in ListingModel.Totals t)
    {
        Sale = sale;
        Price = price;
        Lines = lines;
        Currency c = price.Currency;
        NetRevenue = new Money(t.Net, c);
        Vat = new Money(t.Vat, c);
        MarketplaceFees = new Money(t.SellingFees, c);
        Fulfilment = new Money(t.Fulfilment, c);
        Storage = new Money(t.Storage, c);
        LandedCost = new Money(t.Landed, c);
        Returns = new Money(t.Returns, c);
        Payment = new Money(t.Payment, c);
        Advertising = new Money(t.Advertising, c);
        Promotion = new Money(t.Promotion, c);
        Contribution = new Money(t.Contribution, c);
        NetProfit = new Money(t.Profit, c);
        GrossProfit = new Money(t.Net - t.Landed, c);
    }

    /// <summary>The sale context.</summary>
    public SaleContext Sale { get; }

    /// <summary>The listing price (including VAT where the marketplace displays it so).</summary>
    public Money Price { get; }

    /// <summary>The breakdown; the amounts sum exactly to <see cref="Price"/>.</summary>
    public IReadOnlyList<BreakdownLine> Lines { get; }

    /// <summary>The price net of VAT.</summary>
    public Money NetRevenue { get; }

    /// <summary>VAT contained in the price.</summary>
    public Money Vat { get; }

    /// <summary>Marketplace fees per sale.</summary>
    public Money MarketplaceFees { get; }

    /// <summary>Fulfilment per unit.</summary>
    public Money Fulfilment { get; }

    /// <summary>Storage per unit.</summary>
    public Money Storage { get; }

    /// <summary>Landed cost per unit.</summary>
    public Money LandedCost { get; }

    /// <summary>Expected return cost per unit sold.</summary>
    public Money Returns { get; }

    /// <summary>Payment and FX costs per unit.</summary>
    public Money Payment { get; }

    /// <summary>Advertising per unit.</summary>
    public Money Advertising { get; }

    /// <summary>Promotion fees per unit (zero outside a promotion).</summary>
    public Money Promotion { get; }

    /// <summary>Net revenue minus landed cost.</summary>
    public Money GrossProfit { get; }

    /// <summary>Contribution per unit before advertising: net revenue minus every cost except advertising.</summary>
    public Money Contribution { get; }

    /// <summary>Net profit per unit: contribution minus advertising.</summary>
    public Money NetProfit { get; }

    /// <summary>Gross profit / net revenue.</summary>
    public Percentage GrossMargin => Ratio(GrossProfit, NetRevenue);

    /// <summary>Net profit / net revenue.</summary>
    public Percentage NetMargin => Ratio(NetProfit, NetRevenue);

    /// <summary>Net profit / landed cost (zero landed cost gives 0%).</summary>
    public Percentage ReturnOnLandedCost => Ratio(NetProfit, LandedCost);

    /// <summary>Break-even ACoS: contribution before advertising / price (the ACoS at which an ad-attributed sale makes zero profit).</summary>
    public Percentage BreakEvenAcos => Ratio(Contribution, Price);

    /// <summary>A readable table of the breakdown.</summary>
    /// <returns>One line per breakdown line, then the ratios.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append("Price ").Append(Price.ToString(null, CultureInfo.InvariantCulture)).Append(" on ").Append(Sale.Marketplace.Value).Append(" on ").Append(Internal.IsoDate.Format(Sale.Date)).AppendLine();
        foreach (BreakdownLine line in Lines)
        {
            text.Append("  ").AppendLine(line.Explanation);
        }

        text.Append("  net margin ").Append(NetMargin.ToString()).Append(", ROI ").Append(ReturnOnLandedCost.ToString()).Append(", break-even ACoS ").Append(BreakEvenAcos.ToString());
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Price} → net profit {NetProfit} ({NetMargin} net margin)");

    private static Percentage Ratio(Money part, Money whole) =>
        whole.Amount == 0m ? Percentage.Zero : Percentage.FromFraction(System.Math.Round(part.Amount / whole.Amount, 6, System.MidpointRounding.AwayFromZero));
}
