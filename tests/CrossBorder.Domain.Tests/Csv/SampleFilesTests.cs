using System.IO;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Kpis;

namespace CrossBorder.Domain.Tests.Csv;

/// <summary>The sample files of docs/samples (documented in docs/csv.md) import without a problem.</summary>
public sealed class SampleFilesTests
{
    private static StreamReader Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrossBorder.Domain.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return new StreamReader(Path.Combine(dir!.FullName, "docs", "samples", name));
    }

    [Fact]
    public void Every_sample_file_imports()
    {
        var keys = new LedgerKeys();
        using (StreamReader r = Sample("products.csv")) { Assert.Equal(3, ProductsCsv.Read(r).Rows.Count); }
        using (StreamReader r = Sample("shipment-lines.csv")) { Assert.Equal(3, ShipmentLinesCsv.Read(r).Rows.Count); }
        using (StreamReader r = Sample("order-lines.csv")) { Assert.Equal(3, LedgerCsv.ReadOrderLines(r, keys).Rows.Count); }
        using (StreamReader r = Sample("refunds.csv")) { Assert.Single(LedgerCsv.ReadRefunds(r, keys).Rows); }
        using (StreamReader r = Sample("fees.csv")) { Assert.Equal(3, LedgerCsv.ReadFees(r, keys).Rows.Count); }
        using (StreamReader r = Sample("advertising.csv")) { Assert.Equal(2, LedgerCsv.ReadAdvertising(r, keys).Rows.Count); }
        using (StreamReader r = Sample("sku-costs.csv")) { Assert.Equal(4, LedgerCsv.ReadSkuCosts(r, keys).Rows.Count); }
    }
}
