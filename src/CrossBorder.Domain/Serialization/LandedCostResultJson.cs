using System.Collections.Generic;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of a <see cref="LandedCostResult"/>: the shipment as given, the import rules applied, the totals, every line's
/// costs and the explained breakdown. Serializing a <see cref="LandedCostResult"/> writes this model; read documents back as this type.
/// </summary>
/// <param name="Shipment">The shipment as given.</param>
/// <param name="Rules">The import rules applied (<see cref="ImportRulesJson.ToRules"/> rebuilds them).</param>
/// <param name="CustomsValue">The shipment's customs value, in the reporting currency.</param>
/// <param name="Total">The landed cost.</param>
/// <param name="RecoverableVat">Import VAT a registered seller recovers (a memo).</param>
/// <param name="Units">Units shipped.</param>
/// <param name="AveragePerUnit">The landed cost per unit, averaged over all lines.</param>
/// <param name="Lines">Each line's costs, in the shipment's order.</param>
/// <param name="Breakdown">The explained breakdown: every figure with its rule, rate, base, source and date.</param>
public sealed record LandedCostResultJson(Shipment Shipment, ImportRulesJson Rules, Money CustomsValue, Money Total, Money RecoverableVat, int Units, Money AveragePerUnit, IReadOnlyList<LineLandedCostJson> Lines, CostNodeJson Breakdown)
{
    /// <summary>The model of <paramref name="result"/>.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The model.</returns>
    public static LandedCostResultJson From(LandedCostResult result)
    {
        Internal.Preconditions.CheckNotNull(result, nameof(result));
        var lines = new LineLandedCostJson[result.Lines.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = LineLandedCostJson.From(result.Lines[i]);
        }

        return new LandedCostResultJson(result.Shipment, ImportRulesJson.From(result.Rules), result.CustomsValue, result.Total, result.RecoverableVat, result.Units, result.AveragePerUnit, lines, CostNodeJson.From(result.Breakdown));
    }
}
