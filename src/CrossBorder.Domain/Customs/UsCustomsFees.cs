using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// US Merchandise Processing Fee (19 CFR 24.23) and Harbor Maintenance Fee (19 CFR 24.24) computed from effective-dated fiscal-year
/// schedules (embedded: FY2025 and FY2026; add later years with <see cref="UsCustomsFees(IEnumerable{UsUserFeeSchedule})"/>).
/// </summary>
/// <remarks>
/// MPF on a formal entry: 0.3464% of the entered value (which excludes duty, freight and insurance), not less than the fiscal year's
/// minimum nor more than its maximum. Informal entry: a flat fee. HMF: 0.125% of the cargo value, vessel shipments only, no minimum or
/// maximum. Fees are rounded half away from zero to the cent. A date outside the known fiscal years throws
/// <see cref="RecordNotInForceException"/>. Immutable and thread-safe.
/// </remarks>
public sealed class UsCustomsFees
{
    /// <summary>The name of the embedded table.</summary>
    public const string TableName = "customs-us-user-fees";

    private static readonly Lazy<UsCustomsFees> LazyDefault = new(() => new UsCustomsFees(EmbeddedData.Load(TableName).Map(Read, TableName)));

    private readonly EffectiveDatedTable<string, UsUserFeeSchedule> table;

    /// <summary>Creates the fees from fiscal-year schedules.</summary>
    /// <param name="schedules">The schedules; no two may overlap.</param>
    public UsCustomsFees(IEnumerable<UsUserFeeSchedule> schedules)
    {
        Preconditions.CheckNotNull(schedules, nameof(schedules));
        table = new EffectiveDatedTable<string, UsUserFeeSchedule>(TableName, schedules, static _ => "US");
    }

    /// <summary>The embedded fiscal-year schedules (FY2025, FY2026).</summary>
    public static UsCustomsFees Default => LazyDefault.Value;

    /// <summary>The schedule in force on <paramref name="date"/>.</summary>
    /// <param name="date">The entry date.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="RecordNotInForceException">No schedule is known for the date.</exception>
    public UsUserFeeSchedule ScheduleOn(LocalDate date) => table.Get("US", date);

    /// <summary>The entry type a shipment of <paramref name="value"/> needs: informal up to the limit, formal above.</summary>
    /// <param name="value">The shipment's value in USD.</param>
    /// <param name="date">The entry date.</param>
    /// <returns>The entry type.</returns>
    public UsEntryType EntryTypeFor(Money value, LocalDate date) => value <= ScheduleOn(date).InformalEntryLimit ? UsEntryType.Informal : UsEntryType.Formal;

    /// <summary>The Merchandise Processing Fee of an entry.</summary>
    /// <param name="enteredValue">The entered value in USD (customs value, excluding duty, freight and insurance).</param>
    /// <param name="entryType">Formal or informal.</param>
    /// <param name="date">The entry date.</param>
    /// <returns>The fee with its rule and source.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="enteredValue"/> is not in USD.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="enteredValue"/> is negative or <paramref name="entryType"/> undefined.</exception>
    public FeeAssessment MerchandiseProcessingFee(Money enteredValue, UsEntryType entryType, LocalDate date)
    {
        CheckUsd(enteredValue, nameof(enteredValue));
        UsUserFeeSchedule s = ScheduleOn(date);
        switch (entryType)
        {
            case UsEntryType.Informal:
                return new FeeAssessment("Merchandise Processing Fee", s.InformalEntryFee, () => $"informal entry, automated: flat {Text(s.InformalEntryFee)} (19 CFR 24.23(b)(2)) for fiscal year from {IsoDate.Format(s.Period.ValidFrom)}", null, s.Source, date);
            case UsEntryType.Formal:
                Money raw = enteredValue * s.MpfRate;
                Money fee = Money.Max(s.MpfMinimum, Money.Min(s.MpfMaximum, raw)).Round(RoundingMode.HalfAwayFromZero);
                Func<string> bound = () => raw < s.MpfMinimum ? $", raised to the minimum {Text(s.MpfMinimum)}" : raw > s.MpfMaximum ? $", capped at the maximum {Text(s.MpfMaximum)}" : string.Empty;
                return new FeeAssessment("Merchandise Processing Fee", fee, () => $"formal entry: {Text(enteredValue)} × {s.MpfRate.ToString(null, CultureInfo.InvariantCulture)} = {Unrounded(raw)}{bound()} (19 CFR 24.23(b)(1); min {Text(s.MpfMinimum)}, max {Text(s.MpfMaximum)})", s.MpfRate, s.Source, date);
            default:
                throw new ArgumentOutOfRangeException(nameof(entryType), entryType, "entryType must be Formal or Informal.");
        }
    }

    /// <summary>The Harbor Maintenance Fee of a vessel shipment.</summary>
    /// <param name="cargoValue">The value of the commercial cargo in USD.</param>
    /// <param name="date">The entry date.</param>
    /// <returns>The fee with its rule and source.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="cargoValue"/> is not in USD.</exception>
    public FeeAssessment HarborMaintenanceFee(Money cargoValue, LocalDate date)
    {
        CheckUsd(cargoValue, nameof(cargoValue));
        UsUserFeeSchedule s = ScheduleOn(date);
        Money fee = (cargoValue * s.HmfRate).Round(RoundingMode.HalfAwayFromZero);
        return new FeeAssessment("Harbor Maintenance Fee", fee, () => $"vessel cargo: {Text(cargoValue)} × {s.HmfRate.ToString(null, CultureInfo.InvariantCulture)} (19 CFR 24.24, no minimum or maximum)", s.HmfRate, s.Source, date);
    }

    private static string Text(Money money) => money.ToString(CultureInfo.InvariantCulture);

    /// <summary>An unrounded product as text, independent of the operands' scale (45725 × 0.3464% and 45725.00 × 0.3464% read the same).</summary>
    private static string Unrounded(Money money) =>
        Money.Of(money.Amount / 1.0000000000000000000000000000m, money.Currency).ToString(CultureInfo.InvariantCulture);

    private static void CheckUsd(Money value, string paramName)
    {
        if (value.Currency != Currency.USD)
        {
            throw new CurrencyMismatchException(Currency.USD, value.Currency, paramName);
        }

        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {value}; it must be zero or greater.");
        }
    }

    private static UsUserFeeSchedule? Read(RecordReader r)
    {
        if (r.String("country") is not "US")
        {
            r.Problem("country", "this table holds US fees only; country must be \"US\".");
        }

        decimal? mpfPercent = r.Decimal("mpfPercent");
        decimal? min = r.Decimal("mpfMinimum");
        decimal? max = r.Decimal("mpfMaximum");
        decimal? informal = r.Decimal("informalEntryFee");
        decimal? hmf = r.Decimal("hmfPercent");
        decimal? limit = r.Decimal("informalEntryLimit");
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        if (mpfPercent is null || min is null || max is null || informal is null || hmf is null || limit is null || period is null || source is null)
        {
            return null;
        }

        Currency usd = Currency.USD;
        return new UsUserFeeSchedule(Percentage.FromPercent(mpfPercent.Value), new Money(min.Value, usd), new Money(max.Value, usd), new Money(informal.Value, usd), Percentage.FromPercent(hmf.Value), new Money(limit.Value, usd), period.Value, source);
    }
}
