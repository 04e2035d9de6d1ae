using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ProductCategory"/> as <c>{"code":"toy","name":"Toy"}</c>. Reading accepts that object (a code that is not
/// built in defines the user's own category with the given name) or, for built-in categories, the bare code <c>"toy"</c>.
/// </summary>
public sealed class ProductCategoryJsonConverter : JsonConverter<ProductCategory>
{
    /// <inheritdoc/>
    public override ProductCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return JsonText.ReadString(ref reader, "a built-in product category code such as \"toy\"", ProductCategory.FromCode);
        }

        JsonText.ExpectStartObject(ref reader, "a product category {\"code\":\"toy\",\"name\":\"Toy\"}");
        string? code = null, name = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = JsonText.ReadPropertyName(ref reader);
            switch (property)
            {
                case "code": code = JsonText.ReadString(ref reader, "category code", s => s); break;
                case "name": name = JsonText.ReadString(ref reader, "category name", s => s); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(property)}' in a product category; use \"code\" and \"name\".");
            }
        }

        if (code is null)
        {
            throw new JsonException("A product category needs \"code\".");
        }

        if (ProductCategory.TryFromCode(code, out ProductCategory? known))
        {
            return known;
        }

        try
        {
            return ProductCategory.Define(code, name ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid product category '{JsonText.Truncate(code)}': {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ProductCategory value, JsonSerializerOptions options)
    {
        Internal.Preconditions.CheckNotNull(writer, nameof(writer));
        Internal.Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("name", value.Name);
        writer.WriteEndObject();
    }
}
