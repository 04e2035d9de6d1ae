using CrossBorder.Domain.Internal;
using System;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// A lookup "as of a date" found no record in force: the key is unknown, or the date is before the data begins or after it ends.
/// </summary>
public sealed class RecordNotInForceException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table that was searched.</param>
    /// <param name="key">The key that was looked up, as text.</param>
    /// <param name="date">The date of the lookup.</param>
    /// <param name="paramName">The argument that was out of range (<c>date</c> or <c>key</c>).</param>
    /// <param name="detail">What the table does hold for the key, to help the caller.</param>
    public RecordNotInForceException(string table, string key, LocalDate date, string paramName, string detail)
        : base($"No record of table '{table}' is in force for key '{key}' on {IsoDate.Format(date)}. {detail}", paramName)
    {
        Table = table;
        Key = key;
        Date = date;
    }

    /// <summary>The table that was searched.</summary>
    public string Table { get; }

    /// <summary>The key that was looked up, as text.</summary>
    public string Key { get; }

    /// <summary>The date of the lookup.</summary>
    public LocalDate Date { get; }
}
