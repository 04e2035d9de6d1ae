using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes an enum as its camelCase name (<c>"cif"</c>, <c>"customsValue, duty"</c> for flags) and reads only names, never numbers,
/// so that a changed member order can never change a document's meaning. Trimming- and AOT-safe (no reflection over enum types
/// at run time beyond what the generic <see cref="JsonStringEnumConverter{TEnum}"/> does).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class JsonCamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public JsonCamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
