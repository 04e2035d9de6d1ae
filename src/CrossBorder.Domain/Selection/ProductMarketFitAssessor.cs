using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// Assesses and ranks products × markets by composing the library's capabilities through their public APIs: compliance
/// (<see cref="ComplianceRuleSet.Evaluate"/>), markets (<see cref="Markets"/>: supply voltage and plugs, languages, measurement
/// system), pricing (<see cref="PricingEngine.Model"/>: unit economics, Amazon size tier) and logistics
/// (<see cref="ChargeableWeight"/>). Immutable and thread-safe.
/// </summary>
public sealed class ProductMarketFitAssessor
{
    private static readonly string[] NoDemand = { "no demand series given: not assessed" };
    private static readonly string[] NoListing = { "no intended listing and price given: not assessed" };
    private static readonly string[] NoCompetition = { "no competition inputs given: not assessed" };
    private static readonly Lazy<ProductMarketFitAssessor> LazyDefault = new(() => new ProductMarketFitAssessor(ComplianceRuleSet.Default, Markets.Default, PricingEngine.Default, FitWeights.Equal, FitScales.Default, SeasonalityThresholds.Default));

    /// <summary>Creates an assessor.</summary>
    /// <param name="rules">Compliance rules (for example <see cref="ComplianceRuleSet.Default"/> with your own rules).</param>
    /// <param name="markets">Market data (supply, languages, measurement system).</param>
    /// <param name="pricing">The pricing engine (fee schedules and FBA tables).</param>
    /// <param name="weights">Factor weights.</param>
    /// <param name="scales">Scoring scales.</param>
    /// <param name="seasonality">Seasonality thresholds.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProductMarketFitAssessor(ComplianceRuleSet rules, Markets markets, PricingEngine pricing, FitWeights weights, FitScales scales, SeasonalityThresholds seasonality)
    {
        Rules = Preconditions.CheckNotNull(rules, nameof(rules));
        Markets = Preconditions.CheckNotNull(markets, nameof(markets));
        Pricing = Preconditions.CheckNotNull(pricing, nameof(pricing));
        Weights = Preconditions.CheckNotNull(weights, nameof(weights));
        Scales = Preconditions.CheckNotNull(scales, nameof(scales));
        SeasonalityThresholds = Preconditions.CheckNotNull(seasonality, nameof(seasonality));
        if (Scales.IdealChargeableWeight >= Scales.MaxChargeableWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(scales), Scales.IdealChargeableWeight, "IdealChargeableWeight should be below MaxChargeableWeight (" + Scales.MaxChargeableWeight.ToString(null, CultureInfo.InvariantCulture) + ").");
        }
    }

    /// <summary>The embedded data, equal weights, default scales and thresholds.</summary>
    public static ProductMarketFitAssessor Default => LazyDefault.Value;

    /// <summary>The compliance rules.</summary>
    public ComplianceRuleSet Rules { get; }

    /// <summary>The market data.</summary>
    public Markets Markets { get; }

    /// <summary>The pricing engine.</summary>
    public PricingEngine Pricing { get; }

    /// <summary>The factor weights.</summary>
    public FitWeights Weights { get; }

    /// <summary>The scoring scales.</summary>
    public FitScales Scales { get; }

    /// <summary>The seasonality thresholds.</summary>
    public SeasonalityThresholds SeasonalityThresholds { get; }

    /// <summary>A copy with other weights.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The new assessor.</returns>
    public ProductMarketFitAssessor With(FitWeights weights) => new(Rules, Markets, Pricing, weights, Scales, SeasonalityThresholds);

    /// <summary>A copy with other scales.</summary>
    /// <param name="scales">The scales.</param>
    /// <returns>The new assessor.</returns>
    public ProductMarketFitAssessor With(FitScales scales) => new(Rules, Markets, Pricing, Weights, scales, SeasonalityThresholds);

    /// <summary>Assesses one product in one market.</summary>
    /// <param name="fitCase">The case.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="UnknownCountryException">The compliance rules or the market data do not cover the market.</exception>
    /// <exception cref="CrossBorder.Domain.Data.RecordNotInForceException">Market or pricing data is not in force on the date.</exception>
    /// <exception cref="ArgumentException">No assessed factor has a positive weight (parameter <c>weights</c>); pricing inputs are invalid.</exception>
    public ProductMarketFit Assess(FitCase fitCase)
    {
        Preconditions.CheckNotNull(fitCase, nameof(fitCase));
        return Assess(fitCase, Markets.For(fitCase.Market).On(fitCase.Date));
    }

    /// <summary>
    /// Assesses every case and ranks them: viable pairs first, then by score (highest first), then by SKU and market code
    /// (ordinal) — so the ranking does not depend on the order the cases are given in.
    /// </summary>
    /// <param name="cases">The cases; each (SKU, market, date) at most once.</param>
    /// <returns>The assessments, best first.</returns>
    /// <exception cref="ArgumentException">A (SKU, market, date) appears twice (parameter <c>cases</c>).</exception>
    public IReadOnlyList<ProductMarketFit> Rank(IEnumerable<FitCase> cases)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        var views = new Dictionary<(CountryCode, LocalDate), MarketView>();
        var seen = new HashSet<(Sku, CountryCode, LocalDate)>();
        var results = new List<ProductMarketFit>();
        foreach (FitCase c in cases)
        {
            Preconditions.CheckNotNull(c, nameof(cases));
            if (!seen.Add((c.Product.Sku, c.Market, c.Date)))
            {
                throw new ArgumentException("The cases hold " + c.Product.Sku + " in " + c.Market + " on " + c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " twice; give each (SKU, market, date) once.", nameof(cases));
            }

            if (!views.TryGetValue((c.Market, c.Date), out MarketView? view))
            {
                view = Markets.For(c.Market).On(c.Date);
                views.Add((c.Market, c.Date), view);
            }

            results.Add(Assess(c, view));
        }

        results.Sort(CompareRank);
        return results;
    }

    internal static int CompareRank(ProductMarketFit x, ProductMarketFit y)
    {
        int c = y.IsViable.CompareTo(x.IsViable);
        if (c == 0)
        {
            c = y.Score.CompareTo(x.Score);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Product.Sku.Value, y.Product.Sku.Value);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Market.Value, y.Market.Value);
        }

        return c == 0 ? x.Date.CompareTo(y.Date) : c;
    }

    private ProductMarketFit Assess(FitCase fitCase, MarketView view)
    {
        Product product = fitCase.Product;
        ComplianceReport report = Rules.Evaluate(product, fitCase.Market, fitCase.Date);
        var blockers = new List<FitBlocker>();
        var assumptions = new List<string>();

        ListingModel? model = null;
        UnitEconomics? economics = null;
        if (fitCase.Listing is IntendedListing listing)
        {
            model = Pricing.Model(listing.Sale, listing.Listing);
            economics = model.At(listing.Price);
        }

        SeasonalityAnalysis? seasonality = fitCase.Demand is null ? null : SeasonalityAnalysis.Of(fitCase.Demand, SeasonalityThresholds);

        var factors = new FitFactor[]
        {
            LogisticsFactor(fitCase, report, model, blockers, assumptions),
            ComplianceFactor(fitCase, report, blockers, assumptions),
            ElectricalFactor(fitCase, view),
            CulturalFactor(fitCase, view, assumptions),
            SeasonalityFactor(seasonality, assumptions),
            EconomicsFactor(fitCase, economics, blockers, assumptions),
            CompetitionFactor(fitCase, assumptions),
        };
        blockers.AddRange(fitCase.Blockers);
        return new ProductMarketFit(fitCase, factors, blockers, assumptions, report, economics, seasonality);
    }

    private FitFactor LogisticsFactor(FitCase fitCase, ComplianceReport report, ListingModel? model, List<FitBlocker> blockers, List<string> assumptions)
    {
        Product product = fitCase.Product;
        var facts = new List<string>();
        if (product.PackedWeight <= Mass.Zero)
        {
            facts.Add("no packed weight on the product: logistics not assessed");
            return new FitFactor(FitFactorKind.Logistics, null, Weights[FitFactorKind.Logistics], facts);
        }

        Mass chargeable;
        if (product.PackedDimensions is Dimensions dims)
        {
            ChargeableWeight cw = ChargeableWeight.Of(new[] { new Carton(dims, product.PackedWeight) }, Scales.VolumetricDivisor, WeightRounding.None);
            chargeable = cw.Chargeable;
            facts.Add(FormattableString.Invariant($"packed {Kg(cw.Actual)} kg actual, {Kg(cw.Volumetric)} kg volumetric ({dims.ToString(null, CultureInfo.InvariantCulture)} ÷ {Scales.VolumetricDivisor}) → chargeable {Kg(chargeable)} kg{(cw.IsVolumetric ? " (volumetric)" : string.Empty)}"));
        }
        else
        {
            chargeable = product.PackedWeight;
            facts.Add(FormattableString.Invariant($"packed {Kg(chargeable)} kg actual; no packed dimensions, so no volumetric weight"));
        }

        decimal ideal = Scales.IdealChargeableWeight.Kilograms, max = Scales.MaxChargeableWeight.Kilograms;
        decimal weightScore = 100m * Clamp01((max - chargeable.Kilograms) / (max - ideal));
        facts.Add(FormattableString.Invariant($"weight score {ProductMarketFit.Round(weightScore)} (100 at ≤ {ideal} kg, 0 at ≥ {max} kg, linear)"));
        assumptions.Add(FormattableString.Invariant($"logistics scale: 100 at ≤ {ideal} kg chargeable, 0 at ≥ {max} kg; divisor {Scales.VolumetricDivisor}; −{Scales.RefusedServicePenalty} per refusing shipping service"));

        if (model?.SizeClassification is FbaSizeClassification tier)
        {
            facts.Add("Amazon size tier " + tier.Tier.Name + ", shipping weight " + Kg(tier.ShippingWeight) + " kg (" + tier.Provenance.Source.Title + ")");
        }
        else if (fitCase.Listing is IntendedListing l && product.PackedDimensions is Dimensions d2 && l.Sale.Marketplace.Value.StartsWith("amazon-", StringComparison.Ordinal))
        {
            facts.Add(Pricing.Fba.TryClassify(l.Sale.Marketplace, d2, product.PackedWeight, fitCase.Date, out FbaSizeClassification? c)
                ? "Amazon size tier " + c.Tier.Name + ", shipping weight " + Kg(c.ShippingWeight) + " kg"
                : "no Amazon size tier in the data fits " + l.Sale.Marketplace + " on that date");
        }

        int refused = 0;
        foreach (ServiceVerdict verdict in report.Services)
        {
            if (!verdict.IsAccepted)
            {
                refused++;
                facts.Add(verdict.Service.Name + " refuses it: " + string.Join("; ", verdict.Restrictions.Select(r => r.RuleId + " (" + r.Reason + ")")));
            }
        }

        if (refused == report.Services.Count && refused > 0)
        {
            blockers.Add(new FitBlocker(FitBlockerKind.CannotShip, "every shipping service refuses the product", string.Join(", ", report.Services.SelectMany(s => s.Restrictions).Select(r => r.RuleId).Distinct())));
        }

        decimal score = Math.Max(0m, weightScore - (refused * Scales.RefusedServicePenalty));
        if (refused > 0)
        {
            facts.Add(FormattableString.Invariant($"{refused} shipping service(s) refuse it: −{refused * Scales.RefusedServicePenalty}"));
        }

        return new FitFactor(FitFactorKind.Logistics, score, Weights[FitFactorKind.Logistics], facts);
    }

    private FitFactor ComplianceFactor(FitCase fitCase, ComplianceReport report, List<FitBlocker> blockers, List<string> assumptions)
    {
        var facts = new List<string>();
        foreach (ComplianceFinding restriction in report.SaleRestrictions)
        {
            blockers.Add(new FitBlocker(FitBlockerKind.Prohibited, restriction.Title + " — " + restriction.Reason, restriction.RuleId));
            facts.Add("sale restricted: " + restriction.RuleId + " (" + restriction.Reason + ")");
        }

        IReadOnlyList<ComplianceCheck> missing = report.Missing;
        var used = new List<(CertificationEstimate Estimate, List<string> RuleIds)>();
        foreach (ComplianceCheck check in missing)
        {
            CertificationEstimate? estimate = fitCase.CertificationEstimates
                .Where(e => check.Finding.Rule.SatisfiedBy.Contains(e.Type))
                .OrderBy(e => e.LeadTimeDays).ThenBy(e => e.Type)
                .FirstOrDefault();
            string satisfiedBy = string.Join(" or ", check.Finding.Rule.SatisfiedBy);
            if (estimate is null)
            {
                facts.Add("missing " + check.Finding.RuleId + " (" + satisfiedBy + "): no cost or lead-time estimate given");
                if (fitCase.LaunchBy is not null)
                {
                    assumptions.Add("no lead-time estimate for " + satisfiedBy + ": the launch date cannot be checked for it");
                }

                continue;
            }

            facts.Add(FormattableString.Invariant($"missing {check.Finding.RuleId} ({satisfiedBy}): {estimate.Type} {estimate.Cost}, {estimate.LeadTimeDays} days ({estimate.Note})"));
            int index = used.FindIndex(u => u.Estimate.Equals(estimate));
            if (index < 0)
            {
                used.Add((estimate, new List<string> { check.Finding.RuleId }));
            }
            else
            {
                used[index].RuleIds.Add(check.Finding.RuleId);
            }
        }

        var currency = default(Currency?);
        decimal cost = 0m;
        int longest = 0;
        bool costsComparable = true;
        foreach ((CertificationEstimate estimate, List<string> ruleIds) in used)
        {
            assumptions.Add("certification estimate " + estimate);
            longest = Math.Max(longest, estimate.LeadTimeDays);
            if (currency is null || currency == estimate.Cost.Currency)
            {
                currency = estimate.Cost.Currency;
                cost += estimate.Cost.Amount;
            }
            else
            {
                costsComparable = false;
            }

            if (fitCase.LaunchBy is LocalDate launch)
            {
                LocalDate ready = fitCase.Date.PlusDays(estimate.LeadTimeDays);
                if (ready > launch)
                {
                    blockers.Add(new FitBlocker(
                        FitBlockerKind.CannotCertifyInTime,
                        FormattableString.Invariant($"{estimate.Type} takes {estimate.LeadTimeDays} days: ready {ready:yyyy-MM-dd}, after the launch date {launch:yyyy-MM-dd}"),
                        string.Join(", ", ruleIds)));
                }
            }
        }

        if (currency is Currency cur)
        {
            facts.Add(costsComparable
                ? FormattableString.Invariant($"estimated certification {Money.Of(cost, cur)} (each certificate once), longest lead time {longest} days")
                : FormattableString.Invariant($"estimates in several currencies (not added); longest lead time {longest} days"));
        }

        int satisfied = report.Requirements.Count(r => r.Status is CheckStatus.Satisfied or CheckStatus.Expiring);
        decimal score = 100m * Clamp01(1m - ((decimal)missing.Count / Scales.BurdenCeiling));
        facts.Add(FormattableString.Invariant($"{report.Requirements.Count} requirements, {satisfied} held, {missing.Count} missing; {report.Obligations.Count} seller obligations")
            + FormattableString.Invariant($" → 100 × (1 − {missing.Count}/{Scales.BurdenCeiling})"));
        assumptions.Add(FormattableString.Invariant($"compliance-burden scale: 0 at {Scales.BurdenCeiling} or more missing requirements"));
        return new FitFactor(FitFactorKind.ComplianceBurden, score, Weights[FitFactorKind.ComplianceBurden], facts);
    }

    private FitFactor ElectricalFactor(FitCase fitCase, MarketView view)
    {
        var facts = new List<string>();
        ElectricalRating? rating = fitCase.Product.Electrical;
        if (rating is null || !rating.MainsPowered)
        {
            facts.Add(rating is null ? "not electrical" : "not mains-powered (" + rating.MinimumVolts.ToString(CultureInfo.InvariantCulture) + "–" + rating.MaximumVolts.ToString(CultureInfo.InvariantCulture) + " V DC/AC input)");
            return new FitFactor(FitFactorKind.ElectricalFit, 100m, Weights[FitFactorKind.ElectricalFit], facts);
        }

        if (view.PowerSupply is not PowerSupply supply)
        {
            facts.Add("the market data records no mains supply for " + view.Country.Code + ": not assessed");
            return new FitFactor(FitFactorKind.ElectricalFit, null, Weights[FitFactorKind.ElectricalFit], facts);
        }

        int min = (int)Math.Ceiling(rating.MinimumVolts), max = (int)Math.Floor(rating.MaximumVolts);
        string mains = string.Join("/", supply.Voltages) + " V, " + string.Join("/", supply.Frequencies) + " Hz, plugs " + string.Join(", ", supply.PlugTypes) + " (" + supply.Source.Title + ")";
        decimal score = 100m;
        if (max < min || !supply.Accepts(min, max, supply.Frequencies))
        {
            facts.Add(FormattableString.Invariant($"rated {rating.MinimumVolts}–{rating.MaximumVolts} V does not cover the mains {mains}: needs a market-specific variant"));
            score = 0m;
        }
        else
        {
            facts.Add(FormattableString.Invariant($"rated {rating.MinimumVolts}–{rating.MaximumVolts} V covers the mains {mains} (frequency not checked: the product model has no frequency rating)"));
        }

        if (fitCase.Localisation is ListingLocalisation loc && loc.PlugTypes.Count > 0)
        {
            if (loc.PlugTypes.Intersect(supply.PlugTypes, StringComparer.OrdinalIgnoreCase).Any())
            {
                facts.Add("ships with plug " + string.Join("/", loc.PlugTypes) + ", used there");
            }
            else
            {
                score = Math.Max(0m, score - Scales.PlugMismatchPenalty);
                facts.Add(FormattableString.Invariant($"ships with plug {string.Join("/", loc.PlugTypes)}, not used there: −{Scales.PlugMismatchPenalty}"));
            }
        }
        else
        {
            facts.Add("plug type not given: not checked");
        }

        return new FitFactor(FitFactorKind.ElectricalFit, score, Weights[FitFactorKind.ElectricalFit], facts);
    }

    private FitFactor CulturalFactor(FitCase fitCase, MarketView view, List<string> assumptions)
    {
        var facts = new List<string>();
        if (fitCase.Localisation is not ListingLocalisation loc)
        {
            facts.Add("no labelling languages or units given: not assessed");
            return new FitFactor(FitFactorKind.CulturalFit, null, Weights[FitFactorKind.CulturalFit], facts);
        }

        Country country = view.Country;
        bool language = loc.LabelLanguages.Intersect(country.Languages, StringComparer.OrdinalIgnoreCase).Any();
        facts.Add("label languages " + (loc.LabelLanguages.Count == 0 ? "none" : string.Join(", ", loc.LabelLanguages)) + "; official languages of " + country.Code + ": " + string.Join(", ", country.Languages)
            + (language ? " → covered" : " → not covered"));
        bool units = loc.Units is not MeasurementSystem system
            || system == country.MeasurementSystem
            || (system == MeasurementSystem.Metric && country.MeasurementSystem == MeasurementSystem.Imperial);
        facts.Add("units " + (loc.Units?.ToString() ?? "not relevant") + "; " + country.Code + " uses " + country.MeasurementSystem + (units ? " → fits" : " → mismatch"));
        decimal score = (language ? Scales.LanguageShare : 0m) + (units ? 100m - Scales.LanguageShare : 0m);
        assumptions.Add(FormattableString.Invariant($"cultural-fit scale: language {Scales.LanguageShare} points, units {100m - Scales.LanguageShare} points (metric counts as fitting imperial markets)"));
        return new FitFactor(FitFactorKind.CulturalFit, score, Weights[FitFactorKind.CulturalFit], facts);
    }

    private FitFactor SeasonalityFactor(SeasonalityAnalysis? analysis, List<string> assumptions)
    {
        if (analysis is null)
        {
            return new FitFactor(FitFactorKind.Seasonality, null, Weights[FitFactorKind.Seasonality], NoDemand);
        }

        var facts = new List<string>
        {
            analysis.ToString(),
            "score 100 × trough ÷ peak = " + ProductMarketFit.Round(analysis.Score),
        };
        assumptions.Add(FormattableString.Invariant($"seasonality thresholds: peak index ≥ {analysis.Thresholds.PeakIndex}, evergreen peak/trough ≤ {analysis.Thresholds.EvergreenMaxPeakToTrough}, event-driven index ≥ {analysis.Thresholds.EventPeakIndex} in ≤ {analysis.Thresholds.EventMaxPeakMonths} peak months"));
        return new FitFactor(FitFactorKind.Seasonality, analysis.Score, Weights[FitFactorKind.Seasonality], facts);
    }

    private FitFactor EconomicsFactor(FitCase fitCase, UnitEconomics? economics, List<FitBlocker> blockers, List<string> assumptions)
    {
        if (economics is null || fitCase.Listing is not IntendedListing listing)
        {
            return new FitFactor(FitFactorKind.UnitEconomics, null, Weights[FitFactorKind.UnitEconomics], NoListing);
        }

        decimal target = Scales.TargetNetMargin.Fraction;
        decimal score = 100m * Clamp01(economics.NetMargin.Fraction / target);
        var facts = new List<string>
        {
            FormattableString.Invariant($"at {economics.Price} on {listing.Sale.Marketplace}: net revenue {economics.NetRevenue}, marketplace fees {economics.MarketplaceFees}, fulfilment {economics.Fulfilment}, landed cost {economics.LandedCost}, advertising {economics.Advertising}"),
            FormattableString.Invariant($"net profit {economics.NetProfit}, net margin {economics.NetMargin}, ROI on landed cost {economics.ReturnOnLandedCost}, break-even ACoS {economics.BreakEvenAcos}"),
            FormattableString.Invariant($"score 100 × {economics.NetMargin} ÷ {Scales.TargetNetMargin} target (capped at 100, 0 at or below a zero margin)"),
        };
        assumptions.Add("landed cost per unit " + listing.Listing.LandedCost.Amount + (listing.Listing.LandedCost.Note is string n ? " (" + n + ")" : string.Empty));
        assumptions.Add(FormattableString.Invariant($"advertising TACoS {listing.Listing.Advertising.Tacos}; return rate {listing.Listing.Returns.ReturnRate}; {listing.Listing.DaysInStock} days in stock"));
        assumptions.Add(FormattableString.Invariant($"unit-economics scale: 100 at a net margin of {Scales.TargetNetMargin} or more"));
        if (Scales.LossIsBlocker && economics.NetProfit.Amount < 0m)
        {
            blockers.Add(new FitBlocker(FitBlockerKind.LossMaking, FormattableString.Invariant($"net profit {economics.NetProfit} per unit at {economics.Price}"), listing.Sale.Marketplace.Value));
        }

        return new FitFactor(FitFactorKind.UnitEconomics, score, Weights[FitFactorKind.UnitEconomics], facts);
    }

    private FitFactor CompetitionFactor(FitCase fitCase, List<string> assumptions)
    {
        if (fitCase.Competition is not CompetitionInputs c)
        {
            return new FitFactor(FitFactorKind.Competition, null, Weights[FitFactorKind.Competition], NoCompetition);
        }

        decimal sellers = 100m * Clamp01(1m - ((decimal)c.SellerCount / Scales.SaturatedSellerCount));
        decimal reviews = 100m * Clamp01(1m - ((decimal)c.MedianReviewCount / Scales.EntrenchedReviewCount));
        var facts = new List<string>
        {
            FormattableString.Invariant($"{c.SellerCount} sellers → {ProductMarketFit.Round(sellers)} (0 at {Scales.SaturatedSellerCount})"),
            FormattableString.Invariant($"median {c.MedianReviewCount} reviews → {ProductMarketFit.Round(reviews)} (0 at {Scales.EntrenchedReviewCount})"),
        };
        if (c.LowestPrice is Money low && c.HighestPrice is Money high)
        {
            facts.Add(FormattableString.Invariant($"competing prices {low} – {high} (not scored)"));
        }

        assumptions.Add("competition inputs are user observations: " + c);
        return new FitFactor(FitFactorKind.Competition, (sellers + reviews) / 2m, Weights[FitFactorKind.Competition], facts);
    }

    private static decimal Clamp01(decimal value) => value < 0m ? 0m : value > 1m ? 1m : value;

    private static string Kg(Mass mass) => Math.Round(mass.Kilograms, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
}
