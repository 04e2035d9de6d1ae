using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The effective-dated marketplace fee schedules (table <c>marketplace-fees</c>), keyed by marketplace and fee category.
/// <see cref="Default"/> is the embedded dataset; <see cref="Parse(string)"/> reads a file in the same format and
/// <see cref="Override"/> layers the user's records over it. Immutable and thread-safe.
/// </summary>
public sealed class MarketplaceFeeSchedules
{
    /// <summary>The table name.</summary>
    public const string TableName = "marketplace-fees";

    // Stryker disable once String : the parameter name is only reported if the embedded document is invalid, which the data tests rule out.
    private static readonly Lazy<MarketplaceFeeSchedules> LazyDefault = new(() => FromDocument(EmbeddedData.Load(TableName), "name"));

    private readonly EffectiveDatedTable<(MarketplaceId, string), MarketplaceFeeSchedule> table;

    private MarketplaceFeeSchedules(EffectiveDatedTable<(MarketplaceId, string), MarketplaceFeeSchedule> table) => this.table = table;

    /// <summary>Creates the tables from records.</summary>
    /// <param name="schedules">The schedules; per marketplace and category they must not overlap.</param>
    /// <exception cref="DataValidationException">Schedules of a key overlap.</exception>
    public MarketplaceFeeSchedules(IEnumerable<MarketplaceFeeSchedule> schedules)
        : this(new EffectiveDatedTable<(MarketplaceId, string), MarketplaceFeeSchedule>(TableName, Preconditions.CheckNotNull(schedules, nameof(schedules)), static s => (s.Marketplace, s.Category)))
    {
    }

    /// <summary>The embedded schedules.</summary>
    public static MarketplaceFeeSchedules Default => LazyDefault.Value;

    /// <summary>Every schedule, in file order.</summary>
    public IReadOnlyList<MarketplaceFeeSchedule> All => table.Records;

    /// <summary>Reads schedules from a JSON document in the reference-data format (table <c>marketplace-fees</c>).</summary>
    /// <param name="json">The document.</param>
    /// <returns>The schedules.</returns>
    /// <exception cref="DataValidationException">The document is invalid; every problem is listed.</exception>
    public static MarketplaceFeeSchedules Parse(string json) => FromDocument(ReferenceDocument.Parse(json, nameof(json), TableName, deferProblems: true), nameof(json));

    /// <summary>Reads schedules from a UTF-8 JSON stream in the reference-data format.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The schedules.</returns>
    /// <exception cref="DataValidationException">The document is invalid; every problem is listed.</exception>
    public static MarketplaceFeeSchedules Parse(Stream utf8Json) => FromDocument(ReferenceDocument.Parse(utf8Json, nameof(utf8Json), TableName, deferProblems: true), nameof(utf8Json));

    /// <summary>A new set in which <paramref name="schedules"/> take precedence over these where they overlap.</summary>
    /// <param name="schedules">The user's schedules.</param>
    /// <returns>The combined set.</returns>
    public MarketplaceFeeSchedules Override(IEnumerable<MarketplaceFeeSchedule> schedules) => new(table.Override(Preconditions.CheckNotNull(schedules, nameof(schedules))));

