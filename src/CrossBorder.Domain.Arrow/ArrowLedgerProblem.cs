using System.Globalization;

namespace CrossBorder.Domain.Arrow;

/// <summary>One problem found in an Arrow ledger: which batch, which row, which column and what is wrong.</summary>
/// <param name="Batch">The 0-based index of the record batch in the stream (0 when a single batch was read).</param>
/// <param name="Row">The 0-based row index within the batch, or −1 when the problem concerns the schema.</param>
/// <param name="Column">The column name, or an empty string when the problem concerns the whole row.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ArrowLedgerProblem(int Batch, int Row, string Column, string Message)
{
    /// <summary>"batch 0, row 12, column amount: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "batch " + Batch.ToString(CultureInfo.InvariantCulture)
        + (Row < 0 ? ", schema" : ", row " + Row.ToString(CultureInfo.InvariantCulture))
        + (Column.Length == 0 ? string.Empty : ", column " + Column) + ": " + Message;
}
