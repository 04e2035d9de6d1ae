using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Geography;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="MarketplaceId"/> as a JSON string: its identifier, <c>"amazon-de"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class MarketplaceIdJsonConverter : JsonConverter<MarketplaceId>
{
    /// <inheritdoc/>
    public override MarketplaceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a marketplace id such as \"amazon-de\"", MarketplaceId.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MarketplaceId value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.Value);
    }
}
