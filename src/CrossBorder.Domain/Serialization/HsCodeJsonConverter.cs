using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="HsCode"/> as a JSON string: its dotted form, <c>"8518.22.00"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class HsCodeJsonConverter : JsonConverter<HsCode>
{
    /// <inheritdoc/>
    public override HsCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "an HS code such as \"8518.22\"", HsCode.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HsCode value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.ToString());
    }
}
