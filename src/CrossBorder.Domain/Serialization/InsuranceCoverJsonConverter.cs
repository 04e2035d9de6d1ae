using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes an <see cref="InsuranceCover"/> as <c>{"premium":{"amount":"12.00","currency":"USD"},"rate":"0%","coverRatio":"0%"}</c>
/// (a premium given), <c>{"premium":null,"rate":"0.3%","coverRatio":"110%"}</c> (estimated) or
/// <c>{"premium":null,"rate":"0%","coverRatio":"0%"}</c> (none). Reading accepts any subset of the three properties.
/// </summary>
public sealed class InsuranceCoverJsonConverter : JsonConverter<InsuranceCover>
{
    /// <inheritdoc/>
    public override InsuranceCover Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "an insurance cover {\"premium\":null,\"rate\":\"0.3%\",\"coverRatio\":\"110%\"}");
        Money? premium = null;
        Percentage rate = Percentage.Zero, cover = Percentage.Zero;
        var money = new MoneyJsonConverter();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "premium": premium = reader.TokenType == JsonTokenType.Null ? null : money.Read(ref reader, typeof(Money), options); break;
                case "rate": rate = JsonText.ReadString(ref reader, "a premium rate such as \"0.3%\"", Percentage.Parse); break;
                case "coverRatio": cover = JsonText.ReadString(ref reader, "a cover ratio such as \"110%\"", Percentage.Parse); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in an insurance cover; use \"premium\", \"rate\" and \"coverRatio\".");
            }
        }

        try
        {
            if (premium is { } given)
            {
                return rate.Fraction != 0m || cover.Fraction != 0m
                    ? throw new JsonException("An insurance cover has either a \"premium\" or a \"rate\" and \"coverRatio\", not both.")
                    : InsuranceCover.Given(given);
            }

            return rate.Fraction == 0m && cover.Fraction == 0m ? InsuranceCover.None : InsuranceCover.Estimated(rate, cover);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid insurance cover: " + ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, InsuranceCover value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WritePropertyName("premium");
        if (value.Premium is { } premium)
        {
            new MoneyJsonConverter().Write(writer, premium, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("rate", value.Rate.ToString());
        writer.WriteString("coverRatio", value.CoverRatio.ToString());
        writer.WriteEndObject();
    }
}
