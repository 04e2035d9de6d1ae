using System.Collections.Generic;

namespace CrossBorder.Domain.Csv;

/// <summary>The rows imported from a CSV file, and what was deliberately left out (never silently).</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Rows">The imported rows, in file order.</param>
/// <param name="Skipped">Cells or columns left out by a rule the caller chose (for example withdrawn currencies), each with its location.</param>
public sealed record CsvImport<T>(IReadOnlyList<T> Rows, IReadOnlyList<CsvProblem> Skipped);