    /// <summary>The categories known for a marketplace.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <returns>The categories, in file order.</returns>
    public IReadOnlyList<string> Categories(MarketplaceId marketplace)
    {
        var result = new List<string>();
        foreach ((MarketplaceId m, string c) in table.Keys)
        {
            if (m == marketplace)
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>The schedule in force on a date.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="category">The fee category.</param>
    /// <param name="date">The day of the sale.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="UnknownFeeCategoryException">The marketplace has no schedule for the category (the exception names
    /// <paramref name="marketplace"/> when the marketplace has no schedules at all, else <paramref name="category"/>).</exception>
    /// <exception cref="RecordNotInForceException">The category exists but no schedule is in force on the date.</exception>
    public MarketplaceFeeSchedule Get(MarketplaceId marketplace, string category, LocalDate date) =>
        Get(marketplace, category, date, nameof(marketplace), nameof(category));

    internal MarketplaceFeeSchedule Get(MarketplaceId marketplace, string category, LocalDate date, string marketplaceParam, string categoryParam)
    {
        Preconditions.CheckNotNull(category, categoryParam);
        if (!table.ContainsKey((marketplace, category)))
        {
            IReadOnlyList<string> known = Categories(marketplace);
            throw new UnknownFeeCategoryException(marketplace.Value, category, known, known.Count == 0 ? marketplaceParam : categoryParam);
        }

        return table.Get((marketplace, category), date);
    }

    /// <summary>Looks up the schedule in force on a date without throwing.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="category">The fee category.</param>
    /// <param name="date">The day.</param>
    /// <param name="schedule">The schedule, when found.</param>
    /// <returns>Whether one is in force.</returns>
    public bool TryGet(MarketplaceId marketplace, string? category, LocalDate date, [NotNullWhen(true)] out MarketplaceFeeSchedule? schedule)
    {
        schedule = null;
        return category is not null && table.TryGet((marketplace, category), date, out schedule);
    }

    private static MarketplaceFeeSchedules FromDocument(ReferenceDocument document, string paramName) =>
        new(new EffectiveDatedTable<(MarketplaceId, string), MarketplaceFeeSchedule>(TableName, document.Map(Read, paramName), static s => (s.Marketplace, s.Category)));

    private static MarketplaceFeeSchedule? Read(RecordReader r)
    {
        string? marketplaceText = r.String("marketplace");
        string? category = r.String("category");
        string? currencyCode = r.String("currency");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        IReadOnlyList<RecordReader>? feeReaders = r.Objects("fees");
        MarketplaceId marketplace = default;
        if (marketplaceText is not null && !MarketplaceId.TryParse(marketplaceText, out marketplace))
        {
            r.Problem("marketplace", $"'{marketplaceText}' is not a marketplace id such as amazon-us.");
        }

        Currency? currency = null;
        if (currencyCode is not null && !Currency.TryFromCode(currencyCode, out currency))
        {
            r.Problem("currency", $"'{currencyCode}' is not an ISO 4217 currency code.");
        }

        var fees = new List<SellingFee>();
        if (feeReaders is not null)
        {
            foreach (RecordReader f in feeReaders)
            {
                SellingFee? fee = ReadFee(f);
                if (fee is not null)
                {
                    fees.Add(fee);
                }
            }

            if (feeReaders.Count == 0)
            {
                r.Problem("fees", "a schedule needs at least one fee.");
            }
        }

        if (marketplace.IsDefault || category is null || currency is null || period is null || source is null || feeReaders is null || fees.Count != feeReaders.Count || fees.Count == 0)
        {
            return null;
        }

        return new MarketplaceFeeSchedule(marketplace, category, currency, fees, period.Value, source);
    }

    private static SellingFee? ReadFee(RecordReader f)
    {
        string? name = f.String("name");
        string? baseText = f.String("base");
        string? modeText = f.String("bands");
        decimal? minimum = f.Decimal("minimum", required: false);
        decimal? maximum = f.Decimal("maximum", required: false);
        decimal? tax = f.Decimal("taxOnFee", required: false);
        IReadOnlyList<RecordReader>? rateReaders = f.Objects("rates");
        FeeBase? feeBase = baseText switch
        {
            "price-excluding-tax" => FeeBase.PriceExcludingTax,
            "price-including-tax" => FeeBase.PriceIncludingTax,
            null => null,
            _ => Bad(f, "base", $"'{baseText}' is not a fee base; use \"price-excluding-tax\" or \"price-including-tax\"."),
        };
        FeeBandMode? mode = modeText switch
        {
            "whole-price" => FeeBandMode.WholePrice,
            "marginal" => FeeBandMode.Marginal,
            null => null,
            _ => BadMode(f, modeText),
        };
        var bands = new List<FeeBand>();
        if (rateReaders is not null)
        {
            foreach (RecordReader b in rateReaders)
            {
                decimal? upTo = b.Decimal("upTo", required: false);
                // Stryker disable once Statement : b.Decimal("upTo") above already marks the field as read; this call only documents that null is allowed.
                b.Has("upTo");
                decimal? rate = b.Decimal("rate");
                decimal fixedAmount = b.Decimal("fixed", required: false) ?? 0m;
                if (rate is null)
                {
                    continue;
                }

                try
                {
                    bands.Add(new FeeBand(upTo, Percentage.FromFraction(rate.Value), fixedAmount));
                }
                catch (ArgumentException ex)
                {
                    b.Problem("rate", ex.Message);
                }
            }
        }

        if (name is null || feeBase is null || mode is null || rateReaders is null || bands.Count != rateReaders.Count)
        {
            return null;
        }

        try
        {
            return new SellingFee(name, feeBase.Value, mode.Value, bands, minimum, maximum, Percentage.FromFraction(tax ?? 0m));
        }
        catch (ArgumentException ex)
        {
            f.Problem("rates", ex.Message);
            return null;
        }
    }

    private static FeeBase? Bad(RecordReader r, string field, string message)
    {
        r.Problem(field, message);
        return null;
    }

    private static FeeBandMode? BadMode(RecordReader r, string text)
    {
        r.Problem("bands", $"'{text}' is not a band mode; use \"whole-price\" or \"marginal\".");
        return null;
    }

    internal static string Describe(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
