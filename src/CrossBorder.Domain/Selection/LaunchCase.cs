using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// A launch of one or more SKUs in one market, to be planned under a <see cref="LaunchModel"/> by
/// <see cref="StartupCapitalPlanner"/>: when it starts, how many calendar months to project, the SKUs, the marketplace's payout
/// terms and the costs common to both models. One currency per case (that of the SKUs' prices). Immutable.
/// </summary>
public sealed record LaunchCase
{
    private readonly Money advertisingCostPerSale;
    private readonly Money fixedCostsPerMonth;

    /// <summary>Creates a launch case.</summary>
    /// <param name="start">The plan's first day (day 0): certificates and the first purchase order can be paid from here.</param>
    /// <param name="months">Calendar months to project, the first being the month of <paramref name="start"/> (1–120).</param>
    /// <param name="skus">The SKUs launched (at least one, no SKU twice, all priced in one currency).</param>
    /// <param name="payout">The marketplace's payout terms.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="skus"/> is empty or repeats a SKU.</exception>
    /// <exception cref="CurrencyMismatchException">The SKUs are priced in more than one currency.</exception>
    public LaunchCase(LocalDate start, int months, IEnumerable<LaunchSku> skus, PayoutSchedule payout)
    {
        Start = start;
        Months = Preconditions.CheckInRange(months, nameof(months), 1, 120);
        LaunchSku[] list = Preconditions.CheckNotNull(skus, nameof(skus)).ToArray();
        Preconditions.CheckNotEmpty(list, nameof(skus));
        var seen = new HashSet<Sku>();
        foreach (LaunchSku s in list)
        {
            Preconditions.CheckNotNull(s, nameof(skus));
            if (!seen.Add(s.Sku))
            {
                throw new ArgumentException("SKU '" + s.Sku.Value + "' appears twice in skus; each SKU must be given once.", nameof(skus));
            }

            if (s.Price.Currency != list[0].Price.Currency)
            {
                throw new CurrencyMismatchException(list[0].Price.Currency, s.Price.Currency, nameof(skus));
            }
        }

        Skus = list;
        Payout = Preconditions.CheckNotNull(payout, nameof(payout));
        Currency = list[0].Price.Currency;
        advertisingCostPerSale = Money.Zero(Currency);
        fixedCostsPerMonth = Money.Zero(Currency);
    }

    /// <summary>The plan's first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Calendar months projected.</summary>
    public int Months { get; }

    /// <summary>The SKUs launched.</summary>
    public IReadOnlyList<LaunchSku> Skus { get; }

    /// <summary>The marketplace's payout terms.</summary>
    public PayoutSchedule Payout { get; }

    /// <summary>The plan's currency (that of the SKUs' prices).</summary>
    public Currency Currency { get; }

    /// <summary>Advertising cost per unit sold (ACoS × price), paid on the day of the sale: a guess, named as an assumption (default zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="Currency"/>.</exception>
    public Money AdvertisingCostPerSale
    {
        get => advertisingCostPerSale;
        init => advertisingCostPerSale = Checked(value, nameof(AdvertisingCostPerSale));
    }

    /// <summary>Fixed costs per month (subscription, software), paid on the first day of each month of the plan (default zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="Currency"/>.</exception>
    public Money FixedCostsPerMonth
    {
        get => fixedCostsPerMonth;
        init => fixedCostsPerMonth = Checked(value, nameof(FixedCostsPerMonth));
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Skus.Count} SKU(s) from {Start:yyyy-MM-dd} for {Months} months in {Currency.Code}");

    private Money Checked(Money value, string paramName)
    {
        if (value.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, value.Currency, paramName);
        }

        Preconditions.CheckNonNegative(value.Amount, paramName);
        return value;
    }
}
