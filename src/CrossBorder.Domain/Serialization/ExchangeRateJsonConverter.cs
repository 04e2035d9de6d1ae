using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes an <see cref="ExchangeRate"/> as <c>{"baseCurrency":"EUR","quoteCurrency":"USD","rate":"1.1561","date":"2026-11-24","source":"ECB"}</c>:
/// the rate as an exact decimal string. Reading also accepts the rate as a JSON number with at most 15 significant digits.
/// </summary>
internal sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "an exchange rate {\"baseCurrency\":\"EUR\",\"quoteCurrency\":\"USD\",\"rate\":\"1.1561\",\"date\":\"2026-11-24\"}");
        Currency? baseCurrency = null, quote = null;
        decimal? rate = null;
        LocalDate? date = null;
        string? source = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "baseCurrency": baseCurrency = JsonText.ReadString(ref reader, "currency code", Currency.FromCode); break;
                case "quoteCurrency": quote = JsonText.ReadString(ref reader, "currency code", Currency.FromCode); break;
                case "rate": rate = JsonText.ReadDecimal(ref reader, "rate"); break;
                case "date": date = JsonText.ReadString(ref reader, "date (yyyy-MM-dd)", text => IsoDate.TryParse(text, out LocalDate d) ? d : throw new FormatException("write the date as yyyy-MM-dd, such as 2026-11-24.")); break;
                case "source": source = reader.TokenType == JsonTokenType.Null ? null : JsonText.ReadString(ref reader, "source", s => s); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in an exchange rate; use \"baseCurrency\", \"quoteCurrency\", \"rate\", \"date\" and \"source\".");
            }
        }

        if (baseCurrency is null || quote is null || rate is null || date is null)
        {
            throw new JsonException("An exchange rate needs \"baseCurrency\", \"quoteCurrency\", \"rate\" and \"date\".");
        }

        try
        {
            return new ExchangeRate(baseCurrency, quote, rate.Value, date.Value, source);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid exchange rate: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteString("baseCurrency", value.BaseCurrency.Code);
        writer.WriteString("quoteCurrency", value.QuoteCurrency.Code);
        writer.WriteString("rate", JsonText.Format(value.Rate));
        writer.WriteString("date", IsoDate.Format(value.Date));
        if (value.Source is { } source)
        {
            writer.WriteString("source", source);
        }
        else
        {
            writer.WriteNull("source");
        }

        writer.WriteEndObject();
    }
}
