using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Serialization;

namespace CrossBorder.Domain.Tests.Reliability;

/// <summary>
/// Issue 12, supply chain: no regular expressions (so none can backtrack catastrophically), no polymorphic deserialization, and
/// bounded JSON depth and CSV field sizes. The vulnerability audit (<c>dotnet list package --vulnerable --include-transitive</c>)
/// and the lock files (<c>--locked-mode</c>) are CI steps, see docs/quality.md.
/// </summary>
public class SupplyChainTests
{
    private static readonly Assembly[] Shipped =
    {
        typeof(Money).Assembly,
        typeof(CsvImportException).Assembly,
        typeof(CrossBorder.Domain.Arrow.ArrowLedger).Assembly,
    };

    [Fact]
    public void No_shipped_assembly_uses_regular_expressions()
    {
        foreach (Assembly assembly in Shipped)
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == "System.Text.RegularExpressions");
            Assert.DoesNotContain(assembly.GetTypes(), t => typeof(System.Text.RegularExpressions.Regex).IsAssignableFrom(t));
        }
    }

    [Fact]
    public void No_type_is_deserialized_polymorphically()
    {
        foreach (Assembly assembly in Shipped)
        {
            Assert.DoesNotContain(assembly.GetTypes(), t => t.GetCustomAttributes<JsonDerivedTypeAttribute>(false).Any() || t.GetCustomAttributes<JsonPolymorphicAttribute>(false).Any());
        }

        // An object-typed value is read as a JsonElement, never as a type named by the input.
        object? value = JsonSerializer.Deserialize<object>("""{"$type":"System.IO.FileInfo, System.IO.FileSystem","fileName":"x"}""", CrossBorderJson.Options);
        Assert.IsType<JsonElement>(value);
    }

    [Fact]
    public void Json_depth_is_bounded() => Assert.Equal(64, CrossBorderJson.Options.MaxDepth);

    [Fact]
    public void A_csv_field_beyond_the_size_limit_is_a_problem_not_an_unbounded_buffer()
    {
        string huge = "sku,title,hs_code,category,origin,unit_cost,currency\nMUG-01," + new string('x', 100_000) + ",6912.00,kitchenware,CN,2.35,USD\n";
        var ex = Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader(huge)));
        Assert.NotEmpty(ex.Problems);
        string wide = string.Join(",", Enumerable.Range(0, 300).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n";
        var tooWide = Assert.Throws<CsvImportException>(() => ProductsCsv.Read(new StringReader(wide)));
        Assert.Contains(tooWide.Problems, p => p.Message.Contains("at most 256", StringComparison.Ordinal));
        string ecb = "Date,USD\n2024-11-22," + new string('1', 10_000) + "\n";
        Assert.Throws<CsvImportException>(() => EcbReferenceRatesCsv.Read(new StringReader(ecb)));
    }
}
