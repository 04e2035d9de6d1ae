using System;
using System.Globalization;

namespace CrossBorder.Domain.Csv;

/// <summary>One problem found in a CSV file: where it is and what is wrong.</summary>
/// <param name="Line">The 1-based line number in the file (1 = the header).</param>
/// <param name="Column">The column name, or an empty string when the problem concerns the whole row.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record CsvProblem(int Line, string Column, string Message)
{
    private readonly string column = Column ?? throw new ArgumentNullException(nameof(Column));
    private readonly string message = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>The column name, or an empty string when the problem concerns the whole row (never null).</summary>
    public string Column { get => column; init => column = value ?? throw new ArgumentNullException(nameof(Column)); }

    /// <summary>What is wrong and what is allowed (never null).</summary>
    public string Message { get => message; init => message = value ?? throw new ArgumentNullException(nameof(Message)); }

    /// <summary>"line 12, column USD: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "line " + Line.ToString(CultureInfo.InvariantCulture) + (Column.Length == 0 ? string.Empty : ", column " + Column) + ": " + Message;
}
