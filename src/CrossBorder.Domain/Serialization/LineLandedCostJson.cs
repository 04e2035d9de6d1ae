using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of a <see cref="LineLandedCost"/>: one shipment line's share of every cost, in the reporting currency.</summary>
/// <param name="Sku">The line's SKU.</param>
/// <param name="Quantity">Units on the line.</param>
/// <param name="CustomsValue">The line's customs value.</param>
/// <param name="Goods">The goods value.</param>
/// <param name="Freight">The line's share of freight.</param>
/// <param name="Insurance">The line's share of insurance.</param>
/// <param name="OnCarriage">The line's share of on-carriage.</param>
/// <param name="Duty">Duty.</param>
/// <param name="AdditionalDuty">Additional duties (anti-dumping, safeguard, Section 301…).</param>
/// <param name="ImportVat">Import VAT or GST.</param>
/// <param name="RecoverableVat">The part of the import VAT a registered seller recovers (a memo; already left out of <paramref name="Total"/> where recoverable).</param>
/// <param name="Fees">The line's share of fees.</param>
/// <param name="Rebate">Export VAT rebate deducted.</param>
/// <param name="Total">The line's landed cost.</param>
/// <param name="PerUnit">The landed cost per unit.</param>
public sealed record LineLandedCostJson(string Sku, int Quantity, Money CustomsValue, Money Goods, Money Freight, Money Insurance, Money OnCarriage, Money Duty, Money AdditionalDuty, Money ImportVat, Money RecoverableVat, Money Fees, Money Rebate, Money Total, Money PerUnit)
{
    /// <summary>The model of <paramref name="line"/>.</summary>
    /// <param name="line">The line's cost.</param>
    /// <returns>The model.</returns>
    public static LineLandedCostJson From(LineLandedCost line)
    {
        Internal.Preconditions.CheckNotNull(line, nameof(line));
        return new LineLandedCostJson(line.Line.Sku, line.Line.Quantity, line.CustomsValue, line.Goods, line.Freight, line.Insurance, line.OnCarriage, line.Duty, line.AdditionalDuty, line.ImportVat, line.RecoverableVat, line.Fees, line.Rebate, line.Total, line.PerUnit);
    }
}
