using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes a <see cref="ChargeableWeight"/> as <c>{"actual":"12 kg","volumetric":"15 kg","chargeable":"15 kg"}</c> and reads the same form.</summary>
public sealed class ChargeableWeightJsonConverter : JsonConverter<ChargeableWeight>
{
    /// <inheritdoc/>
    public override ChargeableWeight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "a chargeable weight {\"actual\":\"12 kg\",\"volumetric\":\"15 kg\",\"chargeable\":\"15 kg\"}");
        Mass? actual = null, volumetric = null, chargeable = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            Mass mass = JsonText.ReadString(ref reader, "a mass such as \"12 kg\"", Mass.Parse);
            switch (name)
            {
                case "actual": actual = mass; break;
                case "volumetric": volumetric = mass; break;
                case "chargeable": chargeable = mass; break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in a chargeable weight; use \"actual\", \"volumetric\" and \"chargeable\".");
            }
        }

        if (actual is null || volumetric is null || chargeable is null)
        {
            throw new JsonException("A chargeable weight needs all three of \"actual\", \"volumetric\" and \"chargeable\".");
        }

        if (chargeable.Value < actual.Value || chargeable.Value < volumetric.Value)
        {
            throw new JsonException($"Invalid chargeable weight: \"chargeable\" ({chargeable.Value}) is less than the actual ({actual.Value}) or volumetric ({volumetric.Value}) weight.");
        }

        return new ChargeableWeight(actual.Value, volumetric.Value, chargeable.Value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ChargeableWeight value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteString("actual", value.Actual.ToString());
        writer.WriteString("volumetric", value.Volumetric.ToString());
        writer.WriteString("chargeable", value.Chargeable.ToString());
        writer.WriteEndObject();
    }
}
