using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":"1234.50","currency":"EUR"}</c>: the amount as a string, so that no JSON reader turns
/// it into a binary floating-point number, with at least the currency's minor-unit digits and every digit the amount carries.
/// </summary>
/// <remarks>
/// Reading accepts the amount as a string or as a JSON number with at most 15 significant digits (more is the mark of a binary
/// floating-point value and is refused), the two properties in any order, and nothing else. Errors are <see cref="JsonException"/>s
/// whose <see cref="JsonException.Path"/> names the place in the document.
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "a money amount {\"amount\":\"12.34\",\"currency\":\"USD\"}");
        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "amount":
                    amount = JsonText.ReadDecimal(ref reader, "amount");
                    break;
                case "currency":
                    currency = JsonText.ReadString(ref reader, "currency code", Currency.FromCode);
                    break;
                default:
                    throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in a money amount; only \"amount\" and \"currency\" are allowed.");
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException($"A money amount needs both \"amount\" and \"currency\"; {(amount is null ? "\"amount\"" : "\"currency\"")} is missing.");
        }

        return Money.Of(amount.Value, currency);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStartObject();
        string text = value.ToString(System.Globalization.CultureInfo.InvariantCulture); // "EUR 1234.50", round-trips
        writer.WriteString("amount", text.Substring(4));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
