using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Benchmarks;

/// <summary>
/// Unit economics for one SKU (target ≤ 1 µs) and the price solver (target ≤ 5 µs), against a naive peer in the same class:
/// LINQ over the fee rows on every call, and a bisection solver over the price.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PricingBenchmarks
{
    private static readonly LocalDate Day = new(2025, 6, 1);
    private readonly SaleContext sale = new(MarketplaceId.Parse("amazon-us"), Day, Currency.USD, Percentage.Zero, false);
    private readonly Money price = Money.Of(24.99m, "USD");
    private readonly PriceTarget target = PriceTarget.NetMargin(Percentage.FromPercent(25));
    private ListingInput input = null!;
    private ListingModel model = null!;
    private NaivePricer naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        input = new ListingInput("beauty-health-personal-care", Money.Of(6m, "USD"))
        {
            Fulfilment = Fulfilment.ByAmazon(Dimensions.Of(10, 8, 0.5m, LengthUnit.Inch), Mass.FromOunces(6)),
            DaysInStock = 45,
            Returns = new ReturnAssumptions(Percentage.FromPercent(5), Percentage.FromPercent(30), Money.Of(1m, "USD"), Percentage.FromPercent(20)),
            Advertising = AdvertisingAssumptions.FromTacos(Percentage.FromPercent(8)),
            PaymentCosts = new[] { new PaymentCost("FX", Percentage.FromPercent(1)) },
        };
        model = PricingEngine.Default.Model(sale, input);
        naive = new NaivePricer(sale, input);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("UnitEconomics")]
    public UnitEconomics UnitEconomics() => model.At(price);

    [Benchmark, BenchmarkCategory("UnitEconomics")]
    public UnitEconomics UnitEconomicsIncludingLookups() => PricingEngine.Default.Model(sale, input).At(price);

    [Benchmark, BenchmarkCategory("UnitEconomics")]
    public decimal NaiveLinqUnitEconomics() => naive.Profit(price.Amount);

    [Benchmark(Baseline = true), BenchmarkCategory("Solver")]
    public PriceSolution Solver() => model.Solve(target);

    [Benchmark, BenchmarkCategory("Solver")]
    public decimal NaiveBisectionSolver() => naive.SolveMargin(0.25m);

    /// <summary>
    /// The naive peer: finds the fee rows with LINQ on every call, builds the breakdown as a list of (label, amount) pairs,
    /// and solves by bisection on the price (ignoring that profit is not monotonic across fee bands).
    /// </summary>
    private sealed class NaivePricer
    {
        private readonly SaleContext sale;
        private readonly ListingInput input;

        internal NaivePricer(SaleContext sale, ListingInput input)
        {
            this.sale = sale;
            this.input = input;
        }

        internal decimal Profit(decimal p) => Lines(p).Last().Amount;

        internal decimal SolveMargin(decimal margin)
        {
            decimal lo = 0.01m;
            decimal hi = 10_000m;
            for (int i = 0; i < 60 && hi - lo > 0.001m; i++)
            {
                decimal mid = (lo + hi) / 2m;
                if (Profit(mid) >= margin * mid)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            return System.Math.Ceiling(hi * 100m) / 100m;
        }

        private List<(string Label, decimal Amount)> Lines(decimal p)
        {
            MarketplaceFeeSchedule schedule = MarketplaceFeeSchedules.Default.All
                .Where(s => s.Marketplace == sale.Marketplace && s.Category == input.Category && s.Period.Contains(sale.Date))
                .First();
            FbaSizeTier tier = FbaFeeTables.Default.SizeTiers
                .Where(t => t.Marketplace == sale.Marketplace && t.Period.Contains(sale.Date))
                .OrderBy(t => t.Order)
                .First(t => t.Fits(input.Fulfilment.Dimensions, input.Fulfilment.UnitWeight));
            FbaFulfilmentFeeCard card = FbaFeeTables.Default.FeeCards
                .First(c => c.Marketplace == sale.Marketplace && c.Tier == tier.Name && c.Period.Contains(sale.Date));
            FbaStorageRate storageRate = FbaFeeTables.Default.StorageRates
                .First(s => s.Marketplace == sale.Marketplace && s.StorageClass == tier.StorageClass && s.Period.Contains(sale.Date));
            Mass shipping = tier.ShippingWeight(input.Fulfilment.Dimensions, input.Fulfilment.UnitWeight);
            decimal w = shipping.In(card.WeightUnit);
            (decimal UpTo, decimal Fee) band = card.Bands.Where(b => w <= b.UpTo).OrderBy(b => b.UpTo).First();
            decimal fulfil = band.Fee - (p < (card.LowPriceBelow ?? 0m) ? card.LowPriceDiscount : 0m);
            var lines = new List<(string, decimal)>();
            decimal fees = 0m;
            foreach (SellingFee fee in schedule.Fees)
            {
                FeeBand chosen = fee.Bands.Where(b => b.UpTo is null || p <= b.UpTo).First();
                decimal amount = System.Math.Round(System.Math.Max(p * chosen.Rate.Fraction + chosen.FixedAmount, fee.Minimum ?? 0m), 2, System.MidpointRounding.AwayFromZero);
                lines.Add((fee.Name, amount));
                fees += amount;
            }

            decimal storage = input.Fulfilment.Dimensions.Volume.CubicFeet * storageRate.MonthlyRate(sale.Date) * input.DaysInStock / 30m;
            decimal landed = input.LandedCost.Amount.Amount;
            decimal returns = input.Returns.ReturnRate.Fraction * ((input.Returns.SellingFeesNotRefunded.Fraction * fees) + (input.Returns.UnsellableShare.Fraction * landed) + (input.Returns.ReturnShippingPerReturn?.Amount ?? 0m));
            decimal payment = System.Math.Round(input.PaymentCosts.Sum(c => c.Rate.Fraction) * p, 2, System.MidpointRounding.AwayFromZero);
            decimal ads = input.Advertising.Tacos.Fraction * p;
            lines.Add(("fulfilment", fulfil));
            lines.Add(("storage", storage));
            lines.Add(("landed", landed));
            lines.Add(("returns", returns));
            lines.Add(("payment", payment));
            lines.Add(("ads", ads));
            lines.Add(("profit", p - lines.Sum(l => l.Item2)));
            return lines;
        }
    }
}
