using System.Collections;
using System.Reflection;
using System.Text;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.LandedCost;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using CrossBorder.Domain.Tests.Compliance;
using NodaTime;

namespace CrossBorder.Domain.Tests.BadInput;

/// <summary>
/// A valid value of (almost) every public parameter type, for the reflection walk: explicit samples for the core types,
/// then a static property of the type itself (Default, Sample, USD…), then the type's public constructor built from samples.
/// </summary>
internal static class Samples
{
    private static readonly LocalDate Day = new(2026, 9, 15);

    private static readonly Dictionary<Type, Func<object?>> Known = new()
    {
        [typeof(string)] = () => "DE",
        [typeof(decimal)] = () => 1m,
        [typeof(int)] = () => 1,
        [typeof(long)] = () => 1L,
        [typeof(double)] = () => 1d,
        [typeof(bool)] = () => false,
        [typeof(LocalDate)] = () => Day,
        [typeof(Instant)] = () => Instant.FromUtc(2026, 9, 15, 12, 0),
        [typeof(DateInterval)] = () => new DateInterval(Day, Day.PlusDays(30)),
        [typeof(Currency)] = () => Currency.EUR,
        [typeof(Money)] = () => Money.Of(10m, Currency.EUR),
        [typeof(Percentage)] = () => Percentage.FromPercent(10),
        [typeof(CountryCode)] = () => CountryCode.Parse("DE"),
        [typeof(MarketplaceId)] = () => MarketplaceId.Parse("amazon-de"),
        [typeof(HsCode)] = () => HsCode.Parse("6109100010"),
        [typeof(Sku)] = () => Sku.Parse("SKU-1"),
        [typeof(Mass)] = () => Mass.FromGrams(200),
        [typeof(Length)] = () => Length.FromCentimetres(10),
        [typeof(Dimensions)] = () => Dimensions.Of(30, 20, 10, LengthUnit.Centimetre),
        [typeof(Product)] = () => SampleProducts.Speaker(),
        [typeof(ProductCategory)] = () => ProductCategory.Electronics,
        [typeof(ExchangeRate)] = () => new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day),
        [typeof(IExchangeRateProvider)] = () => new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day) }),
        [typeof(ExchangeRateTable)] = () => new ExchangeRateTable(new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day) }),
        [typeof(Incoterm)] = () => Incoterm.FOB,
        [typeof(FreightMode)] = () => FreightMode.AirFreight,
        [typeof(FreightQuote)] = () => FreightQuote.Fixed(FreightMode.AirFreight, Money.Of(10, Currency.USD), "air"),
        [typeof(ShipmentLine)] = () => new ShipmentLine("SKU", HsCode.Parse("6109100010"), "CN", 1, Money.Of(5m, Currency.USD), Mass.FromGrams(200)),
        [typeof(Stream)] = () => new MemoryStream(Encoding.UTF8.GetBytes("{}")),
        [typeof(TextReader)] = () => new StringReader(""),
        [typeof(Type)] = () => typeof(object),
        [typeof(IFormatProvider)] = () => System.Globalization.CultureInfo.InvariantCulture,
        [typeof(SaleContext)] = () => new SaleContext(MarketplaceId.Parse("amazon-us"), new LocalDate(2025, 6, 1), Currency.USD, Percentage.Zero, false),
        [typeof(ListingInput)] = () => new ListingInput("home-and-kitchen", new UnitCost(Money.Of(5m, "USD"))),
        [typeof(ShippingService)] = () => null,
        [typeof(CrossBorder.Domain.Data.Source)] = () => new CrossBorder.Domain.Data.Source("Sample source", "https://example.org/source", Day),
        [typeof(CrossBorder.Domain.Data.EffectivePeriod)] = () => CrossBorder.Domain.Data.EffectivePeriod.From(new LocalDate(2020, 1, 1)),
        [typeof(RetailEventRule)] = () => RetailEventRule.Fixed(11, 11),
        [typeof(PriceTarget)] = () => PriceTarget.NetMargin(Percentage.FromPercent(20)),
        [typeof(IImportRulesProvider)] = () => ImportRulesTable.Sample,
        [typeof(ITariffSchedule)] = () => TariffSchedule.Sample,
        [typeof(CrossBorder.Domain.Data.IEffectiveDated)] = () => ImportRulesTable.Sample.Records[0],
        [typeof(Func<MarketplaceId, DateTimeZone>)] = () => new Func<MarketplaceId, DateTimeZone>(_ => DateTimeZone.Utc),
    };

    /// <summary>Valid values for parameters whose meaning is in their name (a string that must be an HS prefix, a year…).</summary>
    private static readonly Dictionary<string, object> ByName = new(StringComparer.Ordinal)
    {
        ["hsPrefix"] = "610910",
        ["alpha3"] = "DEU",
        ["id"] = "sample-id",
        ["year"] = 2026,
        ["eventId"] = "black-friday",
        ["code"] = "DE",
        ["currencyCode"] = "EUR",
        ["json"] = "{}",
    };

    /// <summary>A valid argument for <paramref name="p"/>, or its default value, or null.</summary>
    public static object? For(ParameterInfo p)
    {
        if (p.Name is not null && ByName.TryGetValue(p.Name, out object? v) && p.ParameterType.IsInstanceOfType(v))
        {
            return v;
        }

        if (p.ParameterType == typeof(IReadOnlyList<string>) && p.Name == "plugTypes")
        {
            return new[] { "C", "F" };
        }

        return TryGet(p.ParameterType, out object? sample) ? sample : (p.HasDefaultValue ? p.DefaultValue : null);
    }

    private static readonly Dictionary<Type, object?> Cache = new();

    [ThreadStatic]
    private static HashSet<Type>? building;

    public static bool TryGet(Type type, out object? value)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(type, out value))
            {
                return value is not null;
            }
        }

        value = Build(type, 0);
        lock (Cache)
        {
            Cache[type] = value;
        }

        return value is not null;
    }

    private static object? Build(Type type, int depth)
    {
        if (Known.TryGetValue(type, out Func<object?>? f))
        {
            return Safe(f);
        }

        Type? element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments().Length == 1 && (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>) || type.GetGenericTypeDefinition() == typeof(IList<>) || type.GetGenericTypeDefinition() == typeof(ICollection<>))
                ? type.GetGenericArguments()[0] : null;
        if (element is not null)
        {
            object? item = depth < 4 ? Build(element, depth + 1) : null;
            Array array = Array.CreateInstance(element, item is null ? 0 : 1);
            if (item is not null)
            {
                array.SetValue(item, 0);
            }

            return array;
        }

        if (Nullable.GetUnderlyingType(type) is Type underlying)
        {
            return Build(underlying, depth);
        }

        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            return values.Length > 0 ? values.GetValue(0) : Activator.CreateInstance(type);
        }

        if (depth > 4 || type.IsAbstract && !type.IsSealed || type.IsInterface || type.IsGenericTypeDefinition || type.ContainsGenericParameters)
        {
            return null;
        }

        foreach (string name in new[] { "Default", "Sample", "Empty", "USD", "EUR" })
        {
            PropertyInfo? p = type.GetProperty(name, BindingFlags.Public | BindingFlags.Static);
            if (p is not null && p.PropertyType == type)
            {
                object? v = Safe(() => p.GetValue(null));
                if (v is not null)
                {
                    return v;
                }
            }

            FieldInfo? fi = type.GetField(name, BindingFlags.Public | BindingFlags.Static);
            if (fi is not null && fi.FieldType == type)
            {
                return fi.GetValue(null);
            }
        }

        // Smart-enum style: the first public static readonly field or property of the type itself.
        foreach (FieldInfo fi in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(x => x.FieldType == type))
        {
            return fi.GetValue(null);
        }

        foreach (PropertyInfo pi in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(x => x.PropertyType == type && x.GetIndexParameters().Length == 0))
        {
            object? v = Safe(() => pi.GetValue(null));
            if (v is not null)
            {
                return v;
            }
        }

        building ??= new HashSet<Type>();
        if (!building.Add(type))
        {
            return null;
        }

        try
        {
            foreach (ConstructorInfo c in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
            {
                ParameterInfo[] ps = c.GetParameters();
                object?[] args = ps.Select(p => p.HasDefaultValue ? p.DefaultValue : p.Name is not null && ByName.TryGetValue(p.Name, out object? n) && p.ParameterType.IsInstanceOfType(n) ? n : Build(p.ParameterType, depth + 1)).ToArray();
                object? v = Safe(() => c.Invoke(args));
                if (v is not null)
                {
                    return v;
                }
            }

            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }
        finally
        {
            building.Remove(type);
        }
    }

    private static object? Safe(Func<object?> f)
    {
        try
        {
            return f();
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Enumerates a lazily evaluated result so that deferred argument checks run.</summary>
    public static void Drain(object? result)
    {
        if (result is IEnumerable e and not string)
        {
            foreach (object? _ in e)
            {
            }
        }
    }
}
