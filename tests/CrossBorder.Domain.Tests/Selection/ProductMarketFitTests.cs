using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Selection;
using CrossBorder.Domain.Tests.Support;
using static CrossBorder.Domain.Tests.Selection.SelectionSamples;

namespace CrossBorder.Domain.Tests.Selection;

public class ProductMarketFitTests
{
    private static readonly ListingLocalisation EnglishPlugA = new(new[] { "eng" }) { PlugTypes = new[] { "A" }, Units = MeasurementSystem.UsCustomary };

    private static FitCase StandUs() => new(PhoneStand(), Us, Day)
    {
        Demand = Flat(),
        Listing = Listing(AmazonUs, "home-and-kitchen", 4m, 3.5m, 19.99m),
        Competition = new CompetitionInputs(12, 150),
    };

    private static FitCase PoolUs() => new(Pool(), Us, Day)
    {
        Demand = Summer(),
        Listing = Listing(AmazonUs, "home-and-kitchen", 30m, 25m, 89.99m),
        Competition = new CompetitionInputs(12, 150),
    };

    [Fact]
    [UseCulture("tr-TR")]
    public void Small_light_evergreen_product_beats_a_bulky_seasonal_one_in_the_US()
    {
        ProductMarketFit stand = ProductMarketFitAssessor.Default.Assess(StandUs());
        ProductMarketFit pool = ProductMarketFitAssessor.Default.Assess(PoolUs());

        // Logistics: stand 0.2 kg actual vs 15×10×3/5000 = 0.09 kg volumetric → 0.2 kg ≤ 0.5 kg → 100.
        // Pool: 60×40×30/5000 = 14.4 kg volumetric > 8 kg actual → 100 × (15 − 14.4) / (15 − 0.5) = 4.1379…
        Assert.Equal(100m, stand.Factor(FitFactorKind.Logistics).Score);
        Assert.Equal(100m * (0.6m / 14.5m), pool.Factor(FitFactorKind.Logistics).Score!.Value, 10);
        Assert.Contains("(volumetric)", pool.Factor(FitFactorKind.Logistics).Facts[0], StringComparison.Ordinal);
        Assert.Contains(pool.Factor(FitFactorKind.Logistics).Facts, f => f.StartsWith("Amazon size tier large-bulky", StringComparison.Ordinal));

        // Seasonality: flat series mean 100, trough Feb 90, peak Jun 110 → 100 × 0.9 / 1.1; summer series trough 2, peak 22 → 100 × 2 / 22.
        Assert.Equal(SeasonalityClass.Evergreen, stand.Seasonality!.Classification);
        Assert.Equal(SeasonalityClass.Seasonal, pool.Seasonality!.Classification);
        Assert.Equal(100m * 0.9m / 1.1m, stand.Factor(FitFactorKind.Seasonality).Score!.Value, 10);
        Assert.Equal(100m * 2m / 22m, pool.Factor(FitFactorKind.Seasonality).Score!.Value, 10);

        // Unit economics (Amazon US referral 15 %): stand 19.99 − 3.00 − 3.50 − 4.00 = 9.49 (47.5 % ≥ 25 % target → 100);
        // pool 89.99 − 13.50 − 25.00 − 30.00 = 21.49 → 23.88 % ÷ 25 % → 95.5.
        Assert.Equal(Money.Of(9.49m, "USD"), stand.Economics!.NetProfit);
        Assert.Equal(100m, stand.Factor(FitFactorKind.UnitEconomics).Score);
        Assert.Equal(Money.Of(21.49m, "USD"), pool.Economics!.NetProfit);
        Assert.Equal(100m * (21.49m / 89.99m) / 0.25m, pool.Factor(FitFactorKind.UnitEconomics).Score!.Value, 3);

        // Competition: 12 of 50 sellers → 76; 150 of 1000 reviews → 85; mean 80.5. Cultural fit not assessed (no localisation).
        Assert.Equal(80.5m, stand.Factor(FitFactorKind.Competition).Score);
        Assert.False(stand.Factor(FitFactorKind.CulturalFit).IsAssessed);

        // Overall: mean of the six assessed factors (equal weights).
        decimal expectedStand = (100m + 100m + 100m + (100m * 0.9m / 1.1m) + 100m + 80.5m) / 6m;
        Assert.Equal(expectedStand, stand.Score, 10);
        Assert.True(stand.Score > pool.Score + 25m, stand.Explain() + pool.Explain());
        Assert.True(stand.IsViable && pool.IsViable);
        Assert.Contains("STAND-01 in US on 2025-06-01: 93.7 / 100, viable", stand.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_speaker_carries_the_CE_burden_in_DE_and_the_FCC_burden_in_the_US()
    {
        ProductMarketFit us = ProductMarketFitAssessor.Default.Assess(new FitCase(Speaker(), Us, Day) { Localisation = EnglishPlugA });
        ProductMarketFit de = ProductMarketFitAssessor.Default.Assess(new FitCase(Speaker(), De, Day) { Localisation = EnglishPlugA });

        // US: FCC equipment authorisation (FCC-ID) and SDoC missing → 100 × (1 − 2/5) = 60.
        Assert.Equal(new[] { "us-fcc-certification", "us-fcc-sdoc" }, us.Compliance.Missing.Select(m => m.Finding.RuleId).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(60m, us.Factor(FitFactorKind.ComplianceBurden).Score);

        // DE: CE-RED, CE-LVD, RoHS, battery and GPSR responsible person missing → 5 of 5 → 0.
        Assert.Contains(de.Compliance.Missing, m => m.Finding.RuleId == "eu-ce-red");
        Assert.Equal(5, de.Compliance.Missing.Count);
        Assert.Equal(0m, de.Factor(FitFactorKind.ComplianceBurden).Score);

        // Electrical: 100–240 V covers 120 V and 230 V; plug A is used in the US (A, B) but not in DE (C, F) → 100 − 40.
        Assert.Equal(100m, us.Factor(FitFactorKind.ElectricalFit).Score);
        Assert.Equal(60m, de.Factor(FitFactorKind.ElectricalFit).Score);

        // Cultural: English US-customary labels fit the US (eng, US customary), not DE (deu, metric).
        Assert.Equal(100m, us.Factor(FitFactorKind.CulturalFit).Score);
        Assert.Equal(0m, de.Factor(FitFactorKind.CulturalFit).Score);

        // Logistics: 1.2 kg actual > 25×15×15/5000 = 1.125 kg → 100 × (15 − 1.2) / 14.5 in both.
        decimal logistics = 100m * (13.8m / 14.5m);
        Assert.Equal(logistics, de.Factor(FitFactorKind.Logistics).Score!.Value, 10);
        Assert.Equal((logistics + 60m + 100m + 100m) / 4m, us.Score, 10);
        Assert.Equal((logistics + 0m + 60m + 0m) / 4m, de.Score, 10);
    }

    [Fact]
    public void A_certificate_that_cannot_be_ready_by_the_launch_date_blocks_and_a_held_one_lifts_the_burden()
    {
        var estimates = new[]
        {
            new CertificationEstimate(CertificateType.CeRed, Money.Of(4500m, "EUR"), 56, "lab quote Q-88"),
            new CertificationEstimate(CertificateType.Parse("CE-ROHS"), Money.Of(900m, "EUR"), 21, "lab quote Q-88"),
        };
        FitCase tight = new(Speaker(), De, Day) { CertificationEstimates = estimates, LaunchBy = Day.PlusDays(30) };
        ProductMarketFit fit = ProductMarketFitAssessor.Default.Assess(tight);
        FitBlocker blocker = Assert.Single(fit.Blockers);
        Assert.Equal(FitBlockerKind.CannotCertifyInTime, blocker.Kind);
        Assert.Equal("eu-ce-lvd, eu-ce-red", blocker.Reference); // CE-RED also satisfies the LVD requirement: one blocker, both rules
        Assert.Contains("ready 2025-07-27, after the launch date 2025-07-01", blocker.Reason, StringComparison.Ordinal);
        Assert.False(fit.IsViable);
        Assert.Contains(fit.Factor(FitFactorKind.ComplianceBurden).Facts, f => f.StartsWith("estimated certification", StringComparison.Ordinal) && f.Contains(FormattableString.Invariant($"{Money.Of(5400m, "EUR")}"), StringComparison.Ordinal) && f.EndsWith("longest lead time 56 days", StringComparison.Ordinal));
        Assert.Contains(fit.Assumptions, a => a.Contains("lab quote Q-88", StringComparison.Ordinal));

        ProductMarketFit relaxed = ProductMarketFitAssessor.Default.Assess(tight with { LaunchBy = Day.PlusDays(90) });
        Assert.True(relaxed.IsViable);

        Product certified = Speaker().WithCertificate(Tests.Compliance.SampleProducts.Certificate("CE-RED"));
        ProductMarketFit lighter = ProductMarketFitAssessor.Default.Assess(new FitCase(certified, De, Day));
        Assert.True(lighter.Factor(FitFactorKind.ComplianceBurden).Score > fit.Factor(FitFactorKind.ComplianceBurden).Score);
    }

    [Fact]
    public void Shipping_refusals_cost_points_and_a_loss_at_the_intended_price_blocks()
    {
        Product powerBank = Tests.Compliance.SampleProducts.PowerBank() with
        {
            PackedWeight = Mass.FromKilograms(0.3m),
            PackedDimensions = Dimensions.Of(15, 8, 3, LengthUnit.Centimetre),
        };
        ProductMarketFit fit = ProductMarketFitAssessor.Default.Assess(new FitCase(powerBank, Us, Day)
        {
            Listing = Listing(AmazonUs, "consumer-electronics", 12m, 4m, 14.99m),
        });
        int refused = fit.Compliance.Services.Count(s => !s.IsAccepted);
        Assert.True(refused > 0, fit.Explain());
        Assert.Equal(100m - (10m * refused), fit.Factor(FitFactorKind.Logistics).Score);
        Assert.Contains(fit.Factor(FitFactorKind.Logistics).Facts, f => f.Contains("refuses it", StringComparison.Ordinal));

        // 14.99 − 8 % referral (1.20) − 4.00 − 12.00 = −2.21 → loss-making blocker; unit economics scores 0.
        Assert.Equal(0m, fit.Factor(FitFactorKind.UnitEconomics).Score);
        Assert.Contains(fit.Blockers, b => b.Kind == FitBlockerKind.LossMaking);
        Assert.False(fit.IsViable);

        ProductMarketFitAssessor lenient = ProductMarketFitAssessor.Default.With(FitScales.Default with { LossIsBlocker = false });
        Assert.DoesNotContain(lenient.Assess(new FitCase(powerBank, Us, Day) { Listing = Listing(AmazonUs, "consumer-electronics", 12m, 4m, 14.99m) }).Blockers, b => b.Kind == FitBlockerKind.LossMaking);
    }

    [Fact]
    public void Weights_change_the_score_and_only_their_ratios_matter()
    {
        FitCase c = StandUs();
        ProductMarketFit equal = ProductMarketFitAssessor.Default.Assess(c);
        ProductMarketFit doubled = ProductMarketFitAssessor.Default.With(FitWeights.Create(2, 2, 2, 2, 2, 2, 2)).Assess(c);
        Assert.Equal(equal.Score, doubled.Score, 20);
        ProductMarketFit onlySeasonality = ProductMarketFitAssessor.Default.With(FitWeights.Create(0, 0, 0, 0, 1, 0, 0)).Assess(c);
        Assert.Equal(c.Demand is null ? 0m : SeasonalityAnalysis.Of(c.Demand).Score, onlySeasonality.Score);
    }

    [Fact]
    public void Bad_inputs_throw_specific_exceptions_naming_the_argument()
    {
        var zero = Assert.Throws<ArgumentException>(() => FitWeights.Create(0, 0, 0, 0, 0, 0, 0));
        Assert.Equal("weights", zero.ParamName);
        Assert.Contains("sum to zero", zero.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => FitWeights.Create(1, 0, 0, 0, 0, 0, 0).With(FitFactorKind.Logistics, 0)).ParamName);
        Assert.Equal("competition", Assert.Throws<ArgumentOutOfRangeException>(() => FitWeights.Create(1, 1, 1, 1, 1, 1, -1)).ParamName);

        // Only not-assessed factors carry weight: no silent zero.
        var none = Assert.Throws<ArgumentException>(() => ProductMarketFitAssessor.Default.With(FitWeights.Create(0, 0, 0, 0, 1, 0, 0)).Assess(new FitCase(PhoneStand(), Us, Day)));
        Assert.Equal("weights", none.ParamName);

        Assert.Equal("sellerCount", Assert.Throws<ArgumentOutOfRangeException>(() => new CompetitionInputs(-1, 0)).ParamName);
        Assert.Equal("leadTimeDays", Assert.Throws<ArgumentOutOfRangeException>(() => new CertificationEstimate(CertificateType.CeRed, Money.Of(1m, "EUR"), -1)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => new IntendedListing(AmazonUs, Listing(AmazonUs, "home-and-kitchen", 4m, 3.5m, 19.99m).Listing, Money.Of(10m, "EUR"))).ParamName);
        Assert.Throws<UnknownCountryException>(() => ProductMarketFitAssessor.Default.Assess(new FitCase(PhoneStand(), CountryCode.Parse("ZZ"), Day)));

        var twice = Assert.Throws<ArgumentException>(() => ProductMarketFitAssessor.Default.Rank(new[] { StandUs(), StandUs() }));
        Assert.Equal("cases", twice.ParamName);
    }

    [Fact]
    public void Ranking_puts_viable_pairs_first_then_the_higher_score()
    {
        FitCase blocked = StandUs() with { Market = De, Listing = null, Blockers = new[] { FitBlocker.UserSupplied("brand gated on amazon-de") } };
        IReadOnlyList<ProductMarketFit> ranking = ProductMarketFitAssessor.Default.Rank(new[] { blocked, PoolUs(), StandUs() });
        Assert.Equal(new[] { "STAND-01/US", "POOL-300/US", "STAND-01/DE" }, ranking.Select(r => r.Product.Sku + "/" + r.Market));
        Assert.Equal(FitBlockerKind.UserSupplied, Assert.Single(ranking[2].Blockers).Kind);
    }
}
