using System.Collections.Generic;

namespace CrossBorder.Domain.Data;

/// <summary>What one embedded reference table holds: its name, version, size, key and sources.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceTableInfo
{
    internal ReferenceTableInfo(string name, string version, string description, int recordCount, IReadOnlyList<string> keyFields, bool requiresContinuity, IReadOnlyList<Source> sources)
    {
        Name = name;
        Version = version;
        Description = description;
        RecordCount = recordCount;
        KeyFields = keyFields;
        RequiresContinuity = requiresContinuity;
        Sources = sources;
    }

    /// <summary>The table's name (for example <c>currencies</c>).</summary>
    public string Name { get; }

    /// <summary>The version of the table's data.</summary>
    public string Version { get; }

    /// <summary>What the table holds.</summary>
    public string Description { get; }

    /// <summary>The number of records.</summary>
    public int RecordCount { get; }

    /// <summary>The fields that together identify a record's key; at most one record per key is in force on any day.</summary>
    public IReadOnlyList<string> KeyFields { get; }

    /// <summary>Whether the records of a key must follow one another without gaps.</summary>
    public bool RequiresContinuity { get; }

    /// <summary>The documents the table's records rest on.</summary>
    public IReadOnlyList<Source> Sources { get; }
}
