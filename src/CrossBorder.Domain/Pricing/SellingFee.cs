using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One fee a marketplace charges per sale (a referral fee, a final value fee, a per-order fee, a commission, a payment fee):
/// rate bands on a named base, an optional per-item minimum and maximum, and tax charged on the fee.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The fee is <c>clamp(bands(base), Minimum, Maximum) × (1 + TaxOnFee)</c>, rounded to the currency's minor unit half away
/// from zero (marketplaces invoice fees in minor units).
/// </remarks>
public sealed class SellingFee
{
    private readonly FeeBand[] bands;

    /// <summary>Creates a fee.</summary>
    /// <param name="name">The name the marketplace uses (for example "referral fee").</param>
    /// <param name="feeBase">What the rate applies to.</param>
    /// <param name="mode">How the bands apply.</param>
    /// <param name="bands">The bands, ascending by upper bound, the last one open (UpTo null).</param>
    /// <param name="minimum">The per-item minimum, or null.</param>
    /// <param name="maximum">The per-item cap, or null.</param>
    /// <param name="taxOnFee">Tax the marketplace adds to the fee (Malaysian SST, GST), zero when none.</param>
    /// <exception cref="ArgumentException">The bands are empty, not ascending, the last is not open, or a marginal band has a fixed amount.</exception>
    public SellingFee(string name, FeeBase feeBase, FeeBandMode mode, IReadOnlyList<FeeBand> bands, decimal? minimum = null, decimal? maximum = null, Percentage taxOnFee = default)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Preconditions.CheckNotEmpty(bands, nameof(bands));
        if (feeBase is not (FeeBase.PriceExcludingTax or FeeBase.PriceIncludingTax))
        {
            throw new ArgumentOutOfRangeException(nameof(feeBase), feeBase, $"feeBase was {feeBase}; it must be a defined FeeBase.");
        }

