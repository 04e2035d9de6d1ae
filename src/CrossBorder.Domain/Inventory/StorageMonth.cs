using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>One calendar month of a <see cref="StorageCostProjection"/>: the planned batch's average units in stock, the storage fee and the aged-inventory surcharge.</summary>
/// <remarks>Immutable.</remarks>
public sealed record StorageMonth
{
    internal StorageMonth(LocalDate month, decimal averageUnits, decimal monthlyRate, Money storageFee, Money agedSurcharge, string agedRule)
    {
        Month = month;
        AverageUnits = averageUnits;
        MonthlyRate = monthlyRate;
        StorageFee = storageFee;
        AgedSurcharge = agedSurcharge;
        AgedRule = agedRule;
    }

    /// <summary>The first day of the month.</summary>
    public LocalDate Month { get; }

    /// <summary>The batch's average units in stock over the whole month (units at the start of each day, ÷ days in the month).</summary>
    public decimal AverageUnits { get; }

    /// <summary>The storage rate per volume unit for the month (off-peak January–September, peak October–December in the US table).</summary>
    public decimal MonthlyRate { get; }

    /// <summary>Monthly storage fee: average units × unit volume × rate, rounded to the minor unit half away from zero.</summary>
    public Money StorageFee { get; }

    /// <summary>The aged-inventory surcharge of the month's assessment (the 15th), zero when the batch is younger than the first bracket.</summary>
    public Money AgedSurcharge { get; }

    /// <summary>How the surcharge was found.</summary>
    public string AgedRule { get; }

    /// <summary>"2027-01: 812.5 units avg, storage USD 6.34, aged USD 0.00 (age 120 days on 2027-01-15: below 181 days)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        IsoDate.Format(Month).Substring(0, 7) + ": " + InventoryMath.F(AverageUnits) + " units avg, storage " + StorageFee + ", aged " + AgedSurcharge + " (" + AgedRule + ")";
}
