using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Sku"/> as a JSON string: the seller's stock-keeping unit, <c>"SPK-1"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class SkuJsonConverter : JsonConverter<Sku>
{
    /// <inheritdoc/>
    public override Sku Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a SKU such as \"SPK-1\"", Sku.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Sku value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.Value);
    }
}
