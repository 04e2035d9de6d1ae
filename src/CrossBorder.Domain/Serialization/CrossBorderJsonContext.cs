using System.Collections.Generic;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for the library's public value and result types, so that serialization works without
/// reflection (trimmed and NativeAOT applications). <see cref="CrossBorderJson.Options"/> uses it; applications that serialize
/// their own types under AOT combine <c>CrossBorderJson.Options.TypeInfoResolver</c> with their own context through <c>JsonTypeInfoResolver.Combine</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.Strict, Converters = new[] { typeof(NodaLocalDateJsonConverter) })]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money[]))]
[JsonSerializable(typeof(List<Money>))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(MarketplaceId))]
[JsonSerializable(typeof(HsCode))]
[JsonSerializable(typeof(Mass))]
[JsonSerializable(typeof(Length))]
[JsonSerializable(typeof(Volume))]
[JsonSerializable(typeof(Dimensions))]
[JsonSerializable(typeof(EffectivePeriod))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Provenance))]
internal sealed partial class CrossBorderJsonContext : JsonSerializerContext
{
}
