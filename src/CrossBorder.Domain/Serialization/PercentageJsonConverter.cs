using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Percentage"/> as a JSON string: its exact value in percent, <c>"19%"</c> or <c>"25.5%"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <inheritdoc/>
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a percentage such as \"19%\"", Percentage.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.ToString());
    }
}
