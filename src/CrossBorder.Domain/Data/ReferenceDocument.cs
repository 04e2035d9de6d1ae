using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// A reference-data file in the library's format, parsed and checked for the rules every table shares:
/// a table name and version, a dictionary of sources, and records that each name a source, whose periods parse and are in order,
/// and which do not overlap per declared key. Typed tables map its records with a <see cref="RecordReader"/>.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "table": "vat-rates", "version": "2026.11.26", "description": "…",
///   "key": ["country", "category"], "continuous": true,
///   "sources": { "id": { "title": "…", "address": "https://…", "retrieved": "2026-11-25", "kind": "official" } },
///   "records": [ { "country": "DE", "validFrom": "2007-01-01", "validTo": null, "source": "id", … } ]
/// }
/// </code>
/// </remarks>
internal sealed class ReferenceDocument
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    private ReferenceDocument(string table, string version, string description, IReadOnlyList<string> keyFields, bool continuous, Dictionary<string, Source> sources, JsonElement[] records, int[] positions)
    {
        RecordPositions = positions;
        Table = table;
        Version = version;
        Description = description;
        KeyFields = keyFields;
        Continuous = continuous;
        Sources = sources;
        Records = records;
    }

    internal string Table { get; }

    internal string Version { get; }

    internal string Description { get; }

    internal IReadOnlyList<string> KeyFields { get; }

    internal bool Continuous { get; }

    internal IReadOnlyDictionary<string, Source> Sources { get; }

    internal JsonElement[] Records { get; }

    /// <summary>The position of each of <see cref="Records"/> in the file's 'records' array (entries that are not objects are left out of <see cref="Records"/>).</summary>
    internal int[] RecordPositions { get; }

    /// <summary>
    /// Problems found while parsing that <see cref="Map{T}"/> reports together with the problems of every record (only for a document
    /// parsed with <c>deferProblems</c>); empty otherwise.
    /// </summary>
    internal IReadOnlyList<DataProblem> DeferredProblems { get; private set; } = Array.Empty<DataProblem>();

    /// <summary>The record at a position of the file's 'records' array, when it is an object.</summary>
    internal bool TryGetRecordAt(int position, out JsonElement record)
    {
        int i = Array.IndexOf(RecordPositions, position);
        record = i >= 0 ? Records[i] : default;
        return i >= 0;
    }

    /// <summary>Throws the deferred problems together with <paramref name="more"/>.</summary>
    internal DataValidationException Fail(string paramName, params DataProblem[] more)
    {
        var all = new List<DataProblem>(DeferredProblems);
        all.AddRange(more);
        return new DataValidationException(paramName, all);
    }

    /// <summary>
    /// Parses and checks a document; every problem is reported at once. With <paramref name="deferProblems"/>, problems that do not
    /// stop the records from being read (a missing version or source, a bad period, overlaps) are kept in
    /// <see cref="DeferredProblems"/> and reported by <see cref="Map{T}"/> together with the problems of every record, so that a
    /// user who loads a malformed file sees all of them at once; the caller must then map the document (or call <see cref="Fail"/>).
    /// </summary>
    internal static ReferenceDocument Parse(Stream utf8Json, string paramName, string? expectedTable = null, bool deferProblems = false)
    {
        Preconditions.CheckNotNull(utf8Json, paramName);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), paramName, expectedTable, deferProblems);
    }

    /// <summary>Parses and checks a document given as text (see the stream overload for <paramref name="deferProblems"/>).</summary>
    internal static ReferenceDocument Parse(string json, string paramName, string? expectedTable = null, bool deferProblems = false)
    {
        Preconditions.CheckNotNull(json, paramName);
        return Parse(new ReadOnlyMemory<byte>(System.Text.Encoding.UTF8.GetBytes(json)), paramName, expectedTable, deferProblems);
    }

    private static ReferenceDocument Parse(ReadOnlyMemory<byte> utf8, string paramName, string? expectedTable, bool deferProblems)
    {
        string tableName = expectedTable ?? "(unnamed)";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            throw new DataValidationException(paramName, new[]
            {
                new DataProblem(tableName, $"line {((ex.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}, byte {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}", "the file is not valid JSON: " + ex.Message),
            });
        }

        using (document)
        {
            var problems = new List<DataProblem>();
            // One copy of the whole document that outlives the pooled parse buffers (cheaper than cloning record by record).
            JsonElement root = document.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DataValidationException(paramName, new[] { new DataProblem(tableName, "$", "the document must be a JSON object with 'table', 'version', 'sources' and 'records'.") });
            }

            // Text that is valid JSON but not valid UTF-16 (a lone surrogate escape such as \uDE20) makes JsonElement.GetString
            // throw InvalidOperationException later; find every such string now (found by fuzzing).
            CheckText(root, "$", tableName, problems);
            if (problems.Count > 0)
            {
                throw new DataValidationException(paramName, problems);
            }

            string? table = ReadString(root, "table", tableName, problems);
            if (table is not null)
            {
                tableName = table;
                if (expectedTable is not null && !string.Equals(table, expectedTable, StringComparison.Ordinal))
                {
                    problems.Add(new DataProblem(tableName, "$.table", $"the document is table '{table}', but table '{expectedTable}' was expected."));
                }
            }

            string version = ReadString(root, "version", tableName, problems) ?? string.Empty;
            string description = root.TryGetProperty("description", out JsonElement d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : string.Empty;
            var keyFields = new List<string>();
            if (root.TryGetProperty("key", out JsonElement keyElement))
            {
                if (keyElement.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement k in keyElement.EnumerateArray())
                    {
                        if (k.ValueKind == JsonValueKind.String)
                        {
                            keyFields.Add(k.GetString()!);
                        }
                    }
                }
                else
                {
                    problems.Add(new DataProblem(tableName, "$.key", "'key' must be an array of field names."));
                }
            }

            bool continuous = root.TryGetProperty("continuous", out JsonElement c) && c.ValueKind == JsonValueKind.True;
            Dictionary<string, Source> sources = ReadSources(root, tableName, problems);

            JsonElement[] records = Array.Empty<JsonElement>();
            int[] positions = Array.Empty<int>();
            if (!root.TryGetProperty("records", out JsonElement recordsElement) || recordsElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DataProblem(tableName, "$.records", "'records' must be an array of objects."));
            }
            else
            {
                var list = new List<JsonElement>();
                var positionList = new List<int>();
                int index = 0;
                foreach (JsonElement record in recordsElement.EnumerateArray())
                {
                    if (record.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add(new DataProblem(tableName, Location(index), "each record must be a JSON object."));
                    }
                    else
                    {
                        list.Add(record);
                        positionList.Add(index);
                        CheckRecordSource(record, index, tableName, sources, problems);
                    }

                    index++;
                }

                records = list.ToArray();
                positions = positionList.ToArray();
            }

            var result = new ReferenceDocument(tableName, version, description, keyFields, continuous, sources, records, positions);
            result.CheckPeriods(problems);
            if (problems.Count > 0)
            {
                if (!deferProblems)
                {
                    throw new DataValidationException(paramName, problems);
                }

                result.DeferredProblems = problems.ToArray();
            }

            return result;
        }
    }

    /// <summary>Maps every record; if any record has a problem, every problem is reported and nothing is returned.</summary>
    internal List<T> Map<T>(Func<RecordReader, T?> map, string paramName)
        where T : class
    {
        var problems = new List<DataProblem>();
        var result = new List<T>(Records.Length);
        for (int i = 0; i < Records.Length; i++)
        {
            int position = RecordPositions[i];
            var reader = new RecordReader(this, Records[i], position, problems);
            int before = problems.Count;
            T? value = null;
            try
            {
                value = map(reader);
            }
            catch (ArgumentException ex)
            {
                problems.Add(new DataProblem(Table, Location(position), ex.Message));
            }

            reader.CheckNoUnknownFields();
            if (value is not null && problems.Count == before)
            {
                result.Add(value);
            }
        }

        if (DeferredProblems.Count > 0)
        {
            // The document-level problems first, then each record's own, leaving out what the document check already said
            // about the same location (a missing source, a date that does not parse).
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (DataProblem p in DeferredProblems)
            {
                reported.Add(p.Location);
            }

            var all = new List<DataProblem>(DeferredProblems);
            foreach (DataProblem p in problems)
            {
                if (!reported.Contains(p.Location))
                {
                    all.Add(p);
                }
            }

            problems = all;
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(paramName, problems);
        }

        return result;
    }

    private static void CheckText(JsonElement element, string path, string table, List<DataProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        problems.Add(new DataProblem(table, path, "a property name is not valid text (it contains a lone surrogate escape such as \\uDE20); write valid UTF-16."));
                        continue;
                    }

                    CheckText(property.Value, path + "." + name, table, problems);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CheckText(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", table, problems);
                    i++;
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    problems.Add(new DataProblem(table, path, "the string is not valid text (it contains a lone surrogate escape such as \\uDE20); write valid UTF-16."));
                }

                break;
        }
    }

    internal static string Location(int index) => "records[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal Source? ResolveSource(string id) => Sources.TryGetValue(id, out Source? source) ? source : null;

    private void CheckPeriods(List<DataProblem> problems)
    {
        var byKey = new Dictionary<string, List<(EffectivePeriod Period, int Index)>>(StringComparer.Ordinal);
        for (int i = 0; i < Records.Length; i++)
        {
            JsonElement record = Records[i];
            bool hasFrom = record.TryGetProperty("validFrom", out JsonElement fromElement);
            bool hasTo = record.TryGetProperty("validTo", out JsonElement toElement) && toElement.ValueKind != JsonValueKind.Null;
            if (!hasFrom)
            {
                if (hasTo)
                {
                    problems.Add(new DataProblem(Table, Location(RecordPositions[i]) + ".validFrom", "a record with 'validTo' must also have 'validFrom'."));
                }

                continue;
            }

            LocalDate? from = ParseDate(fromElement, Location(RecordPositions[i]) + ".validFrom", problems);
            LocalDate? to = hasTo ? ParseDate(toElement, Location(RecordPositions[i]) + ".validTo", problems) : null;
            if (from is null || (hasTo && to is null))
            {
                continue;
            }

            if (to is { } end && end < from.Value)
            {
                problems.Add(new DataProblem(Table, Location(RecordPositions[i]) + ".validTo", $"validTo {IsoDate.Format(end)} is before validFrom {IsoDate.Format(from.Value)}."));
                continue;
            }

            string key = KeyOf(record);
            if (!byKey.TryGetValue(key, out var list))
            {
                list = new List<(EffectivePeriod, int)>();
                byKey.Add(key, list);
            }

            list.Add((new EffectivePeriod(from.Value, to), RecordPositions[i]));
        }

        foreach (KeyValuePair<string, List<(EffectivePeriod Period, int Index)>> pair in byKey)
        {
            List<(EffectivePeriod Period, int Index)> list = pair.Value;
            list.Sort(static (a, b) => a.Period.ValidFrom.CompareTo(b.Period.ValidFrom));
            for (int i = 1; i < list.Count; i++)
            {
                var previous = list[i - 1];
                var current = list[i];
                if (previous.Period.Overlaps(current.Period))
                {
                    problems.Add(new DataProblem(Table, $"{Location(current.Index)} (key {pair.Key})", $"in force {current.Period}, it overlaps {Location(previous.Index)} in force {previous.Period}."));
                }
                else if (Continuous && !previous.Period.IsFollowedBy(current.Period))
                {
                    problems.Add(new DataProblem(Table, $"{Location(current.Index)} (key {pair.Key})", $"in force {current.Period}, it leaves a gap after {Location(previous.Index)} in force {previous.Period}; this table requires continuity."));
                }
            }
        }
    }

    internal string KeyOf(JsonElement record)
    {
        if (KeyFields.Count == 0)
        {
            return string.Empty;
        }

        var parts = new string[KeyFields.Count];
        for (int k = 0; k < KeyFields.Count; k++)
        {
            parts[k] = record.TryGetProperty(KeyFields[k], out JsonElement value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
                : "(none)";
        }

        return string.Join("/", parts);
    }

    private LocalDate? ParseDate(JsonElement element, string location, List<DataProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.String && IsoDate.TryParse(element.GetString(), out LocalDate date))
        {
            return date;
        }

        problems.Add(new DataProblem(Table, location, $"{element.GetRawText()} is not a date; write it as \"yyyy-MM-dd\"."));
        return null;
    }

    private static void CheckRecordSource(JsonElement record, int index, string table, Dictionary<string, Source> sources, List<DataProblem> problems)
    {
        if (!record.TryGetProperty("source", out JsonElement source) || source.ValueKind != JsonValueKind.String)
        {
            problems.Add(new DataProblem(table, Location(index) + ".source", "every record must name its source (an id from 'sources')."));
        }
        else if (!sources.ContainsKey(source.GetString()!))
        {
            problems.Add(new DataProblem(table, Location(index) + ".source", $"source '{source.GetString()}' is not defined in 'sources'."));
        }
    }

    private static Dictionary<string, Source> ReadSources(JsonElement root, string table, List<DataProblem> problems)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        if (!root.TryGetProperty("sources", out JsonElement element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new DataProblem(table, "$.sources", "'sources' must be an object of source id → { title, address, retrieved }."));
            return sources;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            string location = "$.sources." + property.Name;
            JsonElement s = property.Value;
            if (s.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new DataProblem(table, location, "a source must be an object with 'title', 'address' and 'retrieved'."));
                continue;
            }

            int before = problems.Count;
            string? title = ReadString(s, "title", table, problems, location);
            string? address = ReadString(s, "address", table, problems, location);
            string? retrievedText = ReadString(s, "retrieved", table, problems, location);
            LocalDate retrieved = default;
            if (retrievedText is not null)
            {
                if (!IsoDate.TryParse(retrievedText, out retrieved))
                {
                    problems.Add(new DataProblem(table, location + ".retrieved", $"'{retrievedText}' is not a date; write it as \"yyyy-MM-dd\"."));
                }
            }

            SourceKind kind = SourceKind.Official;
            if (s.TryGetProperty("kind", out JsonElement kindElement))
            {
                string? kindText = kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null;
                switch (kindText)
                {
                    case "official": kind = SourceKind.Official; break;
                    case "secondary": kind = SourceKind.Secondary; break;
                    case "user": kind = SourceKind.UserSupplied; break;
                    default:
                        problems.Add(new DataProblem(table, location + ".kind", $"{kindElement.GetRawText()} is not a source kind; use \"official\", \"secondary\" or \"user\"."));
                        break;
                }
            }

            if (problems.Count == before)
            {
                if (sources.ContainsKey(property.Name))
                {
                    problems.Add(new DataProblem(table, location, $"source '{property.Name}' is defined twice; give each source its own id."));
                }
                else
                {
                    sources.Add(property.Name, new Source(title!, address!, retrieved, kind));
                }
            }
        }

        return sources;
    }

    private static string? ReadString(JsonElement element, string name, string table, List<DataProblem> problems, string location = "$")
    {
        if (element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
        {
            return value.GetString();
        }

        problems.Add(new DataProblem(table, location + "." + name, $"'{name}' is required and must be a non-empty string."));
        return null;
    }
}
