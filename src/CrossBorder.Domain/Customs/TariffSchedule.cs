using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// An in-memory <see cref="ITariffSchedule"/> built from <see cref="TariffLine"/>, <see cref="PreferentialRate"/> and
/// <see cref="AdditionalDuty"/> records; the most specific (longest) matching HS prefix in force on the date wins.
/// </summary>
/// <remarks>
/// <para><see cref="Sample"/> is a small sourced sample for examples and tests — NOT a complete tariff. Load your own data with
/// <see cref="Load"/> (the library's reference-data format, table kind <c>mfn</c> / <c>preferential</c> / <c>additional</c>) or pass records.</para>
/// <para>Lookups allocate nothing but the result. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TariffSchedule : ITariffSchedule
{
    /// <summary>The name of the embedded sample table.</summary>
    public const string SampleTableName = "customs-tariff-sample";

    private static readonly Lazy<TariffSchedule> LazySample = new(() => FromDocument(EmbeddedData.Load(SampleTableName), SampleTableName));

    private readonly Dictionary<(CountryCode Territory, long Prefix), TariffLine[]> lines = new();
    private readonly Dictionary<(CountryCode Territory, CountryCode Origin, long Prefix), PreferentialRate[]> preferences = new();
    private readonly Dictionary<(CountryCode Territory, CountryCode Origin), AdditionalDuty[]> additional = new();
    private readonly int maxPrefixLength;

    /// <summary>Creates a schedule.</summary>
    /// <param name="lines">MFN lines; at most one per territory and prefix in force on any day.</param>
    /// <param name="preferentialRates">Preferential rates, or null.</param>
    /// <param name="additionalDuties">Additional duties by origin, or null.</param>
    /// <exception cref="DataValidationException">Records of one key overlap in time.</exception>
    public TariffSchedule(IEnumerable<TariffLine> lines, IEnumerable<PreferentialRate>? preferentialRates = null, IEnumerable<AdditionalDuty>? additionalDuties = null)
    {
        Preconditions.CheckNotNull(lines, nameof(lines));
        var lineTable = new EffectiveDatedTable<(CountryCode, long), TariffLine>("tariff lines", lines, static l => (l.Territory, TariffKeys.Pack(l.HsPrefix, l.HsPrefix.Length)));
        foreach ((CountryCode, long) key in lineTable.Keys)
        {
            this.lines.Add(key, ToArray(lineTable.History(key)));
        }

        foreach (TariffLine line in lineTable.Records)
        {
            maxPrefixLength = Math.Max(maxPrefixLength, line.HsPrefix.Length);
        }

        var prefTable = new EffectiveDatedTable<(CountryCode, CountryCode, long), PreferentialRate>("preferential rates", preferentialRates ?? Array.Empty<PreferentialRate>(), static p => (p.Territory, p.Origin, TariffKeys.Pack(p.HsPrefix, p.HsPrefix.Length)));
        foreach ((CountryCode, CountryCode, long) key in prefTable.Keys)
        {
            preferences.Add(key, ToArray(prefTable.History(key)));
        }

        var byOrigin = new Dictionary<(CountryCode, CountryCode), List<AdditionalDuty>>();
        foreach (AdditionalDuty duty in additionalDuties ?? Array.Empty<AdditionalDuty>())
        {
            Preconditions.CheckNotNull(duty, nameof(additionalDuties));
            if (!byOrigin.TryGetValue((duty.Territory, duty.Origin), out List<AdditionalDuty>? list))
            {
                list = new List<AdditionalDuty>();
                byOrigin.Add((duty.Territory, duty.Origin), list);
            }

            list.Add(duty);
        }

        foreach (KeyValuePair<(CountryCode, CountryCode), List<AdditionalDuty>> pair in byOrigin)
        {
            additional.Add(pair.Key, pair.Value.ToArray());
        }

        LineCount = lineTable.Count;
    }

    /// <summary>The embedded sample schedule (US, EU, GB; a few common e-commerce subheadings) — a sample, not a complete tariff.</summary>
    public static TariffSchedule Sample => LazySample.Value;

    /// <summary>The number of MFN lines.</summary>
    public int LineCount { get; }

    /// <summary>Loads a schedule from a UTF-8 JSON document in the library's reference-data format.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="DataValidationException">The document is invalid; every problem is listed.</exception>
    public static TariffSchedule Load(Stream utf8Json) => FromDocument(ReferenceDocument.Parse(utf8Json, nameof(utf8Json), deferProblems: true), nameof(utf8Json));

    /// <inheritdoc />
    public TariffEntry GetEntry(HsCode hsCode, CountryCode territory, CountryCode origin, LocalDate date)
    {
        if (hsCode.Length == 0)
        {
            throw new ArgumentException("hsCode is the default HsCode; parse a code first.", nameof(hsCode));
        }

        return TryGetEntry(hsCode, territory, origin, date, out TariffEntry? entry)
            ? entry
            : throw new TariffLineNotFoundException(hsCode, territory, date, nameof(hsCode));
    }

    /// <inheritdoc />
    public bool TryGetEntry(HsCode hsCode, CountryCode territory, CountryCode origin, LocalDate date, [MaybeNullWhen(false)] out TariffEntry entry)
    {
        entry = null;
        string digits = hsCode.Digits;
        TariffLine? line = null;
        for (int length = Math.Min(digits.Length, maxPrefixLength); length >= 2 && line is null; length--)
        {
            if (lines.TryGetValue((territory, TariffKeys.Pack(digits, length)), out TariffLine[]? history))
            {
                line = Find(history, date);
            }
        }

        if (line is null)
        {
            return false;
        }

        PreferentialRate? preferential = null;
        if (preferences.Count > 0)
        {
            for (int length = Math.Min(digits.Length, 10); length >= 2 && preferential is null; length--)
            {
                if (preferences.TryGetValue((territory, origin, TariffKeys.Pack(digits, length)), out PreferentialRate[]? history))
                {
                    preferential = Find(history, date);
                }
            }
        }

        IReadOnlyList<AdditionalDuty> extra = Array.Empty<AdditionalDuty>();
        if (additional.TryGetValue((territory, origin), out AdditionalDuty[]? candidates))
        {
            List<AdditionalDuty>? found = null;
            foreach (AdditionalDuty duty in candidates)
            {
                if (duty.Period.Contains(date) && digits.StartsWith(duty.HsPrefix, StringComparison.Ordinal))
                {
                    (found ??= new List<AdditionalDuty>()).Add(duty);
                }
            }

            if (found is not null)
            {
                extra = found;
            }
        }

        entry = new TariffEntry(hsCode, origin, date, line, preferential, extra);
        return true;
    }

    private static T[] ToArray<T>(IReadOnlyList<T> list)
    {
        var array = new T[list.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }

    private static T? Find<T>(T[] history, LocalDate date)
        where T : class, IEffectiveDated
    {
        foreach (T record in history)
        {
            if (record.Period.Contains(date))
            {
                return record;
            }
        }

        return null;
    }

    private static TariffSchedule FromDocument(ReferenceDocument document, string paramName)
    {
        var lineList = new List<TariffLine>();
        var prefList = new List<PreferentialRate>();
        var addList = new List<AdditionalDuty>();
        document.Map<object>(r => ReadRecord(r, lineList, prefList, addList), paramName);
        return new TariffSchedule(lineList, prefList, addList);
    }

    private static object? ReadRecord(RecordReader r, List<TariffLine> lines, List<PreferentialRate> prefs, List<AdditionalDuty> adds)
    {
        string? kind = r.String("kind");
        string? territoryText = r.String("territory");
        string? hs = r.String("hs");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        DutyRate? rate = ReadRate(r);
        string? description = r.String("description", required: kind == "mfn");
        string? originText = r.String("origin", required: kind is "preferential" or "additional");
        string? scheme = r.String("scheme", required: kind == "preferential");
        string? name = r.String("name", required: kind == "additional");
        string? legal = r.String("legalReference", required: kind == "additional");
        if (kind is null || territoryText is null || hs is null || period is null || source is null || rate is null)
        {
            return null;
        }

        if (!CountryCode.TryParse(territoryText, out CountryCode territory))
        {
            r.Problem("territory", $"'{territoryText}' is not two letters.");
            return null;
        }

        CountryCode origin = default;
        if (originText is not null && !CountryCode.TryParse(originText, out origin))
        {
            r.Problem("origin", $"'{originText}' is not two letters.");
            return null;
        }

        switch (kind)
        {
            case "mfn":
                var line = new TariffLine(territory, hs, description!, rate, period.Value, source);
                lines.Add(line);
                return line;
            case "preferential":
                var pref = new PreferentialRate(territory, hs, origin, scheme!, rate, period.Value, source);
                prefs.Add(pref);
                return pref;
            case "additional":
                var add = new AdditionalDuty(territory, hs, origin, name!, legal!, rate, period.Value, source);
                adds.Add(add);
                return add;
            default:
                r.Problem("kind", $"'{kind}' is not mfn, preferential or additional.");
                return null;
        }
    }

    private static DutyRate? ReadRate(RecordReader r)
    {
        decimal? percent = r.Decimal("adValoremPercent", required: false);
        decimal? specific = r.Decimal("specificAmount", required: false);
        string? unitText = r.String("specificUnit", required: specific is not null);
        string? currencyText = r.String("currency", required: specific is not null);
        decimal? minimum = r.Decimal("minimum", required: false);
        decimal? maximum = r.Decimal("maximum", required: false);
        bool free = r.Boolean("free", required: false) ?? false;
        if (percent is null && specific is null && !free)
        {
            r.Problem("adValoremPercent", "give adValoremPercent, specificAmount (with specificUnit and currency), or \"free\": true.");
            return null;
        }

        Currency? currency = null;
        if (currencyText is not null && !Currency.TryFromCode(currencyText, out currency))
        {
            r.Problem("currency", $"'{currencyText}' is not an ISO 4217 code.");
            return null;
        }

        DutyUnit unit = DutyUnit.Item;
        if (unitText is not null && !Enum.TryParse(unitText, out unit))
        {
            r.Problem("specificUnit", $"'{unitText}' is not Kilogram, Item or Litre.");
            return null;
        }

        if ((minimum is not null || maximum is not null) && currency is null)
        {
            r.Problem("currency", "minimum and maximum need a currency.");
            return null;
        }

        DutyRate rate = free && percent is null && specific is null ? DutyRate.Free
            : specific is null ? DutyRate.AdValoremRate(Percentage.FromPercent(percent!.Value))
            : percent is null ? DutyRate.SpecificRate(new Money(specific.Value, currency!), unit)
            : DutyRate.Compound(Percentage.FromPercent(percent.Value), new Money(specific.Value, currency!), unit);
        return minimum is null && maximum is null ? rate
            : rate.WithBounds(minimum is { } min ? new Money(min, currency!) : null, maximum is { } max ? new Money(max, currency!) : null);
    }
}
