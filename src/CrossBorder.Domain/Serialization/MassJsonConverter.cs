using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Mass"/> as a JSON string: value and unit, <c>"1.5 kg"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class MassJsonConverter : JsonConverter<Mass>
{
    /// <inheritdoc/>
    public override Mass Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a mass such as \"1.5 kg\"", Mass.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Mass value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.ToString());
    }
}
