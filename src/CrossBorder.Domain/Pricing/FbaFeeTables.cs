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
/// Amazon FBA reference data: size tiers (<c>amazon-fba-size-tiers</c>), fulfilment fee cards (<c>amazon-fba-fulfilment-fees</c>),
/// monthly storage rates (<c>amazon-fba-storage-fees</c>) and aged-inventory surcharge brackets
/// (<c>amazon-fba-aged-inventory-surcharge</c>). Classifies a packed unit, looks up its fulfilment fee, its storage cost and the
/// surcharge on aged units. <see cref="Default"/> is the embedded data; the constructor takes the user's records. Immutable and thread-safe.
/// </summary>
public sealed class FbaFeeTables : IFbaFulfilmentFeeLookup
{
    private const string TiersTableName = "amazon-fba-size-tiers";
    private const string CardsTableName = "amazon-fba-fulfilment-fees";
    private const string StorageTableName = "amazon-fba-storage-fees";
    private const string AgedTableName = "amazon-fba-aged-inventory-surcharge";

    // The parameter names Default reports if an embedded table fails to map (the names Parse uses for the same documents).
    private const string TiersParam = "tiers";
    private const string CardsParam = "cards";
    private const string StorageParam = "storage";
    private const string AgedParam = "agedInventory";

    private static readonly Lazy<FbaFeeTables> LazyDefault = new(() => new FbaFeeTables(
        EmbeddedData.Load(TiersTableName).Map(ReadTier, TiersParam),
        EmbeddedData.Load(CardsTableName).Map(ReadCard, CardsParam),
        EmbeddedData.Load(StorageTableName).Map(ReadStorage, StorageParam),
        EmbeddedData.Load(AgedTableName).Map(ReadAged, AgedParam)));

    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaSizeTier> tiers;
    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaFulfilmentFeeCard> cards;
    private readonly EffectiveDatedTable<(MarketplaceId, string), FbaStorageRate> storage;
    private readonly EffectiveDatedTable<(MarketplaceId, int), FbaAgedInventoryRate> aged;
    private readonly Dictionary<MarketplaceId, FbaSizeTier[]> tiersByMarketplace = new();

    /// <summary>Creates the tables from records.</summary>
    /// <param name="tiers">Size tiers.</param>
    /// <param name="cards">Fulfilment fee cards.</param>
    /// <param name="storage">Storage rates.</param>
    /// <exception cref="DataValidationException">Records of a key overlap.</exception>
    public FbaFeeTables(IEnumerable<FbaSizeTier> tiers, IEnumerable<FbaFulfilmentFeeCard> cards, IEnumerable<FbaStorageRate> storage)
        : this(tiers, cards, storage, Array.Empty<FbaAgedInventoryRate>())
    {
    }

