using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>A column an importer reads: its header name and whether the file must have it.</summary>
internal readonly struct CsvColumn
{
    public CsvColumn(string name, bool required)
    {
        Name = name;
        Required = required;
    }

    public string Name { get; }

    public bool Required { get; }
}

/// <summary>
/// A CSV file read with its header: columns are found by name (case-insensitive; spaces and hyphens count as underscores), in any
/// order. Header problems (missing, duplicated or unknown columns) and malformed rows are collected, never thrown one by one.
/// </summary>
internal sealed class CsvSheet
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    /// <summary>The most columns a file may have; with the field-size limit this bounds the size of a row.</summary>
    internal const int MaxColumns = 256;

    private CsvSheet()
    {
    }

    public List<CsvRecord> Rows { get; } = new();

    public bool HasHeader { get; private set; }

    public static CsvSheet Read(TextReader reader, IReadOnlyList<CsvColumn> columns, UnknownColumnHandling unknownColumns, List<CsvProblem> problems, List<CsvProblem> skipped)
    {
#if NET8_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(reader);
#else
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }
#endif

        var sheet = new CsvSheet();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.Trim,
            MaxFieldSize = 4096,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            BadDataFound = args => problems.Add(new CsvProblem(args.Context.Parser?.RawRow ?? 0, string.Empty, "malformed CSV field: " + CsvText.Shorten(args.Field))),
        };

        using var csv = new CsvParser(reader, configuration, leaveOpen: true);
        int width = 0;
        try
        {
            while (csv.Read())
            {
                int line = csv.RawRow;
                string[] record = csv.Record ?? Array.Empty<string>();
                if (!sheet.HasHeader)
                {
                    sheet.HasHeader = true;
                    if (record.Length > MaxColumns)
                    {
                        // A bound on the row size: every data row must fit the header, so a row holds at most MaxColumns fields of at
                        // most MaxFieldSize characters each.
                        problems.Add(new CsvProblem(line, string.Empty, $"the header has {record.Length.ToString(CultureInfo.InvariantCulture)} columns; at most {MaxColumns.ToString(CultureInfo.InvariantCulture)} are allowed."));
                        break;
                    }

                    width = record.Length;
                    sheet.ReadHeader(record, line, columns, unknownColumns, problems, skipped);
                    continue;
                }

                if (record.Length > width)
                {
                    problems.Add(new CsvProblem(line, string.Empty, $"the row has {record.Length.ToString(CultureInfo.InvariantCulture)} fields but the header has {width.ToString(CultureInfo.InvariantCulture)}."));
                    continue;
                }

                sheet.Rows.Add(new CsvRecord(line, record));
            }
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new CsvProblem(csv.RawRow, string.Empty, "unreadable CSV: " + ex.Message.Split('\n')[0]));
        }

        if (!sheet.HasHeader)
        {
            problems.Add(new CsvProblem(1, string.Empty, "the file is empty; expected a header line naming the columns."));
        }

        return sheet;
    }

    /// <summary>The field of <paramref name="column"/> in <paramref name="record"/>, trimmed; empty when the column is absent or the row short.</summary>
    public string Field(CsvRecord record, string column)
    {
        if (!index.TryGetValue(column, out int i) || i >= record.Fields.Length)
        {
            return string.Empty;
        }

        return record.Fields[i];
    }

    public bool Has(string column) => index.ContainsKey(column);

    internal static string Normalize(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private void ReadHeader(string[] header, int line, IReadOnlyList<CsvColumn> columns, UnknownColumnHandling unknownColumns, List<CsvProblem> problems, List<CsvProblem> skipped)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (CsvColumn column in columns)
        {
            known.Add(column.Name);
        }

        for (int i = 0; i < header.Length; i++)
        {
            string name = Normalize(header[i]);
            if (name.Length == 0 && i == header.Length - 1 && header.Length > 1)
            {
                continue; // a trailing comma
            }

            if (!known.Contains(name))
            {
                if (unknownColumns == UnknownColumnHandling.Ignore)
                {
                    skipped.Add(new CsvProblem(line, header[i], "unknown column; ignored."));
                }
                else
                {
                    problems.Add(new CsvProblem(line, header[i], "unknown column; expected one of " + string.Join(", ", known) + " (pass UnknownColumnHandling.Ignore to ignore extra columns)."));
                }

                continue;
            }

            if (index.ContainsKey(name))
            {
                problems.Add(new CsvProblem(line, header[i], "the column appears twice."));
                continue;
            }

            index.Add(name, i);
        }

        foreach (CsvColumn column in columns)
        {
            if (column.Required && !index.ContainsKey(column.Name))
            {
                problems.Add(new CsvProblem(line, column.Name, "required column is missing."));
            }
        }
    }
}

/// <summary>One data row of a CSV file and its 1-based line number.</summary>
internal readonly struct CsvRecord
{
    public CsvRecord(int line, string[] fields)
    {
        Line = line;
        Fields = fields;
    }

    public int Line { get; }

    public string[] Fields { get; }
}
