using System;
using System.Collections.Generic;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Writes the per-line landed cost of a shipment (<see cref="LandedCostResult.Lines"/>) as RFC 4180 CSV: one row per line, a fixed
/// column order, invariant culture, money as amount columns plus a currency column. The output is the same bytes under any culture.
/// </summary>
/// <remarks>
/// Columns, in order: the shipment line as <see cref="ShipmentLinesCsv"/> reads it (<c>sku, hs_code, origin, quantity, unit_price,
/// currency, unit_mass_kg, length_cm, width_cm, height_cm</c>), then <c>customs_value, customs_value_currency</c> (in the
/// destination's currency), then the components in <c>cost_currency</c> (the reporting currency): <c>goods, freight, insurance,
/// on_carriage, duty, additional_duty, import_vat, recoverable_vat, fees, rebate, total, per_unit</c>. Amounts are written exactly as
/// the calculator produced them (already rounded where the real world rounds; <c>per_unit</c> is total ÷ quantity, unrounded).
/// </remarks>
public static class LandedCostCsv
{
    /// <summary>The header line, in column order.</summary>
    public const string Header =
        "sku,hs_code,origin,quantity,unit_price,currency,unit_mass_kg,length_cm,width_cm,height_cm,customs_value,customs_value_currency,"
        + "goods,freight,insurance,on_carriage,duty,additional_duty,import_vat,recoverable_vat,fees,rebate,total,per_unit,cost_currency";

    /// <summary>Writes the lines of <paramref name="result"/>.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="result">The landed cost.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(System.IO.TextWriter writer, LandedCostResult result)
    {
        Guard.NotNull(result, nameof(result));

        Write(writer, result.Lines);
    }

    /// <summary>Writes landed-cost lines (of one or several shipments).</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="lines">The lines.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(System.IO.TextWriter writer, IEnumerable<LineLandedCost> lines)
    {
        Guard.NotNull(lines, nameof(lines));

        using var csv = new CsvOutput(writer);
        csv.Header(Header);
        foreach (LineLandedCost cost in lines)
        {
            ShipmentLine line = cost.Line;
            csv.Field(line.Sku).Field(line.HsCode.ToString()).Field(line.Origin.ToString()).Field(line.Quantity)
                .Amount(line.UnitPrice).Field(line.UnitPrice.Currency.Code).Field(line.UnitMass.Kilograms);
            if (line.UnitDimensions is { } d)
            {
                csv.Field(d.Longest.Centimetres).Field(d.Median.Centimetres).Field(d.Shortest.Centimetres);
            }
            else
            {
                csv.Field(string.Empty).Field(string.Empty).Field(string.Empty);
            }

            csv.Amount(cost.CustomsValue).Field(cost.CustomsValue.Currency.Code)
                .Amount(cost.Goods).Amount(cost.Freight).Amount(cost.Insurance).Amount(cost.OnCarriage).Amount(cost.Duty)
                .Amount(cost.AdditionalDuty).Amount(cost.ImportVat).Amount(cost.RecoverableVat).Amount(cost.Fees).Amount(cost.Rebate)
                .Amount(cost.Total).Amount(cost.PerUnit).Field(cost.Total.Currency.Code);
            csv.EndRow();
        }
    }
}
