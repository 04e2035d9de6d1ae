using System.Collections.Generic;
using System.IO;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Imports a product catalogue: the essentials of <see cref="Product"/> (SKU, title, HS code, category, origin, unit cost, weights,
/// packed dimensions). Columns are found by header name in any order; the layout is in <c>docs/csv.md</c>.
/// </summary>
/// <remarks>
/// Required columns: <c>sku, title, hs_code, category, origin, unit_cost, currency</c>. Optional: <c>net_weight_kg, packed_weight_kg,
/// length_cm, width_cm, height_cm</c> (all three or none), <c>is_consumer_product</c> (true/false; default true). Numbers use '.' as
/// the decimal point whatever the culture. Every problem is collected with its line and column and thrown together in a
/// <see cref="CsvImportException"/>; nothing is half-imported.
/// </remarks>
public static class ProductsCsv
{
    private static readonly CsvColumn[] Columns = CsvImporter.Columns(
        "sku,title,hs_code,category,origin,unit_cost,currency",
        "net_weight_kg,packed_weight_kg,length_cm,width_cm,height_cm,is_consumer_product");

    private static readonly Dictionary<string, string> ParameterColumns = new()
    {
        ["countryOfOrigin"] = "origin",
        ["NetWeight"] = "net_weight_kg",
        ["PackedWeight"] = "packed_weight_kg",
    };

    /// <summary>Reads the products, or throws with every problem found.</summary>
    /// <param name="reader">The CSV text, with a header line.</param>
    /// <param name="unknownColumns">What to do with a column this importer does not know.</param>
    /// <returns>The products in file order, and the columns ignored.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<Product> Read(TextReader reader, UnknownColumnHandling unknownColumns = UnknownColumnHandling.Fail) =>
        CsvImporter.Import<object?, Product>(reader, "products", Columns, unknownColumns, Parse, ParameterColumns, null, null);

    private static System.Func<object?, Product>? Parse(CsvRow row)
    {
        bool ok = row.Text("sku", out string skuText)
            & row.Text("title", out string title)
            & row.HsCode("hs_code", out HsCode hsCode)
            & row.Text("category", out string categoryCode)
            & row.Country("origin", out CountryCode origin)
            & row.Decimal("unit_cost", out decimal unitCost)
            & row.Currency("currency", out Currency currency)
            & row.OptionalDecimal("net_weight_kg", out decimal? netWeight)
            & row.OptionalDecimal("packed_weight_kg", out decimal? packedWeight)
            & ShipmentLinesCsv.ReadDimensions(row, out Dimensions? dimensions)
            & row.Boolean("is_consumer_product", true, out bool consumer);
        Sku sku = default;
        if (skuText.Length > 0 && !Sku.TryParse(skuText, out sku))
        {
            row.Problem("sku", $"'{CsvText.Shorten(skuText)}' is not a SKU; use 1 to {Sku.MaxLength} printable characters.");
            ok = false;
        }

        ProductCategory? category = null;
        if (categoryCode.Length > 0 && !ProductCategory.TryFromCode(categoryCode, out category))
        {
            row.Problem("category", $"'{CsvText.Shorten(categoryCode)}' is not a known product category code (see ProductCategory).");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return _ => new Product(sku, title, hsCode, category!, origin, Money.Of(unitCost, currency))
        {
            NetWeight = netWeight is { } n ? Mass.FromKilograms(n) : default,
            PackedWeight = packedWeight is { } p ? Mass.FromKilograms(p) : default,
            PackedDimensions = dimensions,
            IsConsumerProduct = consumer,
        };
    }
}
