using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Selection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CrossBorder.Domain.Tests.Selection.SelectionSamples;

namespace CrossBorder.Domain.Tests.Selection;

public class SelectionProperties
{
    private static readonly CountryCode[] Markets = { Us, De, CountryCode.Parse("GB") };

    private static Gen<decimal[]> Series => Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => (decimal)i), 12).Where(a => a.Any(v => v > 0m));

    private static Gen<FitCase> Cases =>
        from id in Gen.Choose(0, 9999)
        from grams in Gen.Choose(10, 30_000)
        from side in Gen.Choose(1, 80)
        from market in Gen.Elements(Markets)
        from sellers in Gen.Choose(0, 200)
        from reviews in Gen.Choose(0, 5000)
        from series in Series
        from withDemand in Gen.Elements(true, false)
        select new FitCase(
            new Product(Sku.Parse("P-" + id), "Generated", HsCode.Parse("9503.00"), ProductCategory.General, CountryCode.Parse("CN"), Money.Of(1m, "USD"))
            {
                PackedWeight = Mass.FromGrams(grams),
                PackedDimensions = Dimensions.Of(side, side, side, LengthUnit.Centimetre),
            },
            market,
            Day)
        {
            Competition = new CompetitionInputs(sellers, reviews),
            Demand = withDemand ? DemandSeries.Monthly(new LocalDate(2024, 1, 1), series) : null,
        };

    private static Gen<FitWeights> Weights =>
        Gen.ArrayOf(Gen.Choose(0, 100).Select(i => (decimal)i), 7).Where(w => w[0] + w[1] + w[6] > 0m)
            .Select(w => FitWeights.Create(w[0], w[1], w[2], w[3], w[4], w[5], w[6]));

    [Property(MaxTest = 60)]
    public Property Score_and_every_factor_stay_within_0_and_100() =>
        Prop.ForAll(Cases.ToArbitrary(), Weights.ToArbitrary(), (c, w) =>
        {
            ProductMarketFit fit = ProductMarketFitAssessor.Default.With(w).Assess(c);
            return fit.Score >= 0m && fit.Score <= 100m && fit.Factors.All(f => f.Score is null || (f.Score >= 0m && f.Score <= 100m));
        });

    [Property(MaxTest = 60)]
    public Property Adding_a_blocker_always_yields_not_viable() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            ProductMarketFit fit = ProductMarketFitAssessor.Default.Assess(c with { Blockers = new[] { FitBlocker.UserSupplied("supplier exclusivity") } });
            ProductMarketFit free = ProductMarketFitAssessor.Default.Assess(c);
            return !fit.IsViable && fit.Score == free.Score
                && ProductMarketFitAssessor.Default.Rank(new[] { c with { Blockers = new[] { FitBlocker.UserSupplied("x") } }, new FitCase(Pool(), c.Market, Day) { Competition = new CompetitionInputs(10_000, 1_000_000) } })[1].Product.Sku == c.Product.Sku;
        });

    [Property(MaxTest = 100)]
    public Property A_higher_margin_never_lowers_the_unit_economics_factor() =>
        Prop.ForAll(Gen.Choose(500, 20_000).Two().ToArbitrary(), prices =>
        {
            decimal p1 = Math.Min(prices.Item1, prices.Item2) / 100m, p2 = Math.Max(prices.Item1, prices.Item2) / 100m;
            ProductMarketFit a = ProductMarketFitAssessor.Default.Assess(new FitCase(PhoneStand(), Us, Day) { Listing = Listing(AmazonUs, "home-and-kitchen", 4m, 3.5m, p1) });
            ProductMarketFit b = ProductMarketFitAssessor.Default.Assess(new FitCase(PhoneStand(), Us, Day) { Listing = Listing(AmazonUs, "home-and-kitchen", 4m, 3.5m, p2) });
            decimal sa = a.Factor(FitFactorKind.UnitEconomics).Score!.Value, sb = b.Factor(FitFactorKind.UnitEconomics).Score!.Value;
            return a.Economics!.NetMargin <= b.Economics!.NetMargin ? sa <= sb : sa >= sb;
        });

    [Property(MaxTest = 100)]
    public Property More_weight_more_sellers_or_more_reviews_never_raise_their_factor() =>
        Prop.ForAll(Cases.ToArbitrary(), Gen.Choose(1, 5000).ToArbitrary(), (c, extra) =>
        {
            ProductMarketFit fit = ProductMarketFitAssessor.Default.Assess(c);
            ProductMarketFit heavier = ProductMarketFitAssessor.Default.Assess(c with { Product = c.Product with { PackedWeight = c.Product.PackedWeight + Mass.FromGrams(extra) } });
            ProductMarketFit crowded = ProductMarketFitAssessor.Default.Assess(c with { Competition = new CompetitionInputs(c.Competition!.SellerCount + extra, c.Competition.MedianReviewCount + extra) });
            return heavier.Factor(FitFactorKind.Logistics).Score <= fit.Factor(FitFactorKind.Logistics).Score
                && crowded.Factor(FitFactorKind.Competition).Score <= fit.Factor(FitFactorKind.Competition).Score;
        });

    [Property(MaxTest = 30)]
    public Property Ranking_does_not_depend_on_input_order() =>
        Prop.ForAll(Gen.ListOf(Cases).Select(l => l.GroupBy(c => (c.Product.Sku, c.Market)).Select(g => g.First()).ToArray()).SelectMany(a => Gen.Shuffle(a).Select(s => (a, s))).ToArbitrary(), t =>
        {
            string Key(IReadOnlyList<ProductMarketFit> r) => string.Join("|", r.Select(f => f.Product.Sku + "/" + f.Market + "=" + f.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Key(ProductMarketFitAssessor.Default.Rank(t.a)) == Key(ProductMarketFitAssessor.Default.Rank(t.s.Reverse()));
        });

    [Property(MaxTest = 200)]
    public Property Seasonality_indices_average_one_and_the_score_is_trough_over_peak() =>
        Prop.ForAll(Series.ToArbitrary(), values =>
        {
            SeasonalityAnalysis a = SeasonalityAnalysis.Of(DemandSeries.Monthly(new LocalDate(2023, 5, 1), values));
            return Math.Abs(a.Indices.Sum() - 12m) < 0.000_000_1m
                && Math.Abs(a.Score - (a.IndexOf(a.TroughMonth) / a.IndexOf(a.PeakMonth) * 100m)) < 0.000_001m
                && a.PeakMonths.All(m => a.IndexOf(m) >= a.Thresholds.PeakIndex);
        });
}
