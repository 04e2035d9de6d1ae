using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Data;

/// <summary>One thing wrong with reference data, and where it is.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DataProblem
{
    /// <summary>Creates a problem report.</summary>
    /// <param name="table">The table (or file) the problem is in.</param>
    /// <param name="location">Where in the table: for example <c>records[12].validTo</c> or <c>key DE</c>.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DataProblem(string table, string location, string message)
    {
        Table = Preconditions.CheckNotNull(table, nameof(table));
        Location = Preconditions.CheckNotNull(location, nameof(location));
        Message = Preconditions.CheckNotNull(message, nameof(message));
    }

    /// <summary>The table (or file) the problem is in.</summary>
    public string Table { get; }

    /// <summary>Where in the table the problem is.</summary>
    public string Location { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>"table: location: message".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => Table + ": " + Location + ": " + Message;
}