        if (mode is not (FeeBandMode.WholePrice or FeeBandMode.Marginal))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode was {mode}; it must be a defined FeeBandMode.");
        }

        this.bands = new FeeBand[bands.Count];
        decimal previous = 0m;
        for (int i = 0; i < bands.Count; i++)
        {
            FeeBand band = bands[i];
            bool last = i == bands.Count - 1;
            if (band.UpTo is null != last)
            {
                throw new ArgumentException($"bands[{i.ToString(CultureInfo.InvariantCulture)}] {(last ? "must be open (upTo null)" : "must have an upper bound")}: only the last band of a fee is open.", nameof(bands));
            }

            if (band.UpTo is { } upTo)
            {
                if (upTo <= previous)
                {
                    throw new ArgumentException($"bands[{i.ToString(CultureInfo.InvariantCulture)}].upTo was {Preconditions.Format(upTo)}; bands must be ascending (previous bound {Preconditions.Format(previous)}).", nameof(bands));
                }

                previous = upTo;
            }

            if (mode == FeeBandMode.Marginal && band.FixedAmount != 0m)
            {
                throw new ArgumentException($"bands[{i.ToString(CultureInfo.InvariantCulture)}] has a fixed amount; fixed amounts are allowed in whole-price bands only.", nameof(bands));
            }

            this.bands[i] = band;
        }

        if (minimum is { } min)
        {
            Preconditions.CheckNonNegative(min, nameof(minimum));
        }

        if (maximum is { } max)
        {
            Preconditions.CheckNonNegative(max, nameof(maximum));
            if (minimum is { } m && max < m)
            {
                throw new ArgumentOutOfRangeException(nameof(maximum), max, $"maximum was {Preconditions.Format(max)}; it must be at least the minimum {Preconditions.Format(m)}.");
            }
        }

        Preconditions.CheckInRange(taxOnFee.Fraction, nameof(taxOnFee), 0m, 1m);
        Base = feeBase;
        Mode = mode;
        Minimum = minimum;
        Maximum = maximum;
        TaxOnFee = taxOnFee;
    }

    /// <summary>The fee's name.</summary>
    public string Name { get; }

    /// <summary>What the rate applies to.</summary>
    public FeeBase Base { get; }

    /// <summary>How the bands apply.</summary>
    public FeeBandMode Mode { get; }

    /// <summary>The bands, ascending.</summary>
    public IReadOnlyList<FeeBand> Bands => bands;

    /// <summary>The per-item minimum, if any.</summary>
    public decimal? Minimum { get; }

    /// <summary>The per-item cap, if any.</summary>
    public decimal? Maximum { get; }

    /// <summary>Tax added to the fee (zero when none).</summary>
    public Percentage TaxOnFee { get; }

    /// <summary>The fee on a base amount, rounded to the currency's minor unit (half away from zero).</summary>
    /// <param name="baseAmount">The base (see <see cref="Base"/>); zero or more.</param>
    /// <returns>The fee.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseAmount"/> is negative.</exception>
    public Money Compute(Money baseAmount)
    {
        Preconditions.CheckNonNegative(baseAmount.Amount, nameof(baseAmount));
        return new Money(Raw(baseAmount.Amount), baseAmount.Currency).Round(RoundingMode.HalfAwayFromZero);
    }

    /// <summary>The unrounded fee on a base.</summary>
    internal decimal Raw(decimal b)
    {
        decimal fee;
        FeeBand[] bs = bands;
        if (Mode == FeeBandMode.WholePrice)
        {
            int i = 0;
            while (i < bs.Length - 1 && b > bs[i].UpTo!.Value)
            {
                i++;
            }

            fee = (b * bs[i].Rate.Fraction) + bs[i].FixedAmount;
        }
        else
        {
            fee = 0m;
            decimal lower = 0m;
            // Stryker disable once Equality : the last band is open (checked in the constructor), so the loop always breaks inside; i never reaches bs.Length.
            for (int i = 0; i < bs.Length; i++)
            {
                decimal? upTo = bs[i].UpTo;
                // Stryker disable once Equality : at b == upTo, "<" charges the same full band and then (b - upTo) × next rate = 0: the same fee.
                if (upTo is null || b <= upTo.Value)
                {
                    fee += (b - lower) * bs[i].Rate.Fraction;
                    break;
                }

                fee += (upTo.Value - lower) * bs[i].Rate.Fraction;
                lower = upTo.Value;
            }
        }

        if (Minimum is { } min && fee < min)
        {
            fee = min;
        }

        if (Maximum is { } max && fee > max)
        {
            fee = max;
        }

        // Stryker disable once Conditional : a fast path; with no tax fee × (1 + 0) is the same value (and scale) as fee.
        return TaxOnFee.Fraction == 0m ? fee : fee * (1m + TaxOnFee.Fraction);
    }

    /// <summary>Bases at which the fee's formula changes (band bounds, where the minimum or cap starts or stops binding).</summary>
    internal void AddBreakpoints(List<decimal> baseBreaks)
    {
        decimal lower = 0m;
        decimal cumulative = 0m;
        foreach (FeeBand band in bands)
        {
            if (band.UpTo is { } upTo)
            {
                baseBreaks.Add(upTo);
            }

            decimal rate = band.Rate.Fraction;
            foreach (decimal? bound in new[] { Minimum, Maximum })
            {
                if (bound is not { } target || rate == 0m)
                {
                    continue;
                }

                decimal at = Mode == FeeBandMode.WholePrice
                    ? (target - band.FixedAmount) / rate
                    : lower + ((target - cumulative) / rate);
                if (at > lower && (band.UpTo is null || at <= band.UpTo.Value))
                {
                    baseBreaks.Add(at);
                }
            }

            if (band.UpTo is { } u)
            {
                cumulative += (u - lower) * rate;
                lower = u;
            }
        }
    }

    /// <summary>The marginal rate at a very large base (what the fee adds per extra unit of base in the open band), after tax on the fee.</summary>
    internal decimal TopRate => Maximum is null ? bands[bands.Length - 1].Rate.Fraction * (1m + TaxOnFee.Fraction) : 0m;

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Name).Append(": ");
        text.Append(Mode == FeeBandMode.WholePrice ? "whole-price bands " : "marginal bands ");
        for (int i = 0; i < bands.Length; i++)
        {
            text.Append(i == 0 ? "[" : "; ").Append(bands[i].ToString());
        }

        text.Append("] of the ").Append(Base == FeeBase.PriceIncludingTax ? "price including tax" : "price excluding tax");
        if (Minimum is { } min)
        {
            text.Append(", minimum ").Append(Preconditions.Format(min));
        }

        if (Maximum is { } max)
        {
            text.Append(", maximum ").Append(Preconditions.Format(max));
        }

        if (TaxOnFee.Fraction != 0m)
        {
            text.Append(", plus ").Append(TaxOnFee.ToString()).Append(" tax on the fee");
        }

        return text.ToString();
    }
}
