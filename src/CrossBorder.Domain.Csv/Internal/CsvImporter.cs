using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>
/// The import loop shared by the importers: read the sheet, turn each row into a builder (or problems), run each builder against a
/// validation context so the domain constructors' own checks become row problems, and only when the whole file is clean build the
/// rows for real. Nothing is half-imported.
/// </summary>
internal static class CsvImporter
{
    private static readonly char[] Comma = { ',' };

    public static CsvImport<T> Import<TContext, T>(
        TextReader reader,
        string what,
        IReadOnlyList<CsvColumn> columns,
        UnknownColumnHandling unknownColumns,
        Func<CsvRow, Func<TContext, T>?> parse,
        IReadOnlyDictionary<string, string>? parameterColumns,
        TContext check,
        TContext final)
    {
        var problems = new List<CsvProblem>();
        var skipped = new List<CsvProblem>();
        CsvSheet sheet = CsvSheet.Read(reader, columns, unknownColumns, problems, skipped);
        var builders = new List<Func<TContext, T>>();
        var rows = new List<T>();
        bool headerOk = !problems.Exists(p => p.Line <= 1); // header problems stop the rows; row-width problems do not
        if (headerOk)
        {
            var known = new HashSet<string>(columns.Select(c => c.Name), StringComparer.Ordinal);
            foreach (CsvRecord record in sheet.Rows)
            {
                var row = new CsvRow(sheet, record, problems);
                Func<TContext, T>? build;
                try
                {
                    build = parse(row);
                }
                catch (Exception ex) when (ex is ArgumentException or OverflowException)
                {
                    // A value the domain refuses while the row is read (a length its base unit cannot hold): found by fuzzing.
                    string? parameter = (ex as ArgumentException)?.ParamName;
                    problems.Add(new CsvProblem(record.Line, ColumnOf(parameter, known, parameterColumns), Message(ex, parameter)));
                    continue;
                }

                if (build is null)
                {
                    continue;
                }

                try
                {
                    rows.Add(build(check));
                    builders.Add(build);
                }
                catch (Exception ex) when (ex is ArgumentException or OverflowException)
                {
                    string? parameter = (ex as ArgumentException)?.ParamName;
                    problems.Add(new CsvProblem(record.Line, ColumnOf(parameter, known, parameterColumns), Message(ex, parameter)));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new CsvImportException(what, problems.OrderBy(p => p.Line).ToList().AsReadOnly());
        }

        if (!ReferenceEquals(check, final))
        {
            rows.Clear();
            foreach (Func<TContext, T> build in builders)
            {
                rows.Add(build(final));
            }
        }

        return new CsvImport<T>(rows.AsReadOnly(), skipped.AsReadOnly());
    }

    public static CsvColumn[] Columns(string required, string optional = "")
    {
        IEnumerable<CsvColumn> Split(string names, bool isRequired) =>
            names.Split(Comma, StringSplitOptions.RemoveEmptyEntries).Select(n => new CsvColumn(n.Trim(), isRequired));
        return Split(required, true).Concat(Split(optional, false)).ToArray();
    }

    private static string ColumnOf(string? parameter, HashSet<string> known, IReadOnlyDictionary<string, string>? parameterColumns)
    {
        if (parameter is null)
        {
            return string.Empty;
        }

        if (parameterColumns is not null && parameterColumns.TryGetValue(parameter, out string? mapped))
        {
            return mapped;
        }

        string snake = Snake(parameter);
        return known.Contains(snake) ? snake : string.Empty;
    }

    private static string Message(Exception ex, string? parameter)
    {
        string message = CsvText.FirstLine(ex.Message);
        if (parameter is not null)
        {
            string suffix = " (Parameter '" + parameter + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - suffix.Length);
            }
        }

        return message;
    }

    private static string Snake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c))
            {
                builder.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
