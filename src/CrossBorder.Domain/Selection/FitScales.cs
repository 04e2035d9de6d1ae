using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The scales that turn facts into factor scores (0–100). They are the library's documented defaults, not market facts:
/// each is a judgement a seller should review and may change with <c>with { … }</c>. Every one is reported as an
/// assumption in <see cref="ProductMarketFit.Assumptions"/> when it influences a score. Immutable and thread-safe.
/// </summary>
public sealed record FitScales
{
    private Mass idealChargeableWeight = Mass.FromKilograms(0.5m);
    private Mass maxChargeableWeight = Mass.FromKilograms(15m);
    private decimal refusedServicePenalty = 10m;
    private int burdenCeiling = 5;
    private decimal plugMismatchPenalty = 40m;
    private decimal languageShare = 60m;
    private Percentage targetNetMargin = Percentage.FromPercent(25);
    private int saturatedSellerCount = 50;
    private int entrenchedReviewCount = 1000;

    /// <summary>The library defaults (documented in <c>docs/selection.md</c>).</summary>
    public static FitScales Default { get; } = new();

    /// <summary>Chargeable weight at or below which logistics scores 100 (default 0.5 kg). Must be below <see cref="MaxChargeableWeight"/>.</summary>
    public Mass IdealChargeableWeight
    {
        get => idealChargeableWeight;
        init => idealChargeableWeight = Mass.FromKilograms(Preconditions.CheckNonNegative(value.Kilograms, nameof(IdealChargeableWeight)));
    }

    /// <summary>Chargeable weight at or above which the weight part of logistics scores 0 (default 15 kg); linear in between.</summary>
    public Mass MaxChargeableWeight
    {
        get => maxChargeableWeight;
        init => maxChargeableWeight = Mass.FromKilograms(Preconditions.CheckPositive(value.Kilograms, nameof(MaxChargeableWeight)));
    }

    /// <summary>Divisor for the volumetric weight (default <see cref="VolumetricDivisor.Express"/>, 5000 cm³/kg).</summary>
    public VolumetricDivisor VolumetricDivisor { get; init; } = VolumetricDivisor.Express;

    /// <summary>Points taken off logistics for each shipping service that refuses the product (default 10, 0–100).</summary>
    public decimal RefusedServicePenalty
    {
        get => refusedServicePenalty;
        init => refusedServicePenalty = Preconditions.CheckInRange(value, nameof(RefusedServicePenalty), 0m, 100m);
    }

    /// <summary>Number of missing requirements at which the compliance-burden factor reaches 0 (default 5); linear from 100 at none.</summary>
    public int BurdenCeiling
    {
        get => burdenCeiling;
        init => burdenCeiling = Preconditions.CheckPositive(value, nameof(BurdenCeiling));
    }

    /// <summary>Points taken off electrical fit when the product's plugs are not the market's (default 40, 0–100).</summary>
    public decimal PlugMismatchPenalty
    {
        get => plugMismatchPenalty;
        init => plugMismatchPenalty = Preconditions.CheckInRange(value, nameof(PlugMismatchPenalty), 0m, 100m);
    }

    /// <summary>Share (0–100 points) of cultural fit that the labelling language decides; the rest is the units of measure (default 60).</summary>
    public decimal LanguageShare
    {
        get => languageShare;
        init => languageShare = Preconditions.CheckInRange(value, nameof(LanguageShare), 0m, 100m);
    }

    /// <summary>Net margin at which unit economics scores 100 (default 25 %); linear from 0 at a zero margin.</summary>
    public Percentage TargetNetMargin
    {
        get => targetNetMargin;
        init => targetNetMargin = Percentage.FromFraction(Preconditions.CheckInRange(value.Fraction, nameof(TargetNetMargin), 0.0001m, 0.9999m));
    }

    /// <summary>Number of competing sellers at which the seller part of competition reaches 0 (default 50).</summary>
    public int SaturatedSellerCount
    {
        get => saturatedSellerCount;
        init => saturatedSellerCount = Preconditions.CheckPositive(value, nameof(SaturatedSellerCount));
    }

    /// <summary>Median review count of the leading listings at which the review part of competition reaches 0 (default 1000).</summary>
    public int EntrenchedReviewCount
    {
        get => entrenchedReviewCount;
        init => entrenchedReviewCount = Preconditions.CheckPositive(value, nameof(EntrenchedReviewCount));
    }

    /// <summary>Whether a negative net profit at the intended price is a blocker (default <see langword="true"/>).</summary>
    public bool LossIsBlocker { get; init; } = true;
}
