using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>Monthly FBA storage rates of a storage class: off-peak and peak (from <see cref="PeakFromMonth"/> to December). Immutable.</summary>
public sealed record FbaStorageRate : IEffectiveDated<FbaStorageRate>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <param name="storageClass">The storage class ("standard", "bulky").</param>
    /// <param name="currency">The currency.</param>
    /// <param name="volumeUnit">The volume unit the rates are per.</param>
    /// <param name="offPeak">The monthly rate per volume unit in off-peak months.</param>
    /// <param name="peak">The monthly rate per volume unit in peak months.</param>
    /// <param name="peakFromMonth">The first peak month (10 = October); peak runs to December.</param>
    /// <param name="period">When in force.</param>
    /// <param name="source">Where it comes from.</param>
    public FbaStorageRate(MarketplaceId marketplace, string storageClass, Currency currency, VolumeUnit volumeUnit, decimal offPeak, decimal peak, int peakFromMonth, EffectivePeriod period, Source source)
    {
        Preconditions.CheckArgument(!marketplace.IsDefault, nameof(marketplace), "marketplace must be a parsed MarketplaceId, not default.");
        Marketplace = marketplace;
        StorageClass = Preconditions.CheckNotNullOrWhiteSpace(storageClass, nameof(storageClass));
        Currency = Preconditions.CheckNotNull(currency, nameof(currency));
        VolumeUnit = volumeUnit;
        OffPeak = Preconditions.CheckNonNegative(offPeak, nameof(offPeak));
        Peak = Preconditions.CheckNonNegative(peak, nameof(peak));
        PeakFromMonth = Preconditions.CheckInRange(peakFromMonth, nameof(peakFromMonth), 1, 12);
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The marketplace.</summary>
    public MarketplaceId Marketplace { get; }

    /// <summary>The storage class.</summary>
    public string StorageClass { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The volume unit of the rates.</summary>
    public VolumeUnit VolumeUnit { get; }

    /// <summary>Monthly rate per volume unit, off-peak.</summary>
    public decimal OffPeak { get; }

    /// <summary>Monthly rate per volume unit, peak.</summary>
    public decimal Peak { get; }

    /// <summary>The first peak month.</summary>
    public int PeakFromMonth { get; }

    /// <inheritdoc/>
    public EffectivePeriod Period { get; init; }

    /// <inheritdoc/>
    public Source Source { get; }

    /// <inheritdoc/>
    public FbaStorageRate WithPeriod(EffectivePeriod period) => this with { Period = period };

    /// <summary>The monthly rate per volume unit for the month of a date.</summary>
    /// <param name="date">A day of the month.</param>
    /// <returns>The rate.</returns>
    public decimal MonthlyRate(LocalDate date) => date.Month >= PeakFromMonth ? Peak : OffPeak;

    /// <summary>The monthly storage fee of a volume in the month of a date (unrounded: Amazon bills the month's total).</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="date">A day of the month.</param>
    /// <returns>The fee.</returns>
    public Money MonthlyFee(Volume volume, LocalDate date) => new(volume.In(VolumeUnit) * MonthlyRate(date), Currency);
}
