using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes a pricing <see cref="Fulfilment"/> as <c>{"byAmazon":true,"dimensions":{…},"unitWeight":"0.25 kg","fixedCost":null,"label":"FBA fulfilment fee"}</c>.
/// Reading: <c>byAmazon</c> true needs dimensions and unit weight; otherwise a <c>fixedCost</c> gives a fixed cost per unit with the
/// label; neither gives <see cref="Fulfilment.None"/>.
/// </summary>
internal sealed class FulfilmentJsonConverter : JsonConverter<Fulfilment>
{
    public override Fulfilment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "a fulfilment {\"byAmazon\":false,\"fixedCost\":{\"amount\":\"3.90\",\"currency\":\"EUR\"},\"label\":\"3PL\"}");
        bool byAmazon = false;
        Dimensions? dimensions = null;
        Mass? weight = null;
        Money? fixedCost = null;
        string? label = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "byAmazon":
                    byAmazon = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw new JsonException($"Expected \"byAmazon\" as true or false, found {JsonText.Describe(reader.TokenType)}."),
                    };
                    break;
                case "dimensions": dimensions = reader.TokenType == JsonTokenType.Null ? null : new DimensionsJsonConverter().Read(ref reader, typeof(Dimensions), options); break;
                case "unitWeight": weight = reader.TokenType == JsonTokenType.Null ? null : JsonText.ReadString(ref reader, "a mass such as \"0.25 kg\"", Mass.Parse); break;
                case "fixedCost": fixedCost = reader.TokenType == JsonTokenType.Null ? null : new MoneyJsonConverter().Read(ref reader, typeof(Money), options); break;
                case "label": label = reader.TokenType == JsonTokenType.Null ? null : JsonText.ReadString(ref reader, "a label", s => s); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in a fulfilment; use \"byAmazon\", \"dimensions\", \"unitWeight\", \"fixedCost\" and \"label\".");
            }
        }

        try
        {
            if (byAmazon)
            {
                return dimensions is { } d && weight is { } w
                    ? Fulfilment.ByAmazon(d, w)
                    : throw new JsonException("A fulfilment by Amazon needs \"dimensions\" and \"unitWeight\".");
            }

            if (fixedCost is { } cost)
            {
                return label is null ? Fulfilment.Fixed(cost) : Fulfilment.Fixed(cost, label);
            }

            return Fulfilment.None;
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid fulfilment: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, Fulfilment value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteBoolean("byAmazon", value.IsByAmazon);
        writer.WritePropertyName("dimensions");
        if (value.IsByAmazon)
        {
            new DimensionsJsonConverter().Write(writer, value.Dimensions, options);
            writer.WriteString("unitWeight", value.UnitWeight.ToString());
        }
        else
        {
            writer.WriteNullValue();
            writer.WriteNull("unitWeight");
        }

        writer.WritePropertyName("fixedCost");
        if (value.FixedCost is { } cost)
        {
            new MoneyJsonConverter().Write(writer, cost, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("label", value.Label);
        writer.WriteEndObject();
    }
}
