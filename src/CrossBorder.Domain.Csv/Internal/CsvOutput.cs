using System;
using System.Globalization;
using System.IO;
using CrossBorder.Domain.Monetary;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>
/// An RFC 4180 writer: comma-separated, CRLF line ends, fields quoted only when they contain a comma, a quote or a line break,
/// every value formatted with the invariant culture by this class (never by the current culture).
/// </summary>
internal sealed class CsvOutput : IDisposable
{
    private readonly CsvWriter csv;

    public CsvOutput(TextWriter writer)
    {
#if NET8_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(writer);
#else
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
#endif
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            Delimiter = ",",
            Quote = '"',
        };
        csv = new CsvWriter(writer, configuration, leaveOpen: true);
    }

    public void Header(string columns)
    {
        foreach (string column in columns.Split(','))
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
    }

    public CsvOutput Field(string? text)
    {
        csv.WriteField(text ?? string.Empty);
        return this;
    }

    public CsvOutput Field(decimal value) => Field(value.ToString(CultureInfo.InvariantCulture));

    public CsvOutput Field(decimal? value) => Field(value?.ToString(CultureInfo.InvariantCulture));

    public CsvOutput Field(long value) => Field(value.ToString(CultureInfo.InvariantCulture));

    public CsvOutput Field(Percentage? value) => Field(value?.Fraction);

    public CsvOutput Amount(Money value) => Field(value.Amount);

    public CsvOutput Amount(Money? value) => Field(value?.Amount);

    public void EndRow() => csv.NextRecord();

    public void Dispose()
    {
        csv.Flush();
        csv.Dispose();
    }
}
