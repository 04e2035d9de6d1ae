using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CrossBorder.Domain.Monetary;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// Reads the European Central Bank's euro foreign exchange reference rates in the CSV layouts the ECB publishes: the daily file
/// (<c>eurofxref.csv</c>: <c>Date, USD, JPY, …</c> with dates such as <c>22 November 2024</c>) and the historic file
/// (<c>eurofxref-hist.csv</c>: <c>Date,USD,JPY,…</c> with ISO dates, one row per business day, <c>N/A</c> where a currency had no
/// rate). Each cell becomes an <see cref="ExchangeRate"/> EUR → currency on that date.
/// </summary>
/// <remarks>
/// Source of the layout: ECB, "Euro foreign exchange reference rates",
/// https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html (the "Download
/// ZIP/CSV" links). Every problem (bad date, bad number, non-positive rate, unknown currency, a row wider than the header) is
/// collected with its line number and reported together in a <see cref="CsvImportException"/>; nothing is half-imported. Empty cells
/// and <c>N/A</c> mean "no rate that day" and are not problems. Fields longer than 256 characters are refused.
/// </remarks>
public static class EcbReferenceRatesCsv
{
    /// <summary>The source label put on every imported rate unless the caller gives another.</summary>
    public const string DefaultSource = "ECB euro foreign exchange reference rates";

    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");

    /// <summary>Reads the file, or throws with every problem found.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="unknownCurrencies">What to do with a column whose code is not an active ISO 4217 currency.</param>
    /// <param name="source">The source label for each rate.</param>
    /// <returns>The rates, in file order (row by row, column by column), and the columns skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvImportException">The file has problems; all are listed.</exception>
    public static CsvImport<ExchangeRate> Read(TextReader reader, UnknownCurrencyHandling unknownCurrencies = UnknownCurrencyHandling.Fail, string source = DefaultSource)
    {
#if NET8_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(reader);
#else
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }
#endif

        var problems = new List<CsvProblem>();
        var skipped = new List<CsvProblem>();
        var rates = new List<ExchangeRate>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.Trim,
            MaxFieldSize = 256,
            DetectColumnCountChanges = false,
            BadDataFound = args => problems.Add(new CsvProblem(args.Context.Parser?.RawRow ?? 0, string.Empty, "malformed CSV field: " + Shorten(args.Field))),
        };

        using var csv = new CsvParser(reader, configuration, leaveOpen: true);
        string[]? header = null;
        Currency?[] currencies = Array.Empty<Currency?>();
        try
        {
            while (csv.Read())
            {
                int line = csv.RawRow;
                string[] record = csv.Record ?? Array.Empty<string>();
                if (header is null)
                {
                    header = record;
                    currencies = ReadHeader(header, unknownCurrencies, problems, skipped);
                    continue;
                }

                ReadRow(record, line, header, currencies, source, rates, problems);
            }
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new CsvProblem(csv.RawRow, string.Empty, "unreadable CSV: " + ex.Message.Split('\n')[0]));
        }

        if (header is null)
        {
            problems.Add(new CsvProblem(1, string.Empty, "the file is empty; expected a header 'Date,USD,JPY,…'."));
        }

        if (problems.Count > 0)
        {
            throw new CsvImportException("ECB reference rates", problems);
        }

        return new CsvImport<ExchangeRate>(rates.AsReadOnly(), skipped.AsReadOnly());
    }

    private static Currency?[] ReadHeader(string[] header, UnknownCurrencyHandling unknownCurrencies, List<CsvProblem> problems, List<CsvProblem> skipped)
    {
        if (header.Length == 0 || !string.Equals(header[0], "Date", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new CsvProblem(1, header.Length == 0 ? string.Empty : header[0], "the first column must be 'Date'."));
        }

        var currencies = new Currency?[header.Length];
        for (int i = 1; i < header.Length; i++)
        {
            string code = header[i];
            if (code.Length == 0 && i == header.Length - 1)
            {
                continue; // the ECB files end every line with a comma
            }

            if (Currency.TryFromCode(code, out Currency? currency))
            {
                currencies[i] = currency;
            }
            else if (unknownCurrencies == UnknownCurrencyHandling.SkipColumn)
            {
                skipped.Add(new CsvProblem(1, code, "not an active ISO 4217 currency; column skipped."));
            }
            else
            {
                problems.Add(new CsvProblem(1, code, "not an active ISO 4217 currency code; pass UnknownCurrencyHandling.SkipColumn to leave withdrawn currencies out."));
            }
        }

        return currencies;
    }

    private static void ReadRow(string[] record, int line, string[] header, Currency?[] currencies, string source, List<ExchangeRate> rates, List<CsvProblem> problems)
    {
        if (record.Length > header.Length && !(record.Length == header.Length + 1 && record[record.Length - 1].Length == 0))
        {
            problems.Add(new CsvProblem(line, string.Empty, $"the row has {record.Length.ToString(CultureInfo.InvariantCulture)} fields but the header has {header.Length.ToString(CultureInfo.InvariantCulture)}."));
            return;
        }

        if (record.Length == 0 || !TryParseDate(record[0], out LocalDate date))
        {
            problems.Add(new CsvProblem(line, "Date", $"'{Shorten(record.Length == 0 ? string.Empty : record[0])}' is not a date; use yyyy-MM-dd or '22 November 2024'."));
            return;
        }

        for (int i = 1; i < record.Length && i < header.Length; i++)
        {
            Currency? currency = currencies[i];
            string cell = record[i];
            if (currency is null || cell.Length == 0 || string.Equals(cell, "N/A", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!decimal.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal rate) || rate <= 0m)
            {
                problems.Add(new CsvProblem(line, header[i], $"'{Shorten(cell)}' is not a positive rate; write units of {header[i]} per euro with '.' as the decimal point, or N/A."));
                continue;
            }

            if (currency == Currency.EUR)
            {
                continue;
            }

            rates.Add(new ExchangeRate(Currency.EUR, currency, rate, date, source));
        }
    }

    private static bool TryParseDate(string text, out LocalDate date)
    {
        ParseResult<LocalDate> iso = LocalDatePattern.Iso.Parse(text);
        if (iso.Success)
        {
            date = iso.Value;
            return true;
        }

        ParseResult<LocalDate> longForm = LongDate.Parse(text);
        date = longForm.Success ? longForm.Value : default;
        return longForm.Success;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
