using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes <see cref="Dimensions"/> as <c>{"longest":"30 cm","median":"20 cm","shortest":"10 cm"}</c>. Reading accepts the three
/// lengths under those names in any order (they are sorted again, so a reader may send them in any roles).
/// </summary>
public sealed class DimensionsJsonConverter : JsonConverter<Dimensions>
{
    /// <inheritdoc/>
    public override Dimensions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "dimensions {\"longest\":\"30 cm\",\"median\":\"20 cm\",\"shortest\":\"10 cm\"}");
        Length? longest = null, median = null, shortest = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            Length length = JsonText.ReadString(ref reader, "a length such as \"30 cm\"", Length.Parse);
            switch (name)
            {
                case "longest": longest = length; break;
                case "median": median = length; break;
                case "shortest": shortest = length; break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in dimensions; use \"longest\", \"median\" and \"shortest\".");
            }
        }

        if (longest is null || median is null || shortest is null)
        {
            throw new JsonException("Dimensions need all three of \"longest\", \"median\" and \"shortest\".");
        }

        try
        {
            return new Dimensions(longest.Value, median.Value, shortest.Value);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid dimensions: " + ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Dimensions value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteString("longest", value.Longest.ToString());
        writer.WriteString("median", value.Median.ToString());
        writer.WriteString("shortest", value.Shortest.ToString());
        writer.WriteEndObject();
    }
}
