using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Geography;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="CountryCode"/> as a JSON string: an ISO 3166-1 alpha-2 code, <c>"DE"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    /// <inheritdoc/>
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a country code such as \"DE\"", CountryCode.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.Value);
    }
}
