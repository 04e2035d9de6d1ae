using CrossBorder.Domain.Data;
using CrossBorder.Domain.Kpis;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Tests.Kpis;

/// <summary>Random ledgers (from a seed) over three marketplaces, four SKUs, three campaigns and two currencies, in March 2026.</summary>
internal sealed class RandomLedger
{
    internal static readonly LedgerKeys Keys = CreateKeys();

    private static readonly ExchangeRateTable Rates = new(
        new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 1.0837m, new LocalDate(2026, 2, 27)),
            new ExchangeRate(Currency.EUR, Currency.USD, 1.1213m, new LocalDate(2026, 3, 16)),
            new ExchangeRate(Currency.JPY, Currency.USD, 0.0067m, new LocalDate(2026, 2, 27)),
        },
        maxAgeInDays: 40);

    internal RandomLedger(int seed, Func<int, Currency>? currencyOf = null)
    {
        var random = new Random(seed);
        currencyOf ??= i => i switch { 0 => Currency.USD, 1 => Currency.EUR, _ => Currency.JPY };
        int n = random.Next(0, 60);
        var lines = new List<OrderLine>();
        var refunds = new List<Refund>();
        var ads = new List<AdvertisingDay>();
        var fees = new List<FeeCharge>();
        var snapshots = new List<InventorySnapshot>();
        for (int i = 0; i < n; i++)
        {
            Currency c = currencyOf(random.Next(3));
            Instant at = Instant.FromUtc(2026, 2, 27, 0, 0).Plus(Duration.FromMinutes(random.Next(0, 60 * 24 * 37)));
            MarketplaceKey m = Keys.Marketplace(Markets[random.Next(Markets.Length)]);
            SkuKey sku = Keys.Sku(Skus[random.Next(Skus.Length)]);
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    long price = random.Next(0, 50_000);
                    lines.Add(new OrderLine("O" + i, random.Next(1, 3), at, m, sku, random.Next(0, 5), Money.FromMinorUnits(price, c), Money.FromMinorUnits(random.Next(0, (int)price + 1) / 3, c), Money.FromMinorUnits(random.Next(0, 9_000), c), Money.FromMinorUnits(random.Next(0, 7_000), c), (FulfilledBy)random.Next(2)));
                    break;
                case 2:
                    refunds.Add(new Refund("O" + i, at, m, sku, random.Next(0, 3), Money.FromMinorUnits(random.Next(0, 20_000), c), Money.FromMinorUnits(random.Next(0, 3_000), c), ReturnReason.Other, random.Next(2) == 0));
                    break;
                case 3:
                    ads.Add(new AdvertisingDay(new LocalDate(2026, 3, random.Next(1, 32)), m, Keys.Campaign(Campaigns[random.Next(Campaigns.Length)]), random.Next(3) == 0 ? SkuKey.None : sku, CampaignType.SponsoredProducts, random.Next(0, 100_000), random.Next(0, 2_000), Money.FromMinorUnits(random.Next(0, 90_000), c), Money.FromMinorUnits(random.Next(0, 300_000), c), random.Next(0, 50)));
                    break;
                default:
                    if (random.Next(2) == 0)
                    {
                        fees.Add(new FeeCharge(at, m, random.Next(2) == 0 ? SkuKey.None : sku, (FeeKind)random.Next(6), Money.FromMinorUnits(random.Next(-2_000, 20_000), c)));
                    }
                    else
                    {
                        snapshots.Add(new InventorySnapshot(new LocalDate(2026, 3, random.Next(1, 32)), m, sku, random.Next(0, 300)));
                    }

                    break;
            }
        }

        OrderLines = lines.ToArray();
        Refunds = refunds.ToArray();
        Advertising = ads.ToArray();
        Fees = fees.ToArray();
        Inventory = snapshots.ToArray();
    }

    internal static string[] Markets { get; } = { "amazon-us", "amazon-de", "amazon-jp" };

    internal static string[] Skus { get; } = { "A", "B", "C", "D" };

    internal static string[] Campaigns { get; } = { "C1", "C2", "C3" };

    internal OrderLine[] OrderLines { get; }

    internal Refund[] Refunds { get; }

    internal AdvertisingDay[] Advertising { get; }

    internal FeeCharge[] Fees { get; }

    internal InventorySnapshot[] Inventory { get; }

    internal int RowCount => OrderLines.Length + Refunds.Length + Advertising.Length + Fees.Length + Inventory.Length;

    internal static KpiQuery Query(KpiDimensions by, PeriodGrouping period, IExchangeRateProvider? rates = null) =>
        new(Keys, Currency.USD, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), WorkedLedger.ZoneOf)
        {
            GroupBy = by,
            Period = period,
            ExchangeRates = rates ?? Rates,
            MarketOf = WorkedLedger.MarketOf,
            UnitCosts = UnitCostList,
        };

    internal void AddTo(KpiAggregation aggregation, Func<int, bool> take)
    {
        int index = 0;
        foreach (OrderLine row in OrderLines)
        {
            if (take(index++))
            {
                aggregation.Add(in row);
            }
        }

        foreach (Refund row in Refunds)
        {
            if (take(index++))
            {
                aggregation.Add(in row);
            }
        }

        foreach (AdvertisingDay row in Advertising)
        {
            if (take(index++))
            {
                aggregation.Add(in row);
            }
        }

        foreach (FeeCharge row in Fees)
        {
            if (take(index++))
            {
                aggregation.Add(in row);
            }
        }

        foreach (InventorySnapshot row in Inventory)
        {
            if (take(index++))
            {
                aggregation.Add(in row);
            }
        }
    }

    internal LedgerData Data => new() { OrderLines = OrderLines, Refunds = Refunds, Advertising = Advertising, Fees = Fees, Inventory = Inventory };

    private static readonly SkuCost[] UnitCostList = CreateCosts();

    private static LedgerKeys CreateKeys()
    {
        var keys = new LedgerKeys();
        foreach (string m in new[] { "amazon-us", "amazon-de", "amazon-jp" })
        {
            keys.Marketplace(m);
        }

        return keys;
    }

    private static SkuCost[] CreateCosts() => new[]
    {
        new SkuCost(Keys.Sku("A"), new EffectivePeriod(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 14)), Money.Of(3.1234m, Currency.USD)),
        new SkuCost(Keys.Sku("A"), new EffectivePeriod(new LocalDate(2026, 3, 15), null), Money.Of(3.5m, Currency.USD)),
        new SkuCost(Keys.Sku("B"), new EffectivePeriod(new LocalDate(2026, 1, 1), null), Money.Of(2.05m, Currency.EUR)),
        new SkuCost(Keys.Sku("C"), new EffectivePeriod(new LocalDate(2026, 1, 1), null), Money.Of(450m, Currency.JPY)),
    };
}
