using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace CrossBorder.Domain.Data;

/// <summary>Opens the reference-data files embedded in the assembly.</summary>
internal static class EmbeddedData
{
    internal const string Prefix = "CrossBorder.Domain.Data.";

    private static Assembly Assembly => typeof(EmbeddedData).Assembly;

    /// <summary>The names of every embedded table file (without prefix and extension).</summary>
    internal static IReadOnlyList<string> Names()
    {
        var names = new List<string>();
        foreach (string resource in Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(".json", StringComparison.Ordinal))
            {
                names.Add(resource.Substring(Prefix.Length, resource.Length - Prefix.Length - ".json".Length));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Loads and checks one embedded table file.</summary>
    internal static ReferenceDocument Load(string name)
    {
        using Stream stream = Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new InvalidOperationException($"The embedded reference table '{name}' is missing from the assembly; the package is damaged.");
        return ReferenceDocument.Parse(stream, nameof(name), name);
    }
}
