using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using CrossBorder.Domain.Internal;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The library's JSON contract (documented in <c>docs/json.md</c>): camelCase property names, money as
/// <c>{"amount":"12.34","currency":"EUR"}</c>, codes and quantities as strings, NodaTime dates as ISO-8601 (<c>"2026-11-27"</c>)
/// through NodaTime's own System.Text.Json converters, enums as camelCase strings (each library enum carries a <see cref="JsonCamelCaseEnumConverter{TEnum}"/>), no indentation.
/// </summary>
/// <remarks>
/// The library's value types carry their converters as attributes, so they serialize the same way under any options; these
/// options add what attributes cannot (NodaTime types, naming) for the library's result types and for your own
/// types that contain them. Metadata comes from <c>CrossBorderJsonContext</c> (source-generated), and from reflection for
/// other types where the application allows reflection. Output is byte-identical across runs, cultures and machines. Thread-safe.
/// </remarks>
public static class CrossBorderJson
{
    private static readonly JsonSerializerOptions ReadOnlyOptions = Build();

    /// <summary>
    /// Shared, read-only options with the contract above. Use them directly, or <see cref="CreateOptions"/> for a copy to customise.
    /// </summary>
    public static JsonSerializerOptions Options => ReadOnlyOptions;

    /// <summary>A new, mutable copy of <see cref="Options"/>.</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => new(ReadOnlyOptions);

    /// <summary>Adds the library's converters for NodaTime values (dates, instants, intervals, time zones) to existing options.</summary>
    /// <param name="options">Options that are not yet in use.</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.DateIntervalConverter);
        options.Converters.Add(NodaConverters.AnnualDateConverter);
        options.Converters.Add(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb));
        return options;
    }

#if NET8_0_OR_GREATER
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection is used only when the application allows it (JsonSerializer.IsReflectionEnabledByDefault); trimmed and AOT applications get the source-generated metadata alone.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above: the reflection resolver is only added when reflection-based serialization is enabled.")]
#endif
    private static IJsonTypeInfoResolver Resolver() =>
        JsonSerializer.IsReflectionEnabledByDefault
            ? JsonTypeInfoResolver.Combine(CrossBorderJsonContext.Default, new DefaultJsonTypeInfoResolver())
            : CrossBorderJsonContext.Default;

    private static JsonSerializerOptions Build()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = false,
            MaxDepth = 64,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
#if NET9_0_OR_GREATER || NETSTANDARD2_0
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
#endif
        };
        Configure(options);
        options.TypeInfoResolver = Resolver();
        options.MakeReadOnly();
        return options;
    }
}
