using System;
using System.Collections.Generic;
using System.Linq;

namespace CrossBorder.Domain.Csv;

/// <summary>
/// A CSV file could not be imported. <see cref="Problems"/> lists every problem found, each with its line number; nothing from the
/// file was applied.
/// </summary>
public sealed class CsvImportException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was being imported, for the message (for example "ECB reference rates").</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public CsvImportException(string what, IReadOnlyList<CsvProblem> problems)
        : base(BuildMessage(what, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    private static string BuildMessage(string what, IReadOnlyList<CsvProblem> problems)
    {
        const int Shown = 20;
        string list = string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "  " + p));
        string more = problems.Count > Shown ? Environment.NewLine + "  … and " + (problems.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty;
        return $"The {what} CSV has {problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} problem(s); nothing was imported:{Environment.NewLine}{list}{more}";
    }
}
