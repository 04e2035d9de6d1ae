using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Amazon FBA reference data: size tiers (<c>amazon-fba-size-tiers</c>), fulfilment fee cards (<c>amazon-fba-fulfilment-fees</c>)
/// and monthly storage rates (<c>amazon-fba-storage-fees</c>). Classifies a packed unit, looks up its fulfilment fee and its
/// storage cost. <see cref="Default"/> is the embedded data; the constructor takes the user's records. Immutable and thread-safe.
/// </summary>
public sealed class FbaFeeTables : IFbaFulfilmentFeeLookup
{
    private static readonly Lazy<FbaFeeTables> LazyDefault = new(() => new FbaFeeTables(
        EmbeddedData.Load("amazon-fba-size-tiers").Map(ReadTier, "tiers"),
        EmbeddedData.Load("amazon-fba-fulfilment-fees").Map(ReadCard, "cards"),
        EmbeddedData.Load("amazon-fba-storage-fees").Map(ReadStorage, "storage")));

    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaSizeTier> tiers;
    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaFulfilmentFeeCard> cards;
    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaStorageRate> storage;
    private readonly Dictionary<MarketplaceId, FbaSizeTier[]> tiersByMarketplace = new();

    /// <summary>Creates the tables from records.</summary>
    /// <param name="tiers">Size tiers.</param>
    /// <param name="cards">Fulfilment fee cards.</param>
    /// <param name="storage">Storage rates.</param>
    /// <exception cref="DataValidationException">Records of a key overlap.</exception>
    public FbaFeeTables(IEnumerable<FbaSizeTier> tiers, IEnumerable<FbaFulfilmentFeeCard> cards, IEnumerable<FbaStorageRate> storage)
    {
        Preconditions.CheckNotNull(tiers, nameof(tiers));
        Preconditions.CheckNotNull(cards, nameof(cards));
        Preconditions.CheckNotNull(storage, nameof(storage));
        this.tiers = new("amazon-fba-size-tiers", tiers, static t => (t.Marketplace, t.Name));
        this.cards = new("amazon-fba-fulfilment-fees", cards, static c => (c.Marketplace, c.Tier));
        this.storage = new("amazon-fba-storage-fees", storage, static s => (s.Marketplace, s.StorageClass));
        var groups = new Dictionary<MarketplaceId, List<FbaSizeTier>>();
        foreach (FbaSizeTier tier in this.tiers.Records)
        {
            if (!groups.TryGetValue(tier.Marketplace, out List<FbaSizeTier>? list))
            {
                list = new List<FbaSizeTier>();
                groups.Add(tier.Marketplace, list);
            }

            list.Add(tier);
        }

        foreach (KeyValuePair<MarketplaceId, List<FbaSizeTier>> pair in groups)
        {
            pair.Value.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            tiersByMarketplace.Add(pair.Key, pair.Value.ToArray());
        }
    }

    /// <summary>The embedded tables.</summary>
    public static FbaFeeTables Default => LazyDefault.Value;

    /// <summary>Every size tier record.</summary>
    public IReadOnlyList<FbaSizeTier> SizeTiers => tiers.Records;

    /// <summary>Every fulfilment fee card.</summary>
    public IReadOnlyList<FbaFulfilmentFeeCard> FeeCards => cards.Records;

    /// <summary>Every storage rate.</summary>
    public IReadOnlyList<FbaStorageRate> StorageRates => storage.Records;

    /// <summary>The size tier of a packed unit.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <param name="unitWeight">The packed unit weight.</param>
    /// <param name="date">The day.</param>
    /// <returns>The tier and the weights that decided it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A side or the weight is zero or negative.</exception>
    /// <exception cref="FbaNotEligibleException">No tier of the marketplace in force on the date fits the unit.</exception>
    public FbaSizeClassification Classify(MarketplaceId marketplace, Dimensions dimensions, Mass unitWeight, LocalDate date)
    {
        CheckUnit(dimensions, unitWeight);
        return TryClassify(marketplace, dimensions, unitWeight, date, out FbaSizeClassification? result)
            ? result
            : throw new FbaNotEligibleException(
                tiersByMarketplace.ContainsKey(marketplace)
                    ? $"A unit of {dimensions} and {unitWeight} meets no FBA size tier of '{marketplace}' in force on {IsoDate.Format(date)}; it exceeds the largest tier's limits."
                    : $"Marketplace '{marketplace}' has no FBA size tiers in the tables in use; known: {string.Join(", ", tiersByMarketplace.Keys)}.",
                nameof(dimensions));
    }

