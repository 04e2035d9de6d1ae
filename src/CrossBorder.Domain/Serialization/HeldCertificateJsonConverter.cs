using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Writes a <see cref="HeldCertificate"/> as <c>{"type":"CE-RED","markets":["DE"],"issuer":"…","number":"…","issuedOn":"2025-03-01","validUntil":null,"evidence":[{"kind":"testReport","title":"…","reference":null}]}</c>
/// and reads the same form (<c>markets</c> empty = every market the certificate type applies to; <c>evidence</c> optional).
/// </summary>
internal sealed class HeldCertificateJsonConverter : JsonConverter<HeldCertificate>
{
    private static readonly JsonCamelCaseEnumConverter<EvidenceKind> KindConverter = new();

    public override HeldCertificate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.ExpectStartObject(ref reader, "a held certificate {\"type\":\"CE-RED\",\"markets\":[],\"issuer\":\"…\",\"number\":\"…\",\"issuedOn\":\"2025-03-01\",\"validUntil\":null}");
        CertificateType? type = null;
        var markets = new List<CountryCode>();
        string? issuer = null, number = null;
        LocalDate? issuedOn = null, validUntil = null;
        var evidence = new List<EvidenceDocument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.ReadPropertyName(ref reader);
            switch (name)
            {
                case "type": type = JsonText.ReadString(ref reader, "a certificate type such as \"CE-RED\"", CertificateType.Parse); break;
                case "markets":
                    foreach (string code in JsonText.ReadStrings(ref reader, "markets"))
                    {
                        markets.Add(CountryCode.TryParse(code, out CountryCode country) ? country : throw new JsonException($"Invalid country code '{JsonText.Truncate(code)}' in \"markets\"; use ISO 3166-1 alpha-2 codes such as \"DE\"."));
                    }

                    break;
                case "issuer": issuer = JsonText.ReadString(ref reader, "issuer", s => s); break;
                case "number": number = JsonText.ReadString(ref reader, "number", s => s); break;
                case "issuedOn": issuedOn = ReadDate(ref reader, "issuedOn"); break;
                case "validUntil": validUntil = reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader, "validUntil"); break;
                case "evidence": ReadEvidence(ref reader, evidence, options); break;
                default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in a held certificate.");
            }
        }

        if (type is null || issuer is null || number is null || issuedOn is null)
        {
            throw new JsonException("A held certificate needs \"type\", \"issuer\", \"number\" and \"issuedOn\".");
        }

        try
        {
            return new HeldCertificate(type.Value, markets, issuer, number, issuedOn.Value, validUntil, evidence);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("Invalid held certificate: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, HeldCertificate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteString("type", value.Type.Code);
        writer.WriteStartArray("markets");
        foreach (CountryCode market in value.Markets)
        {
            writer.WriteStringValue(market.Value);
        }

        writer.WriteEndArray();
        writer.WriteString("issuer", value.Issuer);
        writer.WriteString("number", value.Number);
        writer.WriteString("issuedOn", IsoDate.Format(value.IssuedOn));
        if (value.ValidUntil is { } until)
        {
            writer.WriteString("validUntil", IsoDate.Format(until));
        }
        else
        {
            writer.WriteNull("validUntil");
        }

        var kindConverter = (JsonConverter<EvidenceKind>)KindConverter.CreateConverter(typeof(EvidenceKind), options)!;
        writer.WriteStartArray("evidence");
        foreach (EvidenceDocument document in value.Evidence)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kind");
            kindConverter.Write(writer, document.Kind, options);
            writer.WriteString("title", document.Title);
            if (document.Reference is { } reference)
            {
                writer.WriteString("reference", reference);
            }
            else
            {
                writer.WriteNull("reference");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void ReadEvidence(ref Utf8JsonReader reader, List<EvidenceDocument> evidence, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected \"evidence\" as a JSON array, found {JsonText.Describe(reader.TokenType)}.");
        }

        var kindConverter = (JsonConverter<EvidenceKind>)KindConverter.CreateConverter(typeof(EvidenceKind), options)!;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            JsonText.ExpectStartObject(ref reader, "an evidence document {\"kind\":\"testReport\",\"title\":\"…\",\"reference\":null}");
            EvidenceKind? kind = null;
            string? title = null, reference = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = JsonText.ReadPropertyName(ref reader);
                switch (name)
                {
                    case "kind": kind = kindConverter.Read(ref reader, typeof(EvidenceKind), options); break;
                    case "title": title = JsonText.ReadString(ref reader, "title", s => s); break;
                    case "reference": reference = reader.TokenType == JsonTokenType.Null ? null : JsonText.ReadString(ref reader, "reference", s => s); break;
                    default: throw new JsonException($"Unexpected property '{JsonText.Truncate(name)}' in an evidence document; use \"kind\", \"title\" and \"reference\".");
                }
            }

            if (kind is null || title is null)
            {
                throw new JsonException("An evidence document needs \"kind\" and \"title\".");
            }

            try
            {
                evidence.Add(new EvidenceDocument(kind.Value, title, reference));
            }
            catch (ArgumentException ex)
            {
                throw new JsonException("Invalid evidence document: " + ex.Message, ex);
            }
        }
    }

    private static LocalDate ReadDate(ref Utf8JsonReader reader, string what) =>
        JsonText.ReadString(ref reader, what + " date (yyyy-MM-dd)", text => IsoDate.TryParse(text, out LocalDate date) ? date : throw new FormatException("write the date as yyyy-MM-dd, such as 2025-03-01."));
}
