using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="CertificateType"/> as a JSON string: its code, <c>"CE-RED"</c>. Reading parses the same form; errors are <see cref="JsonException"/>s.</summary>
public sealed class CertificateTypeJsonConverter : JsonConverter<CertificateType>
{
    /// <inheritdoc/>
    public override CertificateType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadString(ref reader, "a certificate type such as \"CE-RED\"", CertificateType.Parse);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CertificateType value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStringValue(value.Code);
    }
}
