using CrossBorder.Domain.Internal;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace CrossBorder.Domain.Data;

/// <summary>
/// Typed, checked access to one record of a <see cref="ReferenceDocument"/>. A field that is missing or of the wrong type is
/// recorded as a problem (with its location) instead of throwing, so that a whole file is checked in one pass;
/// fields present in the record but never read are reported as unknown (a typo such as "vaildFrom" does not pass silently).
/// </summary>
internal sealed class RecordReader
{
    private readonly ReferenceDocument document;
    private readonly JsonElement element;
    private readonly List<DataProblem> problems;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly string prefix;
    private readonly List<RecordReader> children = new();

    internal RecordReader(ReferenceDocument document, JsonElement element, int index, List<DataProblem> problems)
        : this(document, element, ReferenceDocument.Location(index), problems)
    {
        Index = index;
    }

    private RecordReader(ReferenceDocument document, JsonElement element, string prefix, List<DataProblem> problems)
    {
        this.document = document;
        this.element = element;
        this.prefix = prefix;
        this.problems = problems;
        read.Add("source");
        read.Add("validFrom");
        read.Add("validTo");
        read.Add("note");
    }

    internal int Index { get; }

    internal string Table => document.Table;

    internal string Location => prefix;

    internal void Problem(string field, string message) => problems.Add(new DataProblem(document.Table, prefix + "." + field, message));

    internal bool Has(string name)
    {
        read.Add(name);
        return element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;
    }

    internal string? String(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Problem(name, $"{value.GetRawText()} is not a string.");
        return null;
    }

    internal decimal? Decimal(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Problem(name, $"{value.GetRawText()} is not a decimal number.");
        return null;
    }

    internal int? Int32(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        Problem(name, $"{value.GetRawText()} is not a whole number.");
        return null;
    }

    internal bool? Boolean(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(name, $"{value.GetRawText()} is not true or false.");
        return null;
    }

    internal LocalDate? Date(string name, bool required = true)
    {
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out LocalDate date))
        {
            return date;
        }

        Problem(name, $"'{text}' is not a date; write it as \"yyyy-MM-dd\".");
        return null;
    }

    internal IReadOnlyList<string>? StringArray(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"{value.GetRawText()} is not an array of strings.");
            return null;
        }

        var result = new List<string>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(name, $"{item.GetRawText()} is not a string.");
                return null;
            }

            result.Add(item.GetString()!);
        }

        return result;
    }

    internal IReadOnlyList<decimal>? DecimalArray(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"{value.GetRawText()} is not an array of decimal numbers.");
            return null;
        }

        var result = new List<decimal>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetDecimal(out decimal number))
            {
                Problem(name, $"{item.GetRawText()} is not a decimal number.");
                return null;
            }

            result.Add(number);
        }

        return result;
    }

    /// <summary>The record's period (validFrom required unless <paramref name="required"/> is false, in which case it defaults to always).</summary>
    internal EffectivePeriod? Period(bool required = true)
    {
        LocalDate? from = Date("validFrom", required);
        LocalDate? to = Date("validTo", required: false);
        if (from is null)
        {
            return required ? null : EffectivePeriod.Always;
        }

        if (to is { } end && end < from.Value)
        {
            return null; // reported by the document check
        }

        return new EffectivePeriod(from.Value, to);
    }

    internal Source? Source()
    {
        string? id = String("source");
        return id is null ? null : document.ResolveSource(id);
    }

    /// <summary>Reads a nested object with the same checks.</summary>
    internal RecordReader? Object(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Problem(name, $"{value.GetRawText()} is not an object.");
            return null;
        }

        var child = new RecordReader(document, value, prefix + "." + name, problems);
        children.Add(child);
        return child;
    }

    /// <summary>Reads an array of nested objects with the same checks.</summary>
    internal IReadOnlyList<RecordReader>? Objects(string name, bool required = true)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"{value.GetRawText()} is not an array of objects.");
            return null;
        }

        var result = new List<RecordReader>();
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            string location = prefix + "." + name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new DataProblem(document.Table, location, $"{item.GetRawText()} is not an object."));
            }
            else
            {
                var child = new RecordReader(document, item, location, problems);
                children.Add(child);
                result.Add(child);
            }

            i++;
        }

        return result;
    }

    internal void CheckNoUnknownFields()
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                Problem(property.Name, $"'{property.Name}' is not a field of table '{document.Table}'; check its spelling.");
            }
        }

        foreach (RecordReader child in children)
        {
            child.CheckNoUnknownFields();
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        read.Add(name);
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Problem(name, $"'{name}' is required.");
        }

        return false;
    }
}
