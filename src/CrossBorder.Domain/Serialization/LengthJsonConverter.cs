using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Length"/> as a JSON string: value and unit, <c>"30 cm"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class LengthJsonConverter : JsonConverter<Length>
{
    /// <inheritdoc/>
    public override Length Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a length such as \"30 cm\"", Length.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Length value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.ToString());
    }
}
