using System;
using System.IO;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Imports the lines of a shipment (<see cref="ShipmentLine"/>: SKU, HS code, origin, quantity, unit price, unit mass, unit
/// dimensions) for the landed-cost calculator. Columns are found by header name in any order; the layout is in <c>docs/csv.md</c>.
/// </summary>
/// <remarks>
/// Required columns: <c>sku, hs_code, origin, quantity, unit_price, currency, unit_mass_kg</c>. Optional: <c>length_cm, width_cm,
/// height_cm</c> (all three or none). Export VAT rebates are not read from CSV. The landed-cost export
/// (<see cref="LandedCostCsv"/>) writes these columns under the same names, so its output imports back as shipment lines with
/// <see cref="UnknownColumnHandling.Ignore"/>. Every problem is thrown together in a <see cref="CsvImportException"/>.
/// </remarks>
public static class ShipmentLinesCsv
{
    private static readonly CsvColumn[] Columns = CsvImporter.Columns(
        "sku,hs_code,origin,quantity,unit_price,currency,unit_mass_kg",
        "length_cm,width_cm,height_cm");

    private static readonly System.Collections.Generic.Dictionary<string, string> ParameterColumns = new() { ["unitMass"] = "unit_mass_kg" };

    /// <summary>Reads the shipment lines, or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The lines in file order, and the columns ignored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<ShipmentLine> Read(TextReader reader, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import<object?, ShipmentLine>(reader, "shipment lines", Columns, unknownColumns, Parse, ParameterColumns, null, null);

    internal static bool ReadDimensions(CsvRow row, out Dimensions? dimensions)
    {
        dimensions = null;
        bool ok = row.OptionalDecimal("length_cm", out decimal? length)
            & row.OptionalDecimal("width_cm", out decimal? width)
            & row.OptionalDecimal("height_cm", out decimal? height);
        if (!ok)
        {
            return false;
        }

        int given = (length is null ? 0 : 1) + (width is null ? 0 : 1) + (height is null ? 0 : 1);
        if (given == 0)
        {
            return true;
        }

        if (given != 3)
        {
            row.Problem(length is null ? "length_cm" : width is null ? "width_cm" : "height_cm", "give length_cm, width_cm and height_cm together, or none of them.");
            return false;
        }

        if (length <= 0m || width <= 0m || height <= 0m)
        {
            row.Problem(length <= 0m ? "length_cm" : width <= 0m ? "width_cm" : "height_cm", "dimensions must be greater than zero.");
            return false;
        }

        dimensions = Dimensions.Of(length!.Value, width!.Value, height!.Value, LengthUnit.Centimetre);
        return true;
    }

    private static Func<object?, ShipmentLine>? Parse(CsvRow row)
    {
        bool ok = row.Text("sku", out string sku)
            & row.HsCode("hs_code", out HsCode hsCode)
            & row.Country("origin", out CountryCode origin)
            & row.Int32("quantity", out int quantity)
            & row.Decimal("unit_price", out decimal unitPrice)
            & row.Currency("currency", out Currency currency)
            & row.Decimal("unit_mass_kg", out decimal unitMass)
            & ReadDimensions(row, out Dimensions? dimensions);
        if (!ok)
        {
            return null;
        }

        return _ => new ShipmentLine(sku, hsCode, origin, quantity, Money.Of(unitPrice, currency), Mass.FromKilograms(unitMass), dimensions);
    }
}
