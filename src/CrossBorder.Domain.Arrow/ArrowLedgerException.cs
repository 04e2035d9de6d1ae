using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrossBorder.Domain.Arrow;

/// <summary>
/// A record batch could not be read as ledger rows. <see cref="Problems"/> lists every problem found in the batch (schema and rows);
/// no row of the batch was returned or aggregated.
/// </summary>
public sealed class ArrowLedgerException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was being read (for example "order lines").</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public ArrowLedgerException(string what, IReadOnlyList<ArrowLedgerProblem> problems)
        : base(BuildMessage(what, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in row order.</summary>
    public IReadOnlyList<ArrowLedgerProblem> Problems { get; }

    private static string BuildMessage(string what, IReadOnlyList<ArrowLedgerProblem> problems)
    {
        const int Shown = 20;
        string list = string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "  " + p));
        string more = problems.Count > Shown ? Environment.NewLine + "  … and " + (problems.Count - Shown).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
        return $"The Arrow {what} batch has {problems.Count.ToString(CultureInfo.InvariantCulture)} problem(s); none of its rows was used:{Environment.NewLine}{list}{more}";
    }
}
