using System;
using System.Collections.Generic;
using CrossBorder.Domain.Csv.Internal;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Writes unit economics (<see cref="UnitEconomics"/>, from <see cref="PricingEngine"/>) as RFC 4180 CSV: a summary table with one
/// row per priced listing, or the breakdown of one listing line by line. Fixed column order, invariant culture, money as amount
/// plus currency; the output is the same bytes under any culture.
/// </summary>
/// <remarks>
/// Percentages (margins, ACoS) are written as fractions (0.25 = 25 %). The summary's optional first column <c>label</c> is the
/// caller's name for the row (a SKU, a scenario).
/// </remarks>
public static class UnitEconomicsCsv
{
    /// <summary>The header of the summary table, in column order.</summary>
    public const string Header =
        "label,marketplace,date,currency,price,net_revenue,vat,marketplace_fees,fulfilment,storage,landed_cost,returns,payment,advertising,"
        + "promotion,gross_profit,contribution,net_profit,gross_margin,net_margin,return_on_landed_cost,break_even_acos";

    /// <summary>The header of the breakdown table, in column order.</summary>
    public const string BreakdownHeader = "kind,label,amount,currency,rule";

    /// <summary>Writes one summary row per listing.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="rows">The rows: a label of the caller's choice (may be empty) and the unit economics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(System.IO.TextWriter writer, IEnumerable<KeyValuePair<string, UnitEconomics>> rows)
    {
        Guard.NotNull(rows, nameof(rows));

        using var csv = new CsvOutput(writer);
        csv.Header(Header);
        foreach (KeyValuePair<string, UnitEconomics> row in rows)
        {
            UnitEconomics u = row.Value ?? throw new ArgumentNullException(nameof(rows), "rows contains a null UnitEconomics.");
            csv.Field(row.Key).Field(u.Sale.Marketplace.ToString()).Field(NodaTime.Text.LocalDatePattern.Iso.Format(u.Sale.Date)).Field(u.Price.Currency.Code)
                .Amount(u.Price).Amount(u.NetRevenue).Amount(u.Vat).Amount(u.MarketplaceFees).Amount(u.Fulfilment).Amount(u.Storage)
                .Amount(u.LandedCost).Amount(u.Returns).Amount(u.Payment).Amount(u.Advertising).Amount(u.Promotion)
                .Amount(u.GrossProfit).Amount(u.Contribution).Amount(u.NetProfit)
                .Field(u.GrossMargin).Field(u.NetMargin).Field(u.ReturnOnLandedCost).Field(u.BreakEvenAcos);
            csv.EndRow();
        }
    }

    /// <summary>Writes one summary row per listing, without labels.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="rows">The unit economics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(System.IO.TextWriter writer, IEnumerable<UnitEconomics> rows)
    {
        Guard.NotNull(rows, nameof(rows));

        Write(writer, System.Linq.Enumerable.Select(rows, u => new KeyValuePair<string, UnitEconomics>(string.Empty, u)));
    }

    /// <summary>Writes the breakdown of one listing: every line (price, VAT, fees, costs…) with its amount and the rule that produced it.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="economics">The unit economics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteBreakdown(System.IO.TextWriter writer, UnitEconomics economics)
    {
        Guard.NotNull(economics, nameof(economics));

        using var csv = new CsvOutput(writer);
        csv.Header(BreakdownHeader);
        foreach (BreakdownLine line in economics.Lines)
        {
            csv.Field(EnumText.Kebab(line.Kind)).Field(line.Label).Amount(line.Amount).Field(line.Amount.Currency.Code).Field(line.Rule);
            csv.EndRow();
        }
    }
}
