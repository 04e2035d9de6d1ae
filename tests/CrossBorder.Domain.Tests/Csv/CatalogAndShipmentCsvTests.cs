using System.Globalization;
using System.IO;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Tests.LandedCost;
using CrossBorder.Domain.Tests.Support;
using NodaTime;

namespace CrossBorder.Domain.Tests.Csv;

public sealed class CatalogAndShipmentCsvTests
{
    private const string Products =
        "sku,title,hs_code,category,origin,unit_cost,currency,net_weight_kg,packed_weight_kg,length_cm,width_cm,height_cm\r\n"
        + "MUG-01,\"Ceramic mug, 350 ml\",6912.00,kitchenware,CN,2.35,USD,0.32,0.41,12,10,9\r\n"
        + "LAMP-02,Desk lamp,940520,electronics,CN,7.10,USD,,,,,\r\n";

    [Fact]
    [UseCulture("tr-TR")]
    public void Products_import_with_header_mapping_and_invariant_numbers()
    {
        // Columns in another order and in other case: found by name.
        string reordered = "Currency,Unit Cost,SKU,Title,HS-Code,Category,Origin\nEUR,1234.5,X-1,Thing,950300,toy,DE\n";
        CsvImport<Product> import = ProductsCsv.Read(new StringReader(Products));
        Product mug = import.Rows[0];
        Assert.Equal(2, import.Rows.Count);
        Assert.Equal("MUG-01", mug.Sku.Value);
        Assert.Equal("Ceramic mug, 350 ml", mug.Title);
        Assert.Equal(HsCode.Parse("691200"), mug.HsCode);
        Assert.Equal(Money.Of(2.35m, "USD"), mug.UnitCost);
        Assert.Equal(0.41m, mug.PackedWeight.Kilograms);
        Assert.Equal(12m, mug.PackedDimensions!.Value.Longest.Centimetres);
        Assert.Null(import.Rows[1].PackedDimensions);
        Assert.Equal(Money.Of(1234.5m, "EUR"), ProductsCsv.Read(new StringReader(reordered)).Rows[0].UnitCost);
    }