    /// <summary>Creates the tables from records, with aged-inventory surcharge brackets.</summary>
    /// <param name="tiers">Size tiers.</param>
    /// <param name="cards">Fulfilment fee cards.</param>
    /// <param name="storage">Storage rates.</param>
    /// <param name="agedInventory">Aged-inventory surcharge brackets.</param>
    /// <exception cref="DataValidationException">Records of a key overlap.</exception>
    public FbaFeeTables(IEnumerable<FbaSizeTier> tiers, IEnumerable<FbaFulfilmentFeeCard> cards, IEnumerable<FbaStorageRate> storage, IEnumerable<FbaAgedInventoryRate> agedInventory)
    {
        Preconditions.CheckNotNull(tiers, nameof(tiers));
        Preconditions.CheckNotNull(cards, nameof(cards));
        Preconditions.CheckNotNull(storage, nameof(storage));
        Preconditions.CheckNotNull(agedInventory, nameof(agedInventory));
        aged = new(AgedTableName, agedInventory, static a => (a.Marketplace, a.FromDay));
        this.tiers = new(TiersTableName, tiers, static t => (t.Marketplace, t.Name));
        this.cards = new(CardsTableName, cards, static c => (c.Marketplace, c.Tier));
        this.storage = new(StorageTableName, storage, static s => (s.Marketplace, s.StorageClass));
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

    /// <summary>
    /// Reads the tables from JSON documents in the reference-data format, the format of the embedded tables
    /// (<c>amazon-fba-size-tiers</c>, <c>amazon-fba-fulfilment-fees</c>, <c>amazon-fba-storage-fees</c>,
    /// <c>amazon-fba-aged-inventory-surcharge</c>): a seller's own fee contract, or tables newer than the embedded ones.
    /// </summary>
    /// <param name="tiers">The size-tier document.</param>
    /// <param name="cards">The fulfilment-fee document.</param>
    /// <param name="storage">The storage-rate document.</param>
    /// <param name="agedInventory">The aged-inventory surcharge document, or null for none.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/>, <paramref name="cards"/> or <paramref name="storage"/> is null.</exception>
    /// <exception cref="DataValidationException">
    /// A document is invalid; every problem of every document is listed, each with its table and record, and nothing is returned.
    /// </exception>
    public static FbaFeeTables Parse(string tiers, string cards, string storage, string? agedInventory = null)
    {
        Preconditions.CheckNotNull(tiers, nameof(tiers));
        Preconditions.CheckNotNull(cards, nameof(cards));
        Preconditions.CheckNotNull(storage, nameof(storage));
        var problems = new List<DataProblem>();
        string? firstParam = null;
        List<FbaSizeTier>? tierRecords = Read(tiers, nameof(tiers), TiersTableName, ReadTier, problems, ref firstParam);
        List<FbaFulfilmentFeeCard>? cardRecords = Read(cards, nameof(cards), CardsTableName, ReadCard, problems, ref firstParam);
        List<FbaStorageRate>? storageRecords = Read(storage, nameof(storage), StorageTableName, ReadStorage, problems, ref firstParam);
        List<FbaAgedInventoryRate>? agedRecords = agedInventory is null
            ? new List<FbaAgedInventoryRate>()
            : Read(agedInventory, nameof(agedInventory), AgedTableName, ReadAged, problems, ref firstParam);
        if (problems.Count > 0)
        {
            throw new DataValidationException(firstParam, problems);
        }

        return new FbaFeeTables(tierRecords!, cardRecords!, storageRecords!, agedRecords!);
    }

    private static List<T>? Read<T>(string json, string paramName, string table, Func<RecordReader, T?> map, List<DataProblem> problems, ref string? firstParam)
        where T : class
    {
        try
        {
            return ReferenceDocument.Parse(json, paramName, table, deferProblems: true).Map(map, paramName);
        }
        catch (DataValidationException ex)
        {
            problems.AddRange(ex.Problems);
            firstParam ??= paramName;
            return null;
        }
    }

    /// <summary>Every size tier record.</summary>
    public IReadOnlyList<FbaSizeTier> SizeTiers => tiers.Records;

    /// <summary>Every fulfilment fee card.</summary>
    public IReadOnlyList<FbaFulfilmentFeeCard> FeeCards => cards.Records;

    /// <summary>Every storage rate.</summary>
    public IReadOnlyList<FbaStorageRate> StorageRates => storage.Records;

    /// <summary>Every aged-inventory surcharge bracket.</summary>
    public IReadOnlyList<FbaAgedInventoryRate> AgedInventoryRates => aged.Records;

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
        if (card.IsPriceDependent && salePrice is null)
        {
            throw new ArgumentException($"salePrice is required: the {sizeTier} fee card of '{marketplace}' in force {card.Period} charges by sale price ({string.Join(", ", card.PriceBands)}).", nameof(salePrice));
        }

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

    /// <summary>The aged-inventory surcharge bracket covering an inventory age on an assessment date, without throwing.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="ageDays">The inventory age in days.</param>
    /// <param name="date">The assessment date.</param>
    /// <param name="rate">The bracket, when one covers the age.</param>
    /// <returns>Whether a bracket covers the age.</returns>
    public bool TryGetAgedInventoryRate(MarketplaceId marketplace, int ageDays, LocalDate date, [NotNullWhen(true)] out FbaAgedInventoryRate? rate)
    {
        rate = null;
        foreach (FbaAgedInventoryRate r in aged.Records)
        {
            if (r.Marketplace == marketplace && r.Period.Contains(date) && r.Covers(ageDays))
            {
                rate = r;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The aged-inventory surcharge of one monthly assessment for units of one age and volume (the counterpart of
    /// <see cref="GetStorageRate"/> and <see cref="FbaStorageRate.MonthlyFee"/>): the bracket covering the age, or zero below the
    /// first bracket or for a category the bracket exempts.
    /// </summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="ageDays">The inventory age in days (Amazon counts first in, first out across its network).</param>
    /// <param name="unitVolume">The volume of one unit.</param>
    /// <param name="units">The units of that age.</param>
    /// <param name="assessmentDate">The assessment date (Amazon takes a snapshot on the 15th of each month).</param>
    /// <param name="category">The fee category (for exemptions such as clothing at 181–270 days), or null.</param>
    /// <returns>The charge with its bracket and provenance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The age or units is negative, or the volume is zero or negative.</exception>
    /// <exception cref="RecordNotInForceException">No bracket of the marketplace is in force on the date, or the age falls in a bracket the data does not have (not sourced).</exception>
    public FbaAgedInventoryCharge AgedInventorySurcharge(MarketplaceId marketplace, int ageDays, Volume unitVolume, int units, LocalDate assessmentDate, string? category = null)
    {
        Preconditions.CheckNonNegative(ageDays, nameof(ageDays));
        Preconditions.CheckNonNegative(units, nameof(units));
        if (unitVolume <= Volume.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(unitVolume), unitVolume, $"unitVolume was {unitVolume}; it must be greater than zero.");
        }

        string key = marketplace.Value + "/" + ageDays.ToString(CultureInfo.InvariantCulture) + " days";
        if (TryGetAgedInventoryRate(marketplace, ageDays, assessmentDate, out FbaAgedInventoryRate? rate))
        {
            Provenance provenance = Provenance.Of(aged.Name, marketplace.Value + "/" + rate.FromDay.ToString(CultureInfo.InvariantCulture), rate, assessmentDate);
            string bracket = rate.FromDay.ToString(CultureInfo.InvariantCulture) + (rate.ToDay is { } to ? "–" + to.ToString(CultureInfo.InvariantCulture) : "+") + " days";
            if (rate.Exempts(category))
            {
                return new FbaAgedInventoryCharge(Money.Zero(rate.Currency), ageDays, rate, "category '" + category + "' is exempt in the " + bracket + " bracket", provenance);
            }

            string rule = bracket + ": " + Invariant(rate.PerVolume) + " per " + rate.VolumeUnit
                + (rate.PerUnitMinimum is { } min ? " or " + Invariant(min) + " per unit, whichever is greater" : string.Empty)
                + ", × " + units.ToString(CultureInfo.InvariantCulture) + " units";
            return new FbaAgedInventoryCharge(rate.Surcharge(unitVolume, units), ageDays, rate, rule, provenance);
        }

        int first = int.MaxValue;
        Currency? currency = null;
        foreach (FbaAgedInventoryRate r in aged.Records)
        {
            if (r.Marketplace != marketplace || !r.Period.Contains(assessmentDate))
            {
                continue;
            }

            // Stryker disable once Equality : two brackets of one marketplace with the same fromDay in force on one date would overlap (same key), which the table refuses.
            if (r.FromDay < first)
            {
                first = r.FromDay;
                currency = r.Currency;
            }
        }

        if (currency is null)
        {
            throw new RecordNotInForceException(aged.Name, key, assessmentDate, nameof(assessmentDate), $"no aged-inventory surcharge bracket of '{marketplace}' is in force on that date.");
        }

        // Stryker disable once Equality : ageDays == first cannot get here: the bracket starting at first covers first and TryGetAgedInventoryRate found it.
        if (ageDays < first)
        {
            return new FbaAgedInventoryCharge(Money.Zero(currency), ageDays, null, "no surcharge below " + first.ToString(CultureInfo.InvariantCulture) + " days", null);
        }

        throw new RecordNotInForceException(aged.Name, key, assessmentDate, nameof(ageDays), $"the bracket covering {ageDays.ToString(CultureInfo.InvariantCulture)} days is not in the data (not sourced); see docs/data-sources.md.");
    }

    internal FbaFulfilmentFeeCard GetCard(MarketplaceId marketplace, string tier, LocalDate date) => cards.Get((marketplace, tier), date);

    internal string CardTable => cards.Name;

    internal string StorageTable => storage.Name;

    private FbaFulfilmentFee? Fee(FbaFulfilmentFeeCard card, Mass shippingWeight, LocalDate date, Money? salePrice)
    {
        if (salePrice is { } price && price.Currency != card.Currency)
        {
            throw new CurrencyMismatchException(card.Currency, price.Currency, nameof(salePrice));
        }

        if (card.IsPriceDependent && salePrice is null)
        {
            return null;
        }

        int band = salePrice is { } p ? card.PriceBandIndex(p.Amount) : card.PriceBands.Count - 1;
        decimal? amount = card.FeeAt(band, shippingWeight);
        if (amount is null)
        {
            return null;
        }

        int last = card.PriceBands.Count - 1;
        bool low = band == 0 && last > 0;
        decimal discount = low ? (card.FeeAt(1, shippingWeight) ?? amount.Value) - amount.Value : 0m;
        return new FbaFulfilmentFee(
            new Money(amount.Value, card.Currency),
            card.Tier,
            shippingWeight,
            low,
            discount,
            Provenance.Of(cards.Name, card.Marketplace.Value + "/" + card.Tier, card, date))
        {
            PriceBand = card.IsPriceDependent ? card.PriceBands[band] : null,
        };
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
        IReadOnlyList<RecordReader>? priceReaders = r.Objects("priceBands", required: false);
        List<FbaPriceBand>? priceBands = priceReaders is null ? null : ReadPriceBands(r, priceReaders);
        bool priced = priceReaders is not null;
        var bands = new List<(decimal, decimal)>();
        var pricedBands = new List<(decimal, IReadOnlyList<decimal>)>();
        IReadOnlyList<RecordReader>? bandReaders = r.Objects("bands");
        if (bandReaders is { Count: 0 })
        {
            r.Problem("bands", "at least one weight band is needed.");
        }

        if (bandReaders is not null)
        {
            foreach (RecordReader b in bandReaders)
            {
                decimal? upTo = b.Decimal("upTo");
                if (priced)
                {
                    IReadOnlyList<decimal>? fees = b.DecimalArray("fees");
                    if (upTo is not null && fees is not null)
                    {
                        pricedBands.Add((upTo.Value, fees));
                    }
                }
                else
                {
                    decimal? fee = b.Decimal("fee");
                    if (upTo is not null && fee is not null)
                    {
                        bands.Add((upTo.Value, fee.Value));
                    }
                }
            }
        }

        (decimal, decimal, decimal, decimal)? above = null;
        (decimal, IReadOnlyList<decimal>, decimal, decimal)? pricedAbove = null;
        RecordReader? a = r.Object("above", required: false);
        if (a is not null)
        {
            decimal? from = a.Decimal("from");
            decimal? fee = priced ? null : a.Decimal("fee");
            IReadOnlyList<decimal>? fees = priced ? a.DecimalArray("fees") : null;
            decimal? step = a.Decimal("step");
            decimal? stepFee = a.Decimal("stepFee");
            if (from is not null && step is not null && stepFee is not null)
            {
                if (fee is not null)
                {
                    above = (from.Value, fee.Value, step.Value, stepFee.Value);
                }
                else if (fees is not null)
                {
                    pricedAbove = (from.Value, fees, step.Value, stepFee.Value);
                }
            }
        }

        decimal? below = null;
        decimal discount = 0m;
        RecordReader? low = r.Object("lowPrice", required: false);
        if (low is not null)
        {
            if (priced)
            {
                r.Problem("lowPrice", "a card with 'priceBands' carries its low-price fees in the first band; remove 'lowPrice'.");
            }

            below = low.Decimal("priceBelow");
            discount = low.Decimal("discount") ?? 0m;
        }

        decimal surcharge = r.Decimal("surchargeRate", required: false) ?? 0m;
        if (surcharge < 0m || surcharge > 1m || (surcharge != 0m && !priced))
        {
            r.Problem("surchargeRate", $"{Invariant(surcharge)} is not allowed: a surcharge is a fraction from 0 to 1 on a card with 'priceBands'.");
            return null;
        }

        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        int expected = bandReaders?.Count ?? 0; // no bands (missing or empty, both reported) → no card
        if (marketplace.IsDefault || tier is null || currency is null || mu is null || expected == 0 || period is null || source is null
            || (priced ? priceBands is null || pricedBands.Count != expected || (a is not null && pricedAbove is null) : bands.Count != expected))
        {
            return null;
        }

        if (priced)
        {
            if (priceBands![priceBands.Count - 1].Limit is not null)
            {
                r.Problem("priceBands", "the last price band must be {} (any other price).");
                return null;
            }

            foreach ((decimal _, IReadOnlyList<decimal> fees) in pricedBands)
            {
                if (fees.Count != priceBands.Count)
                {
                    r.Problem("bands", $"every band needs one fee per price band ({priceBands.Count.ToString(CultureInfo.InvariantCulture)}).");
                    return null;
                }
            }

            if (pricedAbove is { } pa && pa.Item2.Count != priceBands.Count)
            {
                r.Problem("above", $"'fees' needs one fee per price band ({priceBands.Count.ToString(CultureInfo.InvariantCulture)}).");
                return null;
            }

            return new FbaFulfilmentFeeCard(marketplace, tier, currency, mu.Value, priceBands, pricedBands, pricedAbove, period.Value, source, surcharge);
        }

        return new FbaFulfilmentFeeCard(marketplace, tier, currency, mu.Value, bands, above, below, discount, period.Value, source);
    }

    private static List<FbaPriceBand>? ReadPriceBands(RecordReader r, IReadOnlyList<RecordReader> readers)
    {
        // Every band is read (and each problem reported) before giving up, so that a later band's fields are not reported as unknown.
        var result = new List<FbaPriceBand>();
        bool valid = true;
        foreach (RecordReader p in readers)
        {
            decimal? below = p.Decimal("below", required: false);
            decimal? atMost = p.Decimal("atMost", required: false);
            if (below is not null && atMost is not null)
            {
                r.Problem("priceBands", "a price band has either 'below' or 'atMost', not both.");
                valid = false;
            }
            else if ((below ?? atMost) is { } limit && limit <= 0m)
            {
                r.Problem("priceBands", $"price band limit {Invariant(limit)} must be greater than zero.");
                valid = false;
            }
            else
            {
                result.Add(below is { } b ? FbaPriceBand.Below(b) : atMost is { } m ? FbaPriceBand.AtMost(m) : FbaPriceBand.Any);
            }
        }

        if (readers.Count == 0)
        {
            r.Problem("priceBands", "at least one price band is needed.");
            return null;
        }

        return valid ? result : null;
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

    private static FbaAgedInventoryRate? ReadAged(RecordReader r)
    {
        MarketplaceId marketplace = ReadMarketplace(r);
        int? fromDay = r.Int32("fromDay");
        int? toDay = r.Int32("toDay", required: false);
        Currency? currency = ReadCurrency(r);
        string? unitText = r.String("volumeUnit");
        decimal? perVolume = r.Decimal("perVolume");
        decimal? perUnit = r.Decimal("perUnitMinimum", required: false);
        IReadOnlyList<string> exempt = r.StringArray("exemptCategories", required: false) ?? Array.Empty<string>();
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        VolumeUnit? unit = unitText switch
        {
            "ft3" => VolumeUnit.CubicFoot,
            "m3" => VolumeUnit.CubicMetre,
            null => null,
            _ => Problem<VolumeUnit>(r, "volumeUnit", $"'{unitText}' is not a volume unit; use \"ft3\" or \"m3\"."),
        };
        if (toDay is { } t && fromDay is { } f && t < f)
        {
            r.Problem("toDay", $"toDay {t.ToString(CultureInfo.InvariantCulture)} is before fromDay {f.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        if (marketplace.IsDefault || fromDay is null || currency is null || unit is null || perVolume is null || period is null || source is null)
        {
            return null;
        }

        return new FbaAgedInventoryRate(marketplace, fromDay.Value, toDay, currency, unit.Value, perVolume.Value, perUnit, exempt, period.Value, source);
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
