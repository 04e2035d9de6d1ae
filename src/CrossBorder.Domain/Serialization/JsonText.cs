using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CrossBorder.Domain.Serialization;

/// <summary>Shared reading helpers for the converters: every failure is a <see cref="JsonException"/> that names what was expected.</summary>
internal static class JsonText
{
    /// <summary>Reads a string token and parses it; a parse failure becomes a JsonException with the parser's message.</summary>
    internal static T ReadString<T>(ref Utf8JsonReader reader, string what, Func<string, T> parse)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {what} as a JSON string, found {Describe(reader.TokenType)}.");
        }

        string text = reader.GetString()!;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonException($"Invalid {what} '{Truncate(text)}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads an exact decimal from a JSON string (preferred) or a JSON number. A number with more than 15 significant digits is
    /// refused: it is the mark of a binary floating-point value (0.1 + 0.2 = 0.30000000000000004) rather than an exact amount.
    /// </summary>
    internal static decimal ReadDecimal(ref Utf8JsonReader reader, string what)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (text.Length > 64 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal fromString))
                {
                    throw new JsonException($"Invalid {what} '{Truncate(text)}': write a decimal number with '.' as the decimal point and no exponent or group separators, such as \"1234.50\".");
                }

                return fromString;
            case JsonTokenType.Number:
                ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (SignificantDigits(raw) > 15)
                {
                    throw new JsonException($"Invalid {what} {System.Text.Encoding.UTF8.GetString(raw.ToArray())}: a JSON number with more than 15 significant digits looks like a binary floating-point value; send exact amounts as strings, such as \"0.30\".");
                }

                if (!reader.TryGetDecimal(out decimal fromNumber))
                {
                    throw new JsonException($"Invalid {what}: the number is outside the decimal range.");
                }

                return fromNumber;
            default:
                throw new JsonException($"Expected {what} as a JSON string such as \"12.34\", found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Reads a JSON array of strings.</summary>
    internal static System.Collections.Generic.List<string> ReadStrings(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected \"{what}\" as a JSON array of strings, found {Describe(reader.TokenType)}.");
        }

        var list = new System.Collections.Generic.List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadString(ref reader, "an item of \"" + what + "\"", s => s));
        }

        return list;
    }

    internal static void WriteStrings(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    internal static bool ReadBoolean(ref Utf8JsonReader reader, string what) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException($"Expected \"{what}\" as true or false, found {Describe(reader.TokenType)}."),
    };

    internal static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {what} as a JSON object, found {Describe(reader.TokenType)}.");
        }
    }

    internal static string ReadPropertyName(ref Utf8JsonReader reader)
    {
        string name = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException($"The JSON ends after the property name '{name}'.");
        }

        return name;
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "a string",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    internal static string Truncate(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static int SignificantDigits(ReadOnlySpan<byte> number)
    {
        int count = 0;
        bool leading = true;
        foreach (byte b in number)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                break;
            }

            if (b < (byte)'0' || b > (byte)'9')
            {
                continue;
            }

            if (leading && b == (byte)'0')
            {
                continue;
            }

            leading = false;
            count++;
        }

        return count;
    }
}