    [Fact]
    public void Every_problem_is_reported_with_line_and_column_and_nothing_is_imported()
    {
        string bad =
            "sku,title,hs_code,category,origin,unit_cost,currency,length_cm\n"
            + "A,ok,950300,toy,CN,1.00,USD,\n"
            + "B,bad,95,toy,XX,1,00,USD,\n"          // too many fields
            + "C,bad,95,toy,CHN,-1,USD,10\n"         // bad HS code, country (alpha-3; any two letters are a well-formed code), negative cost, lone dimension
            + "D,bad,950300,spaceships,CN,1.5,ABC,\n"; // unknown category and currency
        CsvImportException ex = Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader(bad)));
        Assert.Contains(ex.Problems, p => p.Line == 3 && p.Column.Length == 0);
        Assert.Contains(ex.Problems, p => p.Line == 4 && p.Column == "hs_code");
        Assert.Contains(ex.Problems, p => p.Line == 4 && p.Column == "origin");
        Assert.Contains(ex.Problems, p => p.Line == 4 && p.Column == "unit_cost");
        Assert.Contains(ex.Problems, p => p.Line == 4 && p.Column == "width_cm");
        Assert.Contains(ex.Problems, p => p.Line == 5 && p.Column == "category");
        Assert.Contains(ex.Problems, p => p.Line == 5 && p.Column == "currency");
        Assert.DoesNotContain(ex.Problems, p => p.Line == 2);
        Assert.Single(ex.Problems, p => p.Line == 3); // the over-wide row is one problem, and does not hide the rows after it
        Assert.Contains("line 4, column hs_code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_or_ignored_as_asked()
    {
        string extra = "sku,title,hs_code,category,origin,unit_cost,currency,colour\nA,t,950300,toy,CN,1,USD,red\n";
        CsvImportException ex = Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader(extra)));
        Assert.Equal("colour", Assert.Single(ex.Problems).Column);
        CsvImport<Product> ignored = ProductsCsv.Read(new StringReader(extra), UnknownColumnHandling.Ignore);
        Assert.Single(ignored.Rows);
        Assert.Equal("colour", Assert.Single(ignored.Skipped).Column);

        CsvImportException missing = Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader("sku,title\nA,t\n")));
        Assert.Contains(missing.Problems, p => p.Line == 1 && p.Column == "hs_code");
        Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader(string.Empty)));
    }

    [Fact]
    public void Shipment_lines_import_and_domain_checks_become_row_problems()
    {
        string csv = "sku,hs_code,origin,quantity,unit_price,currency,unit_mass_kg\nA,950300,CN,10,2.50,USD,0.2\nB,950300,CN,0,2.50,USD,0\n";
        CsvImportException ex = Assert.Throws<CsvImportException>(() => ShipmentLinesCsv.Read(new StringReader(csv)));
        Assert.Contains(ex.Problems, p => p.Line == 3);
        Assert.All(ex.Problems, p => Assert.Equal(3, p.Line));
        CsvImport<ShipmentLine> ok = ShipmentLinesCsv.Read(new StringReader(csv.Substring(0, csv.LastIndexOf("B,", StringComparison.Ordinal))));
        Assert.Equal(Money.Of(25m, "USD"), Assert.Single(ok.Rows).Value);
    }

    internal static LandedCostResult Landed()
    {
        var date = new LocalDate(2026, 11, 25);
        var calc = new LandedCostCalculator(ImportRulesTable.Sample, WorkedExampleTests.Schedule("EU", 2m), new ExchangeRateTable(Array.Empty<ExchangeRate>()));
        var lines = new[]
        {
            new ShipmentLine("MUG-01, blue", HsCode.Parse("950300"), "US", 120, Money.Of(3.35m, Currency.EUR), Mass.FromKilograms(0.41m), Dimensions.Of(12m, 10m, 9m, LengthUnit.Centimetre)),
            new ShipmentLine("LAMP-\"02\"", HsCode.Parse("950300"), "US", 7, Money.Of(11.10m, Currency.EUR), Mass.FromKilograms(1.2m)),
        };
        var shipment = new Shipment(lines, "US", "DE", Incoterm.EXW, FreightQuote.Fixed(FreightMode.SeaLcl, Money.Of(412m, Currency.EUR), "sea"), date, Currency.EUR, sellerVatRegistered: false);
        return calc.Calculate(shipment);
    }

    [Fact]
    public void Landed_cost_export_imports_back_as_the_same_shipment_lines()
    {
        LandedCostResult result = Landed();
        var text = new StringWriter();
        LandedCostCsv.Write(text, result);
        CsvImport<ShipmentLine> back = ShipmentLinesCsv.Read(new StringReader(text.ToString()), UnknownColumnHandling.Ignore);
        Assert.Equal(result.Lines.Count, back.Rows.Count);
        for (int i = 0; i < back.Rows.Count; i++)
        {
            ShipmentLine a = result.Lines[i].Line, b = back.Rows[i];
            Assert.Equal((a.Sku, a.HsCode, a.Origin, a.Quantity, a.UnitPrice, a.UnitMass.Grams, a.UnitDimensions), (b.Sku, b.HsCode, b.Origin, b.Quantity, b.UnitPrice, b.UnitMass.Grams, b.UnitDimensions));
        }

        string[] lines = text.ToString().Split("\r\n");
        Assert.Equal(LandedCostCsv.Header, lines[0]);
        Assert.StartsWith("\"MUG-01, blue\",9503.00,US,120,3.35,EUR,0.41,12,10,9,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"LAMP-\"\"02\"\"\",", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("," + result.Lines[0].Total.Amount.ToString(CultureInfo.InvariantCulture) + "," + result.Lines[0].PerUnit.Amount.ToString(CultureInfo.InvariantCulture) + ",EUR", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Landed_cost_export_is_byte_identical_under_tr_TR()
    {
        LandedCostResult result = Landed();
        string invariant = Cultures.With("", () => Write(result));
        string turkish = Cultures.With("tr-TR", () => Write(result));
        Assert.Equal(invariant, turkish);
        Assert.Contains(",3.35,", invariant, StringComparison.Ordinal);

        static string Write(LandedCostResult r)
        {
            var w = new StringWriter();
            LandedCostCsv.Write(w, r);
            return w.ToString();
        }
    }
}
