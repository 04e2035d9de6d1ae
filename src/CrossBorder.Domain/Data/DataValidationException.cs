using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrossBorder.Domain.Data;

/// <summary>
/// Reference data (embedded, or supplied by the user) is malformed or inconsistent. Every problem found is reported at once,
/// with its location, and nothing from the data was applied.
/// </summary>
public sealed class DataValidationException : ArgumentException
{
    private const int ProblemsInMessage = 20;

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="paramName">The argument that carried the data.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public DataValidationException(string? paramName, IEnumerable<DataProblem> problems)
        : this(paramName, (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private DataValidationException(string? paramName, DataProblem[] problems)
        : base(BuildMessage(problems), paramName)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string BuildMessage(DataProblem[] problems)
    {
        var text = new StringBuilder();
        text.Append("The reference data is invalid (").Append(problems.Length).Append(problems.Length == 1 ? " problem" : " problems")
            .Append("); nothing was applied.");
        foreach (DataProblem problem in problems.Take(ProblemsInMessage))
        {
            text.Append(Environment.NewLine).Append(" - ").Append(problem);
        }

        if (problems.Length > ProblemsInMessage)
        {
            text.Append(Environment.NewLine).Append(" - … and ").Append(problems.Length - ProblemsInMessage).Append(" more (see Problems).");
        }

        return text.ToString();
    }
}
