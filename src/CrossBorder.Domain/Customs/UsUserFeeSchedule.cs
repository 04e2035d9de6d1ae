using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// The US customs user fees of one fiscal year (1 October – 30 September): Merchandise Processing Fee rate, minimum and maximum for
/// formal entries, the flat informal-entry MPF, the Harbor Maintenance Fee rate and the informal-entry value limit.
/// </summary>
public sealed record UsUserFeeSchedule : IEffectiveDated<UsUserFeeSchedule>
{
    /// <summary>Creates a fiscal year's schedule.</summary>
    /// <param name="mpfRate">MPF ad valorem rate (0.3464%).</param>
    /// <param name="mpfMinimum">MPF minimum for formal entries (USD).</param>
    /// <param name="mpfMaximum">MPF maximum for formal entries (USD).</param>
    /// <param name="informalEntryFee">MPF for an automated informal entry not prepared by CBP (USD).</param>
    /// <param name="hmfRate">Harbor Maintenance Fee rate (0.125%).</param>
    /// <param name="informalEntryLimit">The largest value that may be entered informally (USD 2,500).</param>
    /// <param name="period">The fiscal year.</param>
    /// <param name="source">Where the amounts come from.</param>
    /// <exception cref="ArgumentException">An amount is not in USD, negative, or the minimum exceeds the maximum.</exception>
    public UsUserFeeSchedule(Percentage mpfRate, Money mpfMinimum, Money mpfMaximum, Money informalEntryFee, Percentage hmfRate, Money informalEntryLimit, EffectivePeriod period, Source source)
    {
        foreach ((Money amount, string name) in new[] { (mpfMinimum, nameof(mpfMinimum)), (mpfMaximum, nameof(mpfMaximum)), (informalEntryFee, nameof(informalEntryFee)), (informalEntryLimit, nameof(informalEntryLimit)) })
        {
            if (amount.Currency != Currency.USD)
            {
                throw new CurrencyMismatchException(Currency.USD, amount.Currency, name);
            }

            if (amount.IsNegative)
            {
                throw new ArgumentOutOfRangeException(name, amount, $"{name} was {amount}; it must be zero or greater.");
            }
        }

        if (mpfMinimum > mpfMaximum)
        {
            throw new ArgumentException($"mpfMinimum {mpfMinimum} exceeds mpfMaximum {mpfMaximum}.", nameof(mpfMinimum));
        }

        MpfRate = mpfRate;
        MpfMinimum = mpfMinimum;
        MpfMaximum = mpfMaximum;
        InformalEntryFee = informalEntryFee;
        HmfRate = hmfRate;
        InformalEntryLimit = informalEntryLimit;
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>MPF ad valorem rate.</summary>
    public Percentage MpfRate { get; }

    /// <summary>MPF minimum for formal entries.</summary>
    public Money MpfMinimum { get; }

    /// <summary>MPF maximum for formal entries.</summary>
    public Money MpfMaximum { get; }

    /// <summary>MPF for an automated informal entry.</summary>
    public Money InformalEntryFee { get; }

    /// <summary>Harbor Maintenance Fee rate.</summary>
    public Percentage HmfRate { get; }

    /// <summary>The largest value that may be entered informally.</summary>
    public Money InformalEntryLimit { get; }

    /// <summary>The fiscal year.</summary>
    public EffectivePeriod Period { get; init; }

    /// <summary>Where the amounts come from.</summary>
    public Source Source { get; }

    /// <summary>A copy in force for <paramref name="period"/>.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public UsUserFeeSchedule WithPeriod(EffectivePeriod period) => this with { Period = period };
}
