using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="Currency"/> as a JSON string: an ISO 4217 code, <c>"EUR"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a currency code such as \"EUR\"", Currency.FromCode);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.Code);
    }
}
