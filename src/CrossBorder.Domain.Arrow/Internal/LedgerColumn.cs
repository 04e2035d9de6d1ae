using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using NodaTime;

namespace CrossBorder.Domain.Arrow.Internal;

/// <summary>The logical type an importer expects of a column.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Decimal,
    Timestamp,
    Date,
    Boolean,
}

/// <summary>One column of a batch, read as its logical type whatever its physical Arrow type.</summary>
internal sealed class LedgerColumn
{
    private readonly IArrowArray array;

    public LedgerColumn(string name, ColumnKind kind, IArrowArray array)
    {
        Name = name;
        Kind = kind;
        this.array = array;
    }

    public string Name { get; }

    public ColumnKind Kind { get; }

    public string? GetString(int row) => Text(array, row);

    public long? GetInteger(int row) => array switch
    {
        Int64Array a => a.GetValue(row),
        Int32Array a => a.GetValue(row),
        Int16Array a => a.GetValue(row),
        Int8Array a => a.GetValue(row),
        UInt32Array a => a.GetValue(row),
        UInt16Array a => a.GetValue(row),
        UInt8Array a => a.GetValue(row),
        UInt64Array a => a.GetValue(row) is { } u ? (u > long.MaxValue ? long.MaxValue : (long)u) : null,
        _ => null,
    };

    /// <summary>The amount, or an error message.</summary>
    public string? GetDecimal(int row, out decimal? value)
    {
        value = null;
        switch (array)
        {
            case Decimal128Array a:
                value = a.GetValue(row);
                return null;
            case Decimal64Array a:
                value = a.GetValue(row);
                return null;
            case Decimal32Array a:
                value = a.GetValue(row);
                return null;
            case Int8Array or Int16Array or Int32Array or Int64Array:
                value = GetInteger(row);
                return null;
            default:
                string? text = Text(array, row);
                if (text is null)
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
                {
                    value = parsed;
                    return null;
                }

                return $"'{text}' is not a number; write digits with '.' as the decimal point.";
        }
    }

    public Instant? GetInstant(int row)
    {
        if (array is not TimestampArray a || a.GetValue(row) is not long raw)
        {
            return null;
        }

        // Arrow stores timestamps with a time zone as UTC; timestamps without one are read as UTC (documented).
        var type = (TimestampType)a.Data.DataType;
        return type.Unit switch
        {
            TimeUnit.Second => Instant.FromUnixTimeSeconds(raw),
            TimeUnit.Millisecond => Instant.FromUnixTimeMilliseconds(raw),
            TimeUnit.Microsecond => Instant.FromUnixTimeTicks(checked(raw * 10)),
            _ => Instant.FromUnixTimeTicks(raw / 100),
        };
    }

    public LocalDate? GetDate(int row) => array switch
    {
        Date32Array a => a.GetValue(row) is int days ? BatchReader.FromEpochDays(days) : null,
        Date64Array a => a.GetValue(row) is long ms ? BatchReader.FromEpochDays(ms / 86_400_000L) : null,
        _ => null,
    };

    public bool? GetBoolean(int row) => array is BooleanArray a ? a.GetValue(row) : null;

    private static string? Text(IArrowArray array, int row) => array switch
    {
        StringArray a => a.GetString(row),
        StringViewArray a => a.GetString(row),
        LargeStringArray a => a.GetString(row),
        DictionaryArray d => d.Indices is { } indices && Index(indices, row) is int i ? Text(d.Dictionary, i) : null,
        _ => null,
    };

    private static int? Index(IArrowArray indices, int row) => indices switch
    {
        Int8Array a => a.GetValue(row),
        Int16Array a => a.GetValue(row),
        Int32Array a => a.GetValue(row),
        Int64Array a => a.GetValue(row) is long l ? (int)l : null,
        UInt8Array a => a.GetValue(row),
        UInt16Array a => a.GetValue(row),
        UInt32Array a => a.GetValue(row) is uint u ? (int)u : null,
        _ => null,
    };
}