    /// <summary>The size tier of a packed unit, or false when none fits ("not eligible").</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <param name="unitWeight">The packed unit weight.</param>
    /// <param name="date">The day.</param>
    /// <param name="classification">The result, when a tier fits.</param>
    /// <returns>Whether a tier fits.</returns>
    public bool TryClassify(MarketplaceId marketplace, Dimensions dimensions, Mass unitWeight, LocalDate date, [NotNullWhen(true)] out FbaSizeClassification? classification)
    {
        classification = null;
        if (unitWeight <= Mass.Zero || dimensions.Shortest <= Length.Zero || !tiersByMarketplace.TryGetValue(marketplace, out FbaSizeTier[]? list))
        {
            return false;
        }

        foreach (FbaSizeTier tier in list)
        {
            if (tier.Period.Contains(date) && tier.Fits(dimensions, unitWeight))
            {
                classification = new FbaSizeClassification(
                    tier,
                    dimensions,
                    unitWeight,
                    tier.DimensionalWeight(dimensions),
                    tier.ShippingWeight(dimensions, unitWeight),
                    Provenance.Of(tiers.Name, marketplace.Value + "/" + tier.Name, tier, date));
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public FbaFulfilmentFee GetFulfilmentFee(MarketplaceId marketplace, string sizeTier, Mass shippingWeight, LocalDate date, Money? salePrice = null)
    {
        Preconditions.CheckNotNull(sizeTier, nameof(sizeTier));
        if (shippingWeight <= Mass.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(shippingWeight), shippingWeight, $"shippingWeight was {shippingWeight}; it must be greater than zero.");
        }

        FbaFulfilmentFeeCard card = cards.Get((marketplace, sizeTier), date);
        return Fee(card, shippingWeight, date, salePrice)
            ?? throw new FbaNotEligibleException($"Shipping weight {shippingWeight} is beyond the {sizeTier} fee card of '{marketplace}' in force {card.Period}.", nameof(shippingWeight));
    }

    /// <inheritdoc/>
    public bool TryGetFulfilmentFee(MarketplaceId marketplace, string sizeTier, Mass shippingWeight, LocalDate date, Money? salePrice, [NotNullWhen(true)] out FbaFulfilmentFee? fee)
    {
        fee = null;
        if (sizeTier is null || shippingWeight <= Mass.Zero || !cards.TryGet((marketplace, sizeTier), date, out FbaFulfilmentFeeCard? card))
        {
            return false;
        }

        fee = Fee(card, shippingWeight, date, salePrice);
        return fee is not null;
    }

    /// <summary>The fulfilment fee of a packed unit: classify, then look up.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="dimensions">The packed dimensions.</param>
    /// <param name="unitWeight">The packed unit weight.</param>
    /// <param name="date">The day the unit ships.</param>
    /// <param name="salePrice">The sale price for low-price FBA, or null.</param>
    /// <returns>The fee.</returns>
    public FbaFulfilmentFee FulfilmentFeeFor(MarketplaceId marketplace, Dimensions dimensions, Mass unitWeight, LocalDate date, Money? salePrice)
    {
        FbaSizeClassification c = Classify(marketplace, dimensions, unitWeight, date);
        return GetFulfilmentFee(marketplace, c.Tier.Name, c.ShippingWeight, date, salePrice);
    }

    /// <summary>The storage rate of a storage class in force on a date.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="storageClass">The storage class ("standard", "bulky").</param>
    /// <param name="date">The day.</param>
    /// <returns>The rate record.</returns>
    /// <exception cref="RecordNotInForceException">None is in force.</exception>
    public FbaStorageRate GetStorageRate(MarketplaceId marketplace, string storageClass, LocalDate date)
    {
        Preconditions.CheckNotNull(storageClass, nameof(storageClass));
        return storage.Get((marketplace, storageClass), date);
    }

    internal FbaFulfilmentFeeCard GetCard(MarketplaceId marketplace, string tier, LocalDate date) => cards.Get((marketplace, tier), date);

    internal string CardTable => cards.Name;

    internal string StorageTable => storage.Name;

    private FbaFulfilmentFee? Fee(FbaFulfilmentFeeCard card, Mass shippingWeight, LocalDate date, Money? salePrice)
    {
        decimal? amount = card.FeeFor(shippingWeight);
        if (amount is null)
        {
            return null;
        }

        bool low = salePrice is { } p && card.LowPriceBelow is { } below && p.Amount < below;
        if (salePrice is { } price && price.Currency != card.Currency)
        {
            throw new CurrencyMismatchException(card.Currency, price.Currency, nameof(salePrice));
        }

        decimal value = low ? amount.Value - card.LowPriceDiscount : amount.Value;
        return new FbaFulfilmentFee(
            new Money(value, card.Currency),
            card.Tier,
            shippingWeight,
            low,
            low ? card.LowPriceDiscount : 0m,
            Provenance.Of(cards.Name, card.Marketplace.Value + "/" + card.Tier, card, date));
    }

    private static void CheckUnit(Dimensions dimensions, Mass unitWeight)
    {
        if (dimensions.Shortest <= Length.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"dimensions was {dimensions}; every side must be greater than zero.");
        }

        if (unitWeight <= Mass.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(unitWeight), unitWeight, $"unitWeight was {unitWeight}; it must be greater than zero.");
        }
    }

