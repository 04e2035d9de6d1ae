using System;
using System.Collections.Generic;
using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using NodaTime;

namespace CrossBorder.Domain.Arrow.Internal;

/// <summary>
/// Reads the columns of one record batch by name (case-insensitive), accepting the physical types DuckDB, Polars and Spark export
/// for each logical type, and collects every schema and row problem instead of throwing the first.
/// </summary>
internal sealed class BatchReader
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private readonly RecordBatch batch;
    private readonly int batchIndex;
    private readonly List<ArrowLedgerProblem> problems = new();

    public BatchReader(RecordBatch batch, int batchIndex)
    {
        this.batch = batch;
        this.batchIndex = batchIndex;
    }

    public int Length => batch.Length;

    public bool HasProblems => problems.Count > 0;

    public void ThrowIfProblems(string what)
    {
        if (problems.Count > 0)
        {
            throw new ArrowLedgerException(what, problems.AsReadOnly());
        }
    }

    public void Problem(int row, string column, string message) => problems.Add(new ArrowLedgerProblem(batchIndex, row, column, message));

    /// <summary>The column, or null (with a schema problem when <paramref name="required"/>).</summary>
    public LedgerColumn? Column(string name, ColumnKind kind, bool required)
    {
        Schema schema = batch.Schema;
        for (int i = 0; i < schema.FieldsList.Count; i++)
        {
            if (!string.Equals(schema.FieldsList[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            IArrowArray array = batch.Column(i);
            if (array.Length < batch.Length)
            {
                Problem(-1, name, string.Format(CultureInfo.InvariantCulture, "has {0} values but the batch has {1} rows; every column must have a value (or null) for each row.", array.Length, batch.Length));
                return null;
            }

            if (!Accepts(kind, array))
            {
                Problem(-1, name, $"has Arrow type {array.Data.DataType.Name}; expected {Expected(kind)}.");
                return null;
            }

            return new LedgerColumn(name, kind, array);
        }

        if (required)
        {
            Problem(-1, name, $"required column is missing; expected {Expected(kind)}.");
        }

        return null;
    }

    public bool String(LedgerColumn? column, int row, out string value, bool required = true)
    {
        value = column is null ? string.Empty : column.GetString(row) ?? string.Empty;
        if (value.Length == 0 && required && column is not null)
        {
            Problem(row, column.Name, "is null or empty; a value is required.");
            return false;
        }

        return column is not null || !required;
    }

    public bool Integer(LedgerColumn? column, int row, out long value)
    {
        value = 0;
        if (column is null)
        {
            return false;
        }

        long? v = column.GetInteger(row);
        if (v is null)
        {
            Problem(row, column.Name, "is null; a whole number is required.");
            return false;
        }

        value = v.Value;
        return true;
    }

    public bool Int32(LedgerColumn? column, int row, out int value)
    {
        value = 0;
        if (!Integer(column, row, out long v))
        {
            return false;
        }

        if (v < int.MinValue || v > int.MaxValue)
        {
            Problem(row, column!.Name, $"{v.ToString(CultureInfo.InvariantCulture)} is out of range for a count.");
            return false;
        }

        value = (int)v;
        return true;
    }

    public bool Decimal(LedgerColumn? column, int row, out decimal value)
    {
        value = 0m;
        if (column is null)
        {
            return false;
        }

        string? error = column.GetDecimal(row, out decimal? v);
        if (error is not null || v is null)
        {
            Problem(row, column.Name, error ?? "is null; an amount is required.");
            return false;
        }

        value = v.Value;
        return true;
    }

    public bool Instant(LedgerColumn? column, int row, out Instant value)
    {
        value = default;
        if (column is null)
        {
            return false;
        }

        Instant? v = column.GetInstant(row);
        if (v is null)
        {
            Problem(row, column.Name, "is null; a timestamp is required.");
            return false;
        }

        value = v.Value;
        return true;
    }

    public bool Date(LedgerColumn? column, int row, out LocalDate value)
    {
        value = default;
        if (column is null)
        {
            return false;
        }

        LocalDate? v = column.GetDate(row);
        if (v is null)
        {
            Problem(row, column.Name, "is null; a date is required.");
            return false;
        }

        value = v.Value;
        return true;
    }

    /// <summary>A date that may be null (or the column absent): null then.</summary>
    public static LocalDate? OptionalDate(LedgerColumn? column, int row) => column?.GetDate(row);

    public static bool Boolean(LedgerColumn? column, int row, bool fallback, out bool value)
    {
        value = column?.GetBoolean(row) ?? fallback;
        return true;
    }

    private static bool Accepts(ColumnKind kind, IArrowArray array) => kind switch
    {
        ColumnKind.Text => IsText(array) || (array is DictionaryArray d && IsText(d.Dictionary)),
        ColumnKind.Integer => array is Int8Array or Int16Array or Int32Array or Int64Array or UInt8Array or UInt16Array or UInt32Array or UInt64Array,
        ColumnKind.Decimal => array is Decimal128Array or Decimal64Array or Decimal32Array or Int8Array or Int16Array or Int32Array or Int64Array || IsText(array),
        ColumnKind.Timestamp => array is TimestampArray,
        ColumnKind.Date => array is Date32Array or Date64Array,
        ColumnKind.Boolean => array is BooleanArray,
        _ => false,
    };

    private static bool IsText(IArrowArray array) => array is StringArray or LargeStringArray or StringViewArray;

    private static string Expected(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "utf8, large_utf8, utf8_view or a dictionary of strings",
        ColumnKind.Integer => "an integer type (int8 … int64, uint8 … uint64)",
        ColumnKind.Decimal => "decimal32/64/128 (exact), an integer, or utf8 text with '.' as the decimal point — not a float, whose binary noise would change amounts",
        ColumnKind.Timestamp => "timestamp (any unit; with a time zone, or without one meaning UTC)",
        ColumnKind.Date => "date32 or date64",
        ColumnKind.Boolean => "bool",
        _ => kind.ToString(),
    };

    /// <summary>Days since 1970-01-01 as a date.</summary>
    internal static LocalDate FromEpochDays(long days) => Epoch.PlusDays(checked((int)days));
}
