using System;
using System.Collections.Generic;
using System.Linq;

namespace CrossBorder.Domain.Data;

/// <summary>
/// The reference dataset embedded in this version of the library: its version and the tables it holds.
/// Each namespace reads its own tables from here lazily (currencies for <c>Monetary</c>, tax rates for <c>Geography</c>, …);
/// users replace or extend a table through that namespace's API without touching the library.
/// </summary>
/// <remarks>Thread-safe; the table list is built once, on first use.</remarks>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyList<ReferenceTableInfo>> LazyTables = new(LoadTables);

    /// <summary>
    /// The version of the embedded dataset, as <c>yyyy.MM.dd</c> of the day its data was last checked against its sources.
    /// Every embedded table carries the same version; <c>docs/data-changelog.md</c> lists what changed in each.
    /// </summary>
    public static string Version => "2026.11.26";

    /// <summary>Every embedded table, sorted by name.</summary>
    public static IReadOnlyList<ReferenceTableInfo> Tables => LazyTables.Value;

    private static System.Collections.ObjectModel.ReadOnlyCollection<ReferenceTableInfo> LoadTables()
    {
        var tables = new List<ReferenceTableInfo>();
        foreach (string name in EmbeddedData.Names())
        {
            ReferenceDocument document = EmbeddedData.Load(name);
            tables.Add(new ReferenceTableInfo(
                document.Table,
                document.Version,
                document.Description,
                document.Records.Length,
                document.KeyFields,
                document.Continuous,
                document.Sources.Values.Distinct().ToArray()));
        }

        return tables.AsReadOnly();
    }
}