    private static LengthUnit? ParseLength(RecordReader r, string field, string? text) => text switch
    {
        "in" => LengthUnit.Inch,
        "cm" => LengthUnit.Centimetre,
        "mm" => LengthUnit.Millimetre,
        null => null,
        _ => Problem<LengthUnit>(r, field, $"'{text}' is not a length unit; use \"in\", \"cm\" or \"mm\"."),
    };

    private static MassUnit? ParseMass(RecordReader r, string field, string? text) => text switch
    {
        "lb" => MassUnit.Pound,
        "oz" => MassUnit.Ounce,
        "kg" => MassUnit.Kilogram,
        "g" => MassUnit.Gram,
        null => null,
        _ => Problem<MassUnit>(r, field, $"'{text}' is not a mass unit; use \"lb\", \"oz\", \"kg\" or \"g\"."),
    };

    private static T? Problem<T>(RecordReader r, string field, string message)
        where T : struct
    {
        r.Problem(field, message);
        return null;
    }

    private static MarketplaceId ReadMarketplace(RecordReader r)
    {
        string? text = r.String("marketplace");
        if (text is not null && MarketplaceId.TryParse(text, out MarketplaceId id))
        {
            return id;
        }

        if (text is not null)
        {
            r.Problem("marketplace", $"'{text}' is not a marketplace id such as amazon-us.");
        }

        return default;
    }

    private static Currency? ReadCurrency(RecordReader r)
    {
        string? code = r.String("currency");
        if (code is not null && !Currency.TryFromCode(code, out Currency? currency))
        {
            r.Problem("currency", $"'{code}' is not an ISO 4217 currency code.");
            return null;
        }

        return code is null ? null : Currency.FromCode(code);
    }

