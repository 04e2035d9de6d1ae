using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// When a marketplace pays a seller for a sale: the sale's proceeds are held until the order is delivered and a reserve
/// period has passed (Amazon's "delivery date + 7 days" reserve, for example), then paid at the next settlement, settlements
/// falling every <see cref="IntervalDays"/> days counted from the start of the plan (Amazon Seller Central settles every
/// 14 days). The figures are the seller's marketplace terms: an input, named in the plan's assumptions. Immutable.
/// </summary>
public sealed record PayoutSchedule
{
    /// <summary>Creates a payout schedule.</summary>
    /// <param name="intervalDays">Days between settlements (at least 1; 14 for a fortnightly cycle).</param>
    /// <param name="reserveDays">Days after delivery that a sale's proceeds are held before they can be settled (at least 0).</param>
    /// <param name="note">Where the terms come from, for example "Amazon standard settlement, DD+7 reserve".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intervalDays"/> is below 1 or <paramref name="reserveDays"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    public PayoutSchedule(int intervalDays, int reserveDays, string note = "user-supplied payout terms")
    {
        IntervalDays = Preconditions.CheckInRange(intervalDays, nameof(intervalDays), 1, 366);
        ReserveDays = Preconditions.CheckInRange(reserveDays, nameof(reserveDays), 0, 366);
        Note = Preconditions.CheckNotNullOrWhiteSpace(note, nameof(note));
    }

    /// <summary>Days between settlements.</summary>
    public int IntervalDays { get; }

    /// <summary>Days after delivery that a sale's proceeds are held.</summary>
    public int ReserveDays { get; }

    /// <summary>Where the terms come from.</summary>
    public string Note { get; }

    /// <summary>Settlements every <paramref name="intervalDays"/> days, proceeds held <paramref name="reserveDays"/> days after delivery.</summary>
    /// <param name="intervalDays">Days between settlements (at least 1).</param>
    /// <param name="reserveDays">Days after delivery that proceeds are held (at least 0).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static PayoutSchedule Every(int intervalDays, int reserveDays) => new(intervalDays, reserveDays);

    /// <summary>The day (counted from the plan's first day, day 0) on which a sale made on <paramref name="saleDay"/> is paid.</summary>
    /// <param name="saleDay">Day of the sale.</param>
    /// <param name="deliveryDays">Days from sale to delivery.</param>
    /// <returns>The first settlement day on or after delivery + reserve.</returns>
    internal int SettlementDay(int saleDay, int deliveryDays)
    {
        int eligible = saleDay + deliveryDays + ReserveDays;
        int k = Math.Max(1, (eligible + IntervalDays - 1) / IntervalDays);
        return k * IntervalDays;
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"settled every {IntervalDays} days, proceeds held {ReserveDays} days after delivery ({Note})");
}
