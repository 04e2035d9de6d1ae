using System;
using System.Collections.Generic;
using System.Text;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Pricing;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// What a planned order quantity will cost to keep in an Amazon FBA warehouse: monthly storage fees and aged-inventory surcharges for
/// the batch from its sellable day until it sells out, from the pricing fee schedules (<see cref="FbaFeeTables"/>), and a warning when the
/// plan leaves units older than the surcharge threshold.
/// </summary>
/// <remarks>
/// <para>Model: the batch becomes sellable on today + ⌈L⌉ (the plan's lead time) and sells after the stock ahead of it (on hand and
/// inbound, first in, first out) at the plan's projected daily demand (seasonality and event uplifts included when the plan has an
/// outlook); demand before the batch arrives that the stock ahead cannot meet is lost, not back-ordered. The batch's units at the start
/// of each day are its stock that day. Storage fee of a month = Σ daily units ÷ days in the month × unit volume × the month's rate,
/// rounded to the minor unit half away from zero. Aged surcharge: on the 15th of each month (Amazon's snapshot), the units still in
/// stock aged (days since the sellable day) into a bracket of the surcharge table, via
/// <see cref="FbaFeeTables.AgedInventorySurcharge"/>. An age whose bracket the data does not have (US 271–365 days) is listed in
/// <see cref="Unpriced"/> and not summed — never counted as zero silently.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record StorageCostProjection
{
    private readonly StorageMonth[] months;
    private readonly string[] unpriced;

    private StorageCostProjection(
        int quantity, LocalDate sellableFrom, StorageMonth[] months, Money totalStorage, Money totalAged, LocalDate? soldOutOn, decimal unitsLeft,
        int? thresholdDays, decimal unitsOverThreshold, string[] unpriced, string? warning, string explanation)
    {
        Quantity = quantity;
        SellableFrom = sellableFrom;
        this.months = months;
        TotalStorageFees = totalStorage;
        TotalAgedSurcharges = totalAged;
        SoldOutOn = soldOutOn;
        UnitsLeftAtHorizon = unitsLeft;
        SurchargeThresholdDays = thresholdDays;
        UnitsOlderThanThreshold = unitsOverThreshold;
        this.unpriced = unpriced;
        Warning = warning;
        Explanation = explanation;
    }

    /// <summary>The planned quantity.</summary>
    public int Quantity { get; }

    /// <summary>The day the batch becomes sellable (today + ⌈L⌉).</summary>
    public LocalDate SellableFrom { get; }

    /// <summary>Month by month, from the sellable day's month.</summary>
    public IReadOnlyList<StorageMonth> Months => months;

    /// <summary>The sum of the monthly storage fees.</summary>
    public Money TotalStorageFees { get; }

    /// <summary>The sum of the priced aged-inventory surcharges.</summary>
    public Money TotalAgedSurcharges { get; }

    /// <summary>Storage fees plus aged surcharges.</summary>
    public Money Total => TotalStorageFees + TotalAgedSurcharges;

    /// <summary>The day the last unit of the batch is projected to sell, or null when it does not sell out within the horizon.</summary>
    public LocalDate? SoldOutOn { get; }

    /// <summary>Units of the batch still in stock at the end of the horizon.</summary>
    public decimal UnitsLeftAtHorizon { get; }

    /// <summary>The first age (days) at which the marketplace's surcharge table charges, or null when the marketplace has no surcharge data.</summary>
    public int? SurchargeThresholdDays { get; }

    /// <summary>Units of the batch still in stock on the day it reaches <see cref="SurchargeThresholdDays"/>.</summary>
    public decimal UnitsOlderThanThreshold { get; }

    /// <summary>Assessments whose age bracket the data does not price (not included in the totals).</summary>
    public IReadOnlyList<string> Unpriced => unpriced;

    /// <summary>A warning when the plan leaves units older than the surcharge threshold, otherwise null.</summary>
    public string? Warning { get; }

    /// <summary>The assumptions and totals in one paragraph.</summary>
    public string Explanation { get; }

    /// <summary>Projects storage costs of ordering <paramref name="quantity"/> units now under <paramref name="plan"/>.</summary>
    /// <param name="plan">The restock plan (lead time, stock ahead, projected demand).</param>
    /// <param name="quantity">The planned quantity, zero or more (usually <c>plan.OrderQuantity.Value</c>).</param>
    /// <param name="fees">The FBA fee tables (<c>FbaFeeTables.Default</c>).</param>
    /// <param name="marketplace">The marketplace, for example <c>amazon-us</c>.</param>
    /// <param name="unitVolume">The volume of one unit, greater than zero.</param>
    /// <param name="storageClass">The storage class of the storage-fee table (<c>standard</c> or <c>bulky</c> in the US table).</param>
    /// <param name="category">The fee category, for surcharge exemptions (clothing…), or null.</param>
    /// <param name="horizonDays">Days after the sellable day to project, 1–1,096 (548 = 18 months by default).</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is negative, <paramref name="unitVolume"/> is not positive, or the horizon is out of range.</exception>
    /// <exception cref="RecordNotInForceException">No storage rate is in force for the marketplace and class in a projected month.</exception>
    public static StorageCostProjection For(
        RestockPlan plan, int quantity, FbaFeeTables fees, MarketplaceId marketplace, Volume unitVolume, string storageClass = "standard", string? category = null, int horizonDays = 548)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNonNegative(quantity, nameof(quantity));
        Preconditions.CheckNotNull(fees, nameof(fees));
        Preconditions.CheckNotNull(storageClass, nameof(storageClass));
        Preconditions.CheckInRange(horizonDays, nameof(horizonDays), 1, 1_096);
        if (unitVolume <= Volume.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(unitVolume), unitVolume, $"unitVolume was {unitVolume}; it must be greater than zero.");
        }

        LocalDate today = plan.Today;
        LocalDate arrival = today.PlusDays(InventoryMath.CeilingToInt(plan.LeadTime.MeanDays, nameof(plan), "a lead time in days"));
        int? threshold = FirstSurchargeAge(fees, marketplace, arrival);
        DemandCurve curve = plan.Curve;

        // Stock ahead of the batch sells first; before the batch arrives, demand beyond it is lost.
        decimal ahead = plan.Stock.InventoryPosition;
        LocalDate date = today;
        for (; date < arrival; date = date.PlusDays(1))
        {
            ahead = Math.Max(0m, ahead - curve.On(date));
        }

        var result = new List<StorageMonth>();
        decimal batch = quantity;
        decimal overThreshold = 0m;
        LocalDate? soldOut = quantity == 0 ? arrival : null;
        LocalDate end = arrival.PlusDays(horizonDays);
        FbaStorageRate rate = fees.GetStorageRate(marketplace, storageClass, arrival);
        Money totalStorage = Money.Zero(rate.Currency);
        Money totalAged = Money.Zero(rate.Currency);
        var unpriced = new List<string>();
        decimal monthUnitDays = 0m;
        LocalDate monthStart = new LocalDate(arrival.Year, arrival.Month, 1);
        Money monthAged = Money.Zero(rate.Currency);
        string monthAgedRule = "no assessment while in stock";
        for (; date < end; date = date.PlusDays(1))
        {
            int age = Period.DaysBetween(arrival, date);
            if (threshold is { } t && age == t)
            {
                overThreshold = batch;
            }

            if (date.Day == 15 && batch > 0m)
            {
                AssessAged(fees, marketplace, unitVolume, category, threshold, age, batch, date, unpriced, ref monthAged, out monthAgedRule);
            }

            monthUnitDays += batch;
            decimal demand = curve.On(date);
            decimal fromAhead = Math.Min(ahead, demand);
            ahead -= fromAhead;
            decimal fromBatch = Math.Min(batch, demand - fromAhead);
            batch -= fromBatch;
            if (soldOut is null && batch <= 0m)
            {
                soldOut = date;
            }

            LocalDate next = date.PlusDays(1);
            bool last = batch <= 0m || next >= end;
            if (next.Month != date.Month || last)
            {
                CloseMonth(fees, marketplace, storageClass, unitVolume, monthStart, monthUnitDays, monthAged, monthAgedRule, result, ref totalStorage, ref totalAged);
                if (last)
                {
                    break;
                }

                monthUnitDays = 0m;
                monthAged = Money.Zero(rate.Currency);
                monthAgedRule = "no assessment while in stock";
                monthStart = new LocalDate(next.Year, next.Month, 1);
            }
        }

        string? warning = null;
        if (threshold is { } th && overThreshold > 0m)
        {
            warning = "the plan leaves " + InventoryMath.F(overThreshold) + " of " + InventoryMath.I(quantity) + " units older than " + InventoryMath.I(th) +
                " days on " + IsoDate.Format(arrival.PlusDays(th)) + " (aged-inventory surcharge from then on); order less or plan to sell faster";
        }

        var text = new StringBuilder();
        text.Append(InventoryMath.I(quantity)).Append(" units sellable ").Append(IsoDate.Format(arrival)).Append(" (today + ⌈").Append(InventoryMath.F(plan.LeadTime.MeanDays))
            .Append("⌉ days) behind ").Append(InventoryMath.I(plan.Stock.InventoryPosition)).Append(" units ahead (first in, first out), at ")
            .Append(curve.IsFlat ? InventoryMath.F4(curve.Level) + " units/day" : "the projected daily demand (seasonality and event uplifts)")
            .Append("; ").Append(soldOut is { } so ? "sold out " + IsoDate.Format(so) : InventoryMath.F(batch) + " units left after " + InventoryMath.I(horizonDays) + " days")
            .Append("; storage ").Append(totalStorage).Append(" (").Append(marketplace.Value).Append(' ').Append(storageClass).Append(", ")
            .Append(InventoryMath.F4(unitVolume.In(rate.VolumeUnit))).Append(' ').Append(rate.VolumeUnit).Append(" per unit), aged surcharges ").Append(totalAged)
            .Append(threshold is { } tt ? " (from " + InventoryMath.I(tt) + " days)" : " (no surcharge data for the marketplace)");
        if (unpriced.Count > 0)
        {
            text.Append("; not priced (bracket not in the data): ").Append(string.Join(", ", unpriced));
        }

        return new StorageCostProjection(
            quantity, arrival, result.ToArray(), totalStorage, totalAged, soldOut, Math.Max(0m, batch), threshold, overThreshold, unpriced.ToArray(), warning, text.ToString());
    }

    /// <summary>"1,200 units sellable 2027-01-24 …".</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;

    private static int? FirstSurchargeAge(FbaFeeTables fees, MarketplaceId marketplace, LocalDate date)
    {
        for (int age = 0; age <= 1_100; age++)
        {
            if (fees.TryGetAgedInventoryRate(marketplace, age, date, out _))
            {
                return age;
            }
        }

        return null;
    }

    private static void AssessAged(
        FbaFeeTables fees, MarketplaceId marketplace, Volume unitVolume, string? category, int? threshold, int age, decimal batch, LocalDate date,
        List<string> unpriced, ref Money monthAged, out string rule)
    {
        if (threshold is not { } t || age < t)
        {
            rule = "age " + InventoryMath.I(age) + " days on " + IsoDate.Format(date) + (threshold is { } th ? ": below " + InventoryMath.I(th) + " days" : ": no surcharge data");
            return;
        }

        int units = InventoryMath.CeilingToInt(batch, "quantity", "an aged batch in units");
        if (!fees.TryGetAgedInventoryRate(marketplace, age, date, out _))
        {
            unpriced.Add(IsoDate.Format(date) + " (" + InventoryMath.I(units) + " units aged " + InventoryMath.I(age) + " days)");
            rule = "age " + InventoryMath.I(age) + " days on " + IsoDate.Format(date) + ": bracket not in the data, not priced";
            return;
        }

        FbaAgedInventoryCharge charge = fees.AgedInventorySurcharge(marketplace, age, unitVolume, units, date, category);
        monthAged += charge.Amount;
        rule = "age " + InventoryMath.I(age) + " days on " + IsoDate.Format(date) + ": " + charge.Rule;
    }

    private static void CloseMonth(
        FbaFeeTables fees, MarketplaceId marketplace, string storageClass, Volume unitVolume, LocalDate monthStart, decimal unitDays, Money aged, string agedRule,
        List<StorageMonth> result, ref Money totalStorage, ref Money totalAged)
    {
        FbaStorageRate rate = fees.GetStorageRate(marketplace, storageClass, monthStart);
        int daysInMonth = monthStart.Calendar.GetDaysInMonth(monthStart.Year, monthStart.Month);
        decimal average = unitDays / daysInMonth;
        decimal monthly = rate.MonthlyRate(monthStart);
        Money fee = new Money(average * unitVolume.In(rate.VolumeUnit) * monthly, rate.Currency).Round(RoundingMode.HalfAwayFromZero);
        result.Add(new StorageMonth(monthStart, average, monthly, fee, aged, agedRule));
        totalStorage += fee;
        totalAged += aged;
    }
}