    private static FbaSizeTier? ReadTier(RecordReader r)
    {
        MarketplaceId marketplace = ReadMarketplace(r);
        string? name = r.String("tier");
        int? order = r.Int32("order");
        LengthUnit? lu = ParseLength(r, "lengthUnit", r.String("lengthUnit"));
        MassUnit? mu = ParseMass(r, "weightUnit", r.String("weightUnit"));
        decimal? longest = r.Decimal("maxLongest", required: false);
        decimal? median = r.Decimal("maxMedian", required: false);
        decimal? shortest = r.Decimal("maxShortest", required: false);
        decimal? lg = r.Decimal("maxLengthPlusGirth", required: false);
        decimal? weight = r.Decimal("maxWeight", required: false);
        string? basisText = r.String("weight");
        decimal? divisor = r.Decimal("dimensionalDivisor");
        decimal? minSide = r.Decimal("minimumSide", required: false);
        string? storageClass = r.String("storageClass");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        FbaWeightBasis? basis = basisText switch
        {
            "unit" => FbaWeightBasis.UnitWeight,
            "greater-of-unit-and-dimensional" => FbaWeightBasis.GreaterOfUnitAndDimensional,
            null => null,
            _ => Problem<FbaWeightBasis>(r, "weight", $"'{basisText}' is not a weight basis; use \"unit\" or \"greater-of-unit-and-dimensional\"."),
        };
        if (marketplace.IsDefault || name is null || order is null || lu is null || mu is null || basis is null || divisor is null || storageClass is null || period is null || source is null)
        {
            return null;
        }

        LengthUnit l = lu.Value;
        return new FbaSizeTier(
            marketplace,
            name,
            order.Value,
            longest is { } a ? new Length(a, l) : null,
            median is { } b ? new Length(b, l) : null,
            shortest is { } c ? new Length(c, l) : null,
            lg is { } d ? new Length(d, l) : null,
            weight is { } w ? new Mass(w, mu.Value) : null,
            basis.Value,
            divisor.Value,
            l,
            mu.Value,
            minSide is { } s ? new Length(s, l) : null,
            storageClass,
            period.Value,
            source);
    }

    private static FbaFulfilmentFeeCard? ReadCard(RecordReader r)
    {
        MarketplaceId marketplace = ReadMarketplace(r);
        string? tier = r.String("tier");
        Currency? currency = ReadCurrency(r);
        MassUnit? mu = ParseMass(r, "weightUnit", r.String("weightUnit"));
        var bands = new List<(decimal, decimal)>();
        IReadOnlyList<RecordReader>? bandReaders = r.Objects("bands");
        if (bandReaders is not null)
        {
            foreach (RecordReader b in bandReaders)
            {
                decimal? upTo = b.Decimal("upTo");
                decimal? fee = b.Decimal("fee");
                if (upTo is not null && fee is not null)
                {
                    bands.Add((upTo.Value, fee.Value));
                }
            }
        }

        (decimal, decimal, decimal, decimal)? above = null;
        RecordReader? a = r.Object("above", required: false);
        if (a is not null)
        {
            decimal? from = a.Decimal("from");
            decimal? fee = a.Decimal("fee");
            decimal? step = a.Decimal("step");
            decimal? stepFee = a.Decimal("stepFee");
            if (from is not null && fee is not null && step is not null && stepFee is not null)
            {
                above = (from.Value, fee.Value, step.Value, stepFee.Value);
            }
        }

        decimal? below = null;
        decimal discount = 0m;
        RecordReader? low = r.Object("lowPrice", required: false);
        if (low is not null)
        {
            below = low.Decimal("priceBelow");
            discount = low.Decimal("discount") ?? 0m;
        }

        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        if (marketplace.IsDefault || tier is null || currency is null || mu is null || bandReaders is null || bands.Count != bandReaders.Count || bands.Count == 0 || period is null || source is null)
        {
            return null;
        }

        return new FbaFulfilmentFeeCard(marketplace, tier, currency, mu.Value, bands, above, below, discount, period.Value, source);
    }

    private static FbaStorageRate? ReadStorage(RecordReader r)
    {
        MarketplaceId marketplace = ReadMarketplace(r);
        string? storageClass = r.String("storageClass");
        Currency? currency = ReadCurrency(r);
        string? unitText = r.String("volumeUnit");
        decimal? offPeak = r.Decimal("offPeak");
        decimal? peak = r.Decimal("peak");
        int? from = r.Int32("peakFromMonth");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        VolumeUnit? unit = unitText switch
        {
            "ft3" => VolumeUnit.CubicFoot,
            "m3" => VolumeUnit.CubicMetre,
            null => null,
            _ => Problem<VolumeUnit>(r, "volumeUnit", $"'{unitText}' is not a volume unit; use \"ft3\" or \"m3\"."),
        };
        if (marketplace.IsDefault || storageClass is null || currency is null || unit is null || offPeak is null || peak is null || from is null || period is null || source is null)
        {
            return null;
        }

        return new FbaStorageRate(marketplace, storageClass, currency, unit.Value, offPeak.Value, peak.Value, from.Value, period.Value, source);
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
