using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// NodaTime's own ISO-8601 <see cref="LocalDate"/> converter (<c>"2026-11-27"</c>) behind a parameterless type, so that the
/// source generator can name it at compile time.
/// </summary>
internal sealed class NodaLocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}
