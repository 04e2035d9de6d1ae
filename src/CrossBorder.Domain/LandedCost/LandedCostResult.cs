using System.Collections.Generic;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>The landed cost of a shipment: total, per line and per unit in the reporting currency, with the breakdown tree that explains every amount.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.LandedCostResultJsonConverter))]
public sealed record LandedCostResult
{
    internal LandedCostResult(Shipment shipment, ImportRules rules, Money customsValue, IReadOnlyList<LineLandedCost> lines, CostNode breakdown, Money recoverableVat)
        : this(shipment, rules, customsValue, lines, breakdown, recoverableVat, UnitsOf(lines))
    {
    }

    /// <summary>Creates a result whose units are already counted (the lines may be built on first read).</summary>
    internal LandedCostResult(Shipment shipment, ImportRules rules, Money customsValue, IReadOnlyList<LineLandedCost> lines, CostNode breakdown, Money recoverableVat, int units)
    {
        Shipment = shipment;
        Rules = rules;
        CustomsValue = customsValue;
        Lines = lines;
        Breakdown = breakdown;
        Total = breakdown.Amount;
        RecoverableVat = recoverableVat;
        Units = units;
    }

    /// <summary>The shipment.</summary>
    public Shipment Shipment { get; }

    /// <summary>The destination's import rules used.</summary>
    public ImportRules Rules { get; }

    /// <summary>The consignment's customs value, in the destination's currency.</summary>
    public Money CustomsValue { get; }

    /// <summary>The lines' landed costs.</summary>
    public IReadOnlyList<LineLandedCost> Lines { get; }

    /// <summary>The breakdown tree; its root amount is <see cref="Total"/>.</summary>
    public CostNode Breakdown { get; }

    /// <summary>The landed cost of the shipment.</summary>
    public Money Total { get; }

    /// <summary>Import VAT paid at the border but recoverable by the importer (not in <see cref="Total"/>).</summary>
    public Money RecoverableVat { get; }

    /// <summary>The number of units shipped.</summary>
    public int Units { get; }

    /// <summary>The average landed cost per unit over all lines (not rounded).</summary>
    public Money AveragePerUnit => Total / Units;

    private static int UnitsOf(IReadOnlyList<LineLandedCost> lines)
    {
        int units = 0;
        foreach (LineLandedCost line in lines)
        {
            units += line.Line.Quantity;
        }

        return units;
    }
}
