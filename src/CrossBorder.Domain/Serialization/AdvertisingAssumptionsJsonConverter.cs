using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>Writes <see cref="AdvertisingAssumptions"/> as <c>{"acos":"25%","attributedShare":"40%"}</c> and reads the same form (both default to 0%).</summary>
internal sealed class AdvertisingAssumptionsJsonConverter : JsonConverter<AdvertisingAssumptions>
{
    public override AdvertisingAssumptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "advertising assumptions {\"acos\":\"25%\",\"attributedShare\":\"40%\"}");
        Percentage acos = Percentage.Zero, share = Percentage.Zero;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "acos": acos = JsonText.ReadString(ref reader, "an ACoS such as \"25%\"", Percentage.Parse); break;
                case "attributedShare": share = JsonText.ReadString(ref reader, "an attributed share such as \"40%\"", Percentage.Parse); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in advertising assumptions; use \"acos\" and \"attributedShare\".");
            }
        }

        try
        {
            return AdvertisingAssumptions.FromAcos(acos, share);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid advertising assumptions: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, AdvertisingAssumptions value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteString("acos", value.Acos.ToString());
        writer.WriteString("attributedShare", value.AttributedShare.ToString());
        writer.WriteEndObject();
    }
}
