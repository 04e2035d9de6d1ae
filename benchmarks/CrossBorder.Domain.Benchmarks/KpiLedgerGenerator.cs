using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// A deterministic synthetic ledger for the KPI benchmark: order lines over two years on five marketplaces (USD, GBP, EUR, EUR, JPY),
/// 2,000 SKUs, one line per SKU per order (1–3 lines per order), ~5 % refunds, one advertising row per marketplace, SKU and week; rows in chronological order, as marketplace reports export them.
/// </summary>
public sealed class KpiLedgerGenerator
{
    public static readonly DateInterval Range = new(new LocalDate(2024, 12, 1), new LocalDate(2026, 11, 30));

    public static readonly (string Id, string Zone, Currency Currency, string Country)[] Marketplaces =
    {
        ("amazon-us", "America/Los_Angeles", Currency.USD, "US"),
        ("amazon-uk", "Europe/London", Currency.GBP, "GB"),
        ("amazon-de", "Europe/Berlin", Currency.EUR, "DE"),
        ("amazon-fr", "Europe/Paris", Currency.EUR, "FR"),
        ("amazon-jp", "Asia/Tokyo", Currency.JPY, "JP"),
    };

    public const int SkuCount = 2_000;

    public KpiLedgerGenerator(int orderLines)
    {
        var random = new Random(42);
        Keys = new LedgerKeys();
        var markets = Marketplaces.Select(m => Keys.Marketplace(m.Id)).ToArray();
        var skus = Enumerable.Range(0, SkuCount).Select(i => Keys.Sku("SKU-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var basePrice = Enumerable.Range(0, SkuCount).Select(_ => random.Next(800, 6_000)).ToArray(); // cents of USD
        Instant start = Range.Start.AtMidnight().InUtc().ToInstant();
        long spanSeconds = (long)Range.Length * 86_400;

        // Daily rates into USD (the provider is an ExchangeRateTable, as an application would use).
        var rates = new List<ExchangeRate>();
        for (int d = -5; d < Range.Length + 5; d++)
        {
            LocalDate day = Range.Start.PlusDays(d);
            rates.Add(new ExchangeRate(Currency.EUR, Currency.USD, 1.05m + (random.Next(0, 1000) / 10_000m), day));
            rates.Add(new ExchangeRate(Currency.GBP, Currency.USD, 1.22m + (random.Next(0, 1000) / 10_000m), day));
            rates.Add(new ExchangeRate(Currency.JPY, Currency.USD, 0.0062m + (random.Next(0, 100) / 100_000m), day));
        }

        Rates = new ExchangeRateTable(rates, maxAgeInDays: 4);
        UnitCosts = skus.Select((s, i) => new SkuCost(s, new EffectivePeriod(new LocalDate(2020, 1, 1), null), Money.FromMinorUnits(basePrice[i] * 35 / 100, Currency.USD))).ToArray();

        OrderLines = new OrderLine[orderLines];
        var refunds = new List<Refund>(orderLines / 19);
        int n = 0;
        int order = 0;
        while (n < orderLines)
        {
            int m = random.Next(Marketplaces.Length);
            Currency currency = Marketplaces[m].Currency;
            Instant at = start.Plus(Duration.FromSeconds(random.NextInt64(spanSeconds)));
            int lines = Math.Min(1 + random.Next(3), orderLines - n);
            int firstSku = random.Next(SkuCount - 3);
            string orderId = "O" + order.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (int l = 0; l < lines; l++)
            {
                int sku = firstSku + l;
                int qty = 1 + (random.Next(10) == 0 ? random.Next(4) : 0);
                long unit = Local(basePrice[sku], currency);
                long price = unit * qty;
                long discount = random.Next(8) == 0 ? price / 10 : 0;
                long tax = currency == Currency.USD ? 0 : (price - discount) * 19 / 100;
                long fees = price * 15 / 100 + Local(300, currency) * qty;
                OrderLines[n++] = new OrderLine(orderId, l + 1, at, markets[m], skus[sku], qty, Money.FromMinorUnits(price, currency), Money.FromMinorUnits(discount, currency), Money.FromMinorUnits(tax, currency), Money.FromMinorUnits(fees, currency), FulfilledBy.Marketplace);
                if (random.Next(20) == 0)
                {
                    Instant refundedAt = at.Plus(Duration.FromDays(random.Next(1, 20)));
                    refunds.Add(new Refund(orderId, refundedAt, markets[m], skus[sku], qty, Money.FromMinorUnits(price - discount, currency), Money.FromMinorUnits(tax, currency), ReturnReason.Other, random.Next(2) == 0));
                }
            }

            order++;
        }

        // Marketplace exports are chronological: sort by order time, as an application reading them would receive the rows.
        Array.Sort(OrderLines, static (a, b) => a.OrderedAt.CompareTo(b.OrderedAt));
        refunds.Sort(static (a, b) => a.RefundedAt.CompareTo(b.RefundedAt));
        Refunds = refunds.ToArray();
        var campaigns = Enumerable.Range(0, 50).Select(i => Keys.Campaign("SP-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var ads = new List<AdvertisingDay>();
        for (int week = 0; week < Range.Length / 7; week++)
        {
            LocalDate day = Range.Start.PlusDays(week * 7);
            for (int m = 0; m < Marketplaces.Length; m++)
            {
                Currency currency = Marketplaces[m].Currency;
                for (int s = 0; s < SkuCount; s += 2)
                {
                    long clicks = random.Next(0, 60);
                    long spend = Local(clicks * 85, currency);
                    long sales = Local(clicks * random.Next(0, 400), currency);
                    ads.Add(new AdvertisingDay(day, markets[m], campaigns[s % 50], skus[s], CampaignType.SponsoredProducts, clicks * 300, clicks, Money.FromMinorUnits(spend, currency), Money.FromMinorUnits(sales, currency), (int)(clicks / 10)));
                }
            }
        }

        Advertising = ads.ToArray();
    }

    public LedgerKeys Keys { get; }

    public ExchangeRateTable Rates { get; }

    public SkuCost[] UnitCosts { get; }

    public OrderLine[] OrderLines { get; }

    public Refund[] Refunds { get; }

    public AdvertisingDay[] Advertising { get; }

    public LedgerData Data => new() { OrderLines = OrderLines, Refunds = Refunds, Advertising = Advertising };

    public static DateTimeZone ZoneOf(MarketplaceId id)
    {
        foreach (var m in Marketplaces)
        {
            if (m.Id == id.Value)
            {
                return DateTimeZoneProviders.Tzdb[m.Zone];
            }
        }

        throw new ArgumentException("unknown marketplace " + id, nameof(id));
    }

    public KpiQuery Query() => new(Keys, Currency.USD, Range, ZoneOf)
    {
        GroupBy = KpiDimensions.Marketplace | KpiDimensions.Sku,
        Period = PeriodGrouping.Month,
        ExchangeRates = Rates,
        UnitCosts = UnitCosts,
    };

    /// <summary>Cents of USD into minor units of the marketplace currency (rough, for realistic magnitudes).</summary>
    private static long Local(long usdCents, Currency currency) =>
        currency.Code switch { "EUR" => usdCents * 92 / 100, "GBP" => usdCents * 79 / 100, "JPY" => usdCents * 150 / 100, _ => usdCents };
}
