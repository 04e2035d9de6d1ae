using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes a closed vocabulary (<see cref="SmartEnum{TEnum}"/>: <c>FreightMode</c>, <c>Incoterm</c>, <c>ShippingService</c>…) as its
/// name in camelCase (<c>"seaLcl"</c>, <c>"ddp"</c>) and reads only those names, never the numeric value, so that a renumbered
/// member can never change a document's meaning. Errors are <see cref="JsonException"/>s that list the allowed names.
/// </summary>
/// <typeparam name="TEnum">The smart enum.</typeparam>
public sealed class SmartEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    private static readonly Lazy<(Dictionary<string, TEnum> ByName, string Allowed)> Names = new(Build);

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} name as a JSON string ({Names.Value.Allowed}), found {JsonText.Describe(reader.TokenType)}.");
        }

        string text = reader.GetString()!;
        if (Names.Value.ByName.TryGetValue(text, out TEnum? value))
        {
            return value;
        }

        throw new JsonException($"Unknown {typeof(TEnum).Name} '{JsonText.Truncate(text)}'; use one of {Names.Value.Allowed}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.Name));
    }

    private static (Dictionary<string, TEnum>, string) Build()
    {
        var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (TEnum member in SmartEnum<TEnum>.List)
        {
            string name = JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            byName[name] = member;
            names.Add(name);
        }

        names.Sort(StringComparer.Ordinal);
        return (byName, "\"" + string.Join("\", \"", names) + "\"");
    }
}
