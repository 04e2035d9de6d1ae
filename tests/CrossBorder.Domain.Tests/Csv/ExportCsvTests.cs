using System.IO;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Tests.Kpis;
using CrossBorder.Domain.Tests.Pricing;
using CrossBorder.Domain.Tests.Support;

namespace CrossBorder.Domain.Tests.Csv;

public sealed class ExportCsvTests
{
    private static KpiReport Report()
    {
        var ledger = new RandomLedger(7);
        var query = RandomLedger.Query(KpiDimensions.Marketplace | KpiDimensions.Sku | KpiDimensions.Channel, PeriodGrouping.IsoWeek);
        return KpiEngine.Aggregate(query, new LedgerData { OrderLines = ledger.OrderLines, Refunds = ledger.Refunds, Fees = ledger.Fees, Advertising = ledger.Advertising });
    }

    private static string Kpis(KpiReport report)
    {
        var w = new StringWriter();
        KpiReportCsv.Write(w, report, includeTotal: true);
        return w.ToString();
    }

    [Fact]
    public void Kpi_report_export_has_one_row_per_group_plus_total_and_sums_that_add_up()
    {
        KpiReport report = Report();
        string[] lines = Kpis(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(KpiReportCsv.Header, lines[0]);
        Assert.Equal(report.Groups.Count + 2, lines.Length);
        Assert.StartsWith("total,,,,,,,,USD,", lines[^1], StringComparison.Ordinal);
        int units = Array.IndexOf(KpiReportCsv.Header.Split(','), "units");
        long sum = lines.Skip(1).Take(report.Groups.Count).Sum(l => long.Parse(l.Split(',')[units], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(report.Total.Units, sum);
        Assert.All(lines, l => Assert.Equal(KpiReportCsv.Header.Split(',').Length, l.Split(',').Length));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Exports_are_byte_identical_in_every_culture(string culture)
    {
        KpiReport report = Report();
        UnitEconomics ue = PricingEngine.Default.Model(UnitEconomicsTests.Us, UnitEconomicsTests.FbaSmall(6m)).At(Money.Of(24.99m, "USD"));
        string Write()
        {
            var w = new StringWriter();
            KpiReportCsv.Write(w, report);
            UnitEconomicsCsv.Write(w, new[] { new KeyValuePair<string, UnitEconomics>("MUG-01", ue) });
            UnitEconomicsCsv.WriteBreakdown(w, ue);
            LandedCostCsv.Write(w, CatalogAndShipmentCsvTests.Landed());
            return w.ToString();
        }

        Assert.Equal(Cultures.With("", Write), Cultures.With(culture, Write));
    }

    [Fact]
    public void Unit_economics_export_writes_amounts_currency_and_fractions()
    {
        UnitEconomics ue = PricingEngine.Default.Model(UnitEconomicsTests.Us, UnitEconomicsTests.FbaSmall(6m)).At(Money.Of(24.99m, "USD"));
        var w = new StringWriter();
        UnitEconomicsCsv.Write(w, new[] { ue });
        string[] lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] header = UnitEconomicsCsv.Header.Split(',');
        string[] row = lines[1].Split(',');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal("24.99", row[Array.IndexOf(header, "price")]);
        Assert.Equal("USD", row[Array.IndexOf(header, "currency")]);
        Assert.Equal("amazon-us", row[Array.IndexOf(header, "marketplace")]);
        Assert.Equal(ue.NetProfit.Amount, decimal.Parse(row[Array.IndexOf(header, "net_profit")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ue.NetMargin.Fraction, decimal.Parse(row[Array.IndexOf(header, "net_margin")], System.Globalization.CultureInfo.InvariantCulture));

        var b = new StringWriter();
        UnitEconomicsCsv.WriteBreakdown(b, ue);
        Assert.Equal(ue.Lines.Count + 1, b.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
