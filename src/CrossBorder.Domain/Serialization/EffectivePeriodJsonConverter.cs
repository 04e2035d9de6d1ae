using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes an <see cref="EffectivePeriod"/> as <c>{"validFrom":"2024-09-01","validTo":null}</c> (ISO-8601 dates; <c>null</c> for an
/// open end), the form the reference-data files use.
/// </summary>
/// <remarks>
/// An open start is <c>"validFrom":null</c>: it stands for <see cref="LocalDate.MinIsoValue"/>, the first day of
/// <see cref="EffectivePeriod.Always"/>, and reads back as that day. <c>"validFrom"</c> is required; an absent <c>"validTo"</c> reads as <c>null</c>.
/// Other days outside the years 0001–9999 have no JSON form and are refused when written.
/// </remarks>
public sealed class EffectivePeriodJsonConverter : JsonConverter<EffectivePeriod>
{
    /// <inheritdoc/>
    public override EffectivePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "an effective period {\"validFrom\":\"2024-01-01\",\"validTo\":null}");
        LocalDate? from = null;
        LocalDate? to = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "validFrom":
                    from = reader.TokenType == JsonTokenType.Null ? LocalDate.MinIsoValue : ReadDate(ref reader, "validFrom");
                    break;
                case "validTo":
                    to = reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader, "validTo");
                    break;
                default:
                    throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in an effective period; use \"validFrom\" and \"validTo\".");
            }
        }

        if (from is null)
        {
            throw new JsonException("An effective period needs \"validFrom\" (a date, or null for no first day).");
        }


        try
        {
            return new EffectivePeriod(from.Value, to);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid effective period: " + ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, EffectivePeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStartObject();
        if (value.ValidFrom == LocalDate.MinIsoValue)
        {
            writer.WriteNull("validFrom");
        }
        else
        {
            writer.WriteString("validFrom", Format(value.ValidFrom, "validFrom"));
        }

        if (value.ValidTo is LocalDate to)
        {
            writer.WriteString("validTo", Format(to, "validTo"));
        }
        else
        {
            writer.WriteNull("validTo");
        }

        writer.WriteEndObject();
    }

    private static string Format(LocalDate date, string what) =>
        date.Year is >= 1 and <= 9999
            ? IsoDate.Format(date)
            : throw new JsonException($"An effective period's {what} {IsoDate.Format(date)} has no JSON form; dates run from 0001-01-01 to 9999-12-31 (an open start is EffectivePeriod.Always's, written as null).");

    private static LocalDate ReadDate(ref Utf8JsonReader reader, string what) =>
        JsonText.ReadString(ref reader, what + " date (yyyy-MM-dd)", text => IsoDate.TryParse(text, out LocalDate date) ? date : throw new FormatException("write the date as yyyy-MM-dd, such as 2024-09-01."));
}
