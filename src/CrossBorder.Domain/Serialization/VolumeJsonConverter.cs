using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Volume"/> as a JSON string: value and unit. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class VolumeJsonConverter : JsonConverter<Volume>
{
    /// <inheritdoc/>
    public override Volume Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a volume such as \"0.5 m3\"", Volume.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Volume value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.ToString());
    }
}
