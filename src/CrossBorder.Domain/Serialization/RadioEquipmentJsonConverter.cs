using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="RadioEquipment"/> as <c>{"technologies":["Bluetooth 5.3"],"bands":["2.4 GHz"],"internetConnected":false}</c> and reads the same form.</summary>
internal sealed class RadioEquipmentJsonConverter : JsonConverter<RadioEquipment>
{
    public override RadioEquipment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "radio equipment {\"technologies\":[\"Bluetooth 5.3\"],\"bands\":[\"2.4 GHz\"],\"internetConnected\":false}");
        List<string>? technologies = null, bands = null;
        bool internet = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "technologies": technologies = JsonText.ReadStrings(ref reader, "technologies"); break;
                case "bands": bands = JsonText.ReadStrings(ref reader, "bands"); break;
                case "internetConnected": internet = JsonText.ReadBoolean(ref reader, "internetConnected"); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in radio equipment; use \"technologies\", \"bands\" and \"internetConnected\".");
            }
        }

        try
        {
            return new RadioEquipment(technologies ?? new List<string>(), bands ?? new List<string>(), internet);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid radio equipment: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, RadioEquipment value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        JsonText.WriteStrings(writer, "technologies", value.Technologies);
        JsonText.WriteStrings(writer, "bands", value.Bands);
        writer.WriteBoolean("internetConnected", value.InternetConnected);
        writer.WriteEndObject();
    }
}
