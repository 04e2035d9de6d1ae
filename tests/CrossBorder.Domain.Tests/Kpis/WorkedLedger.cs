using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>
/// The hand-computed 20-row ledger of the worked-example tests: March 2026, amazon-us (America/New_York, USD) and amazon-de
/// (Europe/Berlin, EUR), reported in USD with EUR/USD 1.10.
/// </summary>
internal sealed class WorkedLedger
{
    internal static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    internal WorkedLedger()
    {
        Us = Keys.Marketplace("amazon-us");
        De = Keys.Marketplace("amazon-de");
        Mug = Keys.Sku("MUG");
        Cup = Keys.Sku("CUP");
        var spMug = Keys.Campaign("SP-MUG");
        var spCup = Keys.Campaign("SP-CUP");
        var sbBrand = Keys.Campaign("SB-BRAND");
        var fba = FulfilledBy.Marketplace;
        var fbm = FulfilledBy.Merchant;

        OrderLines = new[]
        {
            Line("O1", 1, At(2026, 3, 2, 15), Us, Mug, 2, Usd(40.00m), Usd(0m), Usd(3.20m), Usd(8.00m), fba),
            Line("O1", 2, At(2026, 3, 2, 15), Us, Cup, 1, Usd(15.00m), Usd(0m), Usd(1.20m), Usd(3.00m), fba),
            Line("O2", 1, At(2026, 3, 5, 12), Us, Mug, 1, Usd(20.00m), Usd(2.00m), Usd(1.44m), Usd(4.00m), fbm),
            Line("O3", 1, At(2026, 3, 10, 18), Us, Mug, 3, Usd(60.00m), Usd(0m), Usd(4.80m), Usd(12.00m), fba),
            Line("O4", 1, At(2026, 3, 12, 10), De, Mug, 1, Eur(20.00m), Eur(0m), Eur(3.80m), Eur(4.00m), fba),
            Line("O5", 1, At(2026, 3, 15, 9), De, Cup, 2, Eur(30.00m), Eur(3.00m), Eur(5.13m), Eur(6.00m), fbm),
            // 2026-04-01 02:00 UTC is 2026-03-31 22:00 in New York: a March order.
            Line("O6", 1, At(2026, 4, 1, 2), Us, Cup, 1, Usd(15.00m), Usd(0m), Usd(1.20m), Usd(3.00m), fba),
            // 2026-02-28 23:30 UTC is 2026-03-01 00:30 in Berlin: a March order.
            Line("O7", 1, Instant.FromUtc(2026, 2, 28, 23, 30), De, Mug, 1, Eur(20.00m), Eur(0m), Eur(3.80m), Eur(4.00m), fba),
        };
        Refunds = new[]
        {
            new Refund("O3", At(2026, 3, 20, 12), Us, Mug, 1, Usd(20.00m), Usd(1.60m), ReturnReason.Defective, resellable: false),
            new Refund("O5", At(2026, 3, 22, 12), De, Cup, 1, Eur(13.50m), Eur(2.56m), ReturnReason.BuyerRemorse, resellable: true),
        };
        Fees = new[]
        {
            new FeeCharge(At(2026, 3, 31, 12), Us, SkuKey.None, FeeKind.Storage, Usd(10.00m)),
            new FeeCharge(At(2026, 3, 1, 12), Us, SkuKey.None, FeeKind.Subscription, Usd(39.99m)),
        };
        Advertising = new[]
        {
            new AdvertisingDay(new LocalDate(2026, 3, 10), Us, spMug, Mug, CampaignType.SponsoredProducts, 10_000, 100, Usd(50.00m), Usd(200.00m), 5),
            new AdvertisingDay(new LocalDate(2026, 3, 11), Us, spCup, Cup, CampaignType.SponsoredProducts, 5_000, 40, Usd(20.00m), Usd(60.00m), 2),
            new AdvertisingDay(new LocalDate(2026, 3, 12), De, sbBrand, SkuKey.None, CampaignType.SponsoredBrands, 2_000, 10, Eur(10.00m), Eur(0m), 0),
        };
        Inventory = new[]
        {
            new InventorySnapshot(new LocalDate(2026, 3, 1), Us, Mug, 100),
            new InventorySnapshot(new LocalDate(2026, 3, 31), Us, Mug, 80),
        };
        Reviews = new[]
        {
            new Review(new LocalDate(2026, 3, 15), Us, Mug, 5),
            new Review(new LocalDate(2026, 3, 16), De, Cup, 2),
        };
        Traffic = new[] { new TrafficDay(new LocalDate(2026, 3, 10), Us, Mug, 400) };
        UnitCosts = new[]
        {
            new SkuCost(Mug, new EffectivePeriod(new LocalDate(2026, 1, 1), null), Usd(4.00m)),
            new SkuCost(Cup, new EffectivePeriod(new LocalDate(2026, 1, 1), null), Eur(2.50m)),
        };
    }

    internal LedgerKeys Keys { get; } = new();

    internal MarketplaceKey Us { get; }

    internal MarketplaceKey De { get; }

    internal SkuKey Mug { get; }

    internal SkuKey Cup { get; }

    internal OrderLine[] OrderLines { get; }

    internal Refund[] Refunds { get; }

    internal FeeCharge[] Fees { get; }

    internal AdvertisingDay[] Advertising { get; }

    internal InventorySnapshot[] Inventory { get; }

    internal Review[] Reviews { get; }

    internal TrafficDay[] Traffic { get; }

    internal SkuCost[] UnitCosts { get; }

    internal static ExchangeRateTable Rates { get; } = new(
        new[] { new ExchangeRate(Currency.EUR, Currency.USD, 1.10m, new LocalDate(2026, 2, 27), "example rate") },
        maxAgeInDays: 60);

    internal static DateTimeZone ZoneOf(MarketplaceId id) => id.Value switch
    {
        "amazon-us" => DateTimeZoneProviders.Tzdb["America/New_York"],
        "amazon-de" => DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        _ => DateTimeZone.Utc,
    };

    internal static CountryCode MarketOf(MarketplaceId id) => id.Value == "amazon-de" ? CountryCode.Parse("DE") : CountryCode.Parse("US");

    internal LedgerData Data => new()
    {
        OrderLines = OrderLines,
        Refunds = Refunds,
        Fees = Fees,
        Advertising = Advertising,
        Inventory = Inventory,
        Reviews = Reviews,
        Traffic = Traffic,
    };

    internal KpiQuery Query(KpiDimensions groupBy = KpiDimensions.None, PeriodGrouping? period = null) =>
        new(Keys, Currency.USD, March, ZoneOf)
        {
            GroupBy = groupBy,
            Period = period ?? PeriodGrouping.None,
            ExchangeRates = Rates,
            MarketOf = MarketOf,
            UnitCosts = UnitCosts,
        };

    internal static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    internal static Money Eur(decimal amount) => Money.Of(amount, Currency.EUR);

    private static Instant At(int year, int month, int day, int hour) => Instant.FromUtc(year, month, day, hour, 0);

    private static OrderLine Line(string id, int line, Instant at, MarketplaceKey m, SkuKey sku, int qty, Money price, Money discount, Money tax, Money fees, FulfilledBy channel) =>
        new(id, line, at, m, sku, qty, price, discount, tax, fees, channel);
}
