using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <content>What-if and sensitivity.</content>
public sealed partial class ListingModel
{
    private static readonly CostDriver[] Drivers = { CostDriver.ExchangeRate, CostDriver.DutyRate, CostDriver.FreightPerKg, CostDriver.AdSpend, CostDriver.ReturnRate };

    /// <summary>The unit economics at a price after moving one driver by a relative change.</summary>
    /// <param name="price">The listing price.</param>
    /// <param name="driver">The driver to move.</param>
    /// <param name="change">The relative change (+10% raises the driver by a tenth); above −100%.</param>
    /// <param name="parts">What the landed cost contains (duty, freight, foreign-currency share).</param>
    /// <returns>The changed unit economics.</returns>
    /// <exception cref="ArgumentException">The parts exceed the landed cost or are in another currency.</exception>
    public UnitEconomics WhatIf(Money price, CostDriver driver, Percentage change, LandedCostParts parts)
    {
        Preconditions.CheckNotNull(parts, nameof(parts));
        if (change.Fraction <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(change), change, $"change was {change}; it must be above -100%.");
        }

        CheckCurrency(parts.Duty, Sale.Currency, nameof(parts));
        CheckCurrency(parts.Freight, Sale.Currency, nameof(parts));
        if (parts.Duty.Amount + parts.Freight.Amount > landed)
        {
            throw new ArgumentException($"parts: duty {parts.Duty} and freight {parts.Freight} together exceed the landed cost {Listing.LandedCost.Amount}.", nameof(parts));
        }

        decimal x = change.Fraction;
        ListingInput input = Listing;
        Currency c = Sale.Currency;
        switch (driver)
        {
            case CostDriver.ExchangeRate:
                input = input with { LandedCost = Listing.LandedCost with { Amount = new Money(landed + (landed * parts.ForeignCurrencyShare.Fraction * x), c) } };
                break;
            case CostDriver.DutyRate:
                input = input with { LandedCost = Listing.LandedCost with { Amount = new Money(landed + (parts.Duty.Amount * x), c) } };
                break;
            case CostDriver.FreightPerKg:
                input = input with { LandedCost = Listing.LandedCost with { Amount = new Money(landed + (parts.Freight.Amount * x), c) } };
                break;
            case CostDriver.AdSpend:
                input = input with { Advertising = Listing.Advertising with { Acos = Percentage.FromFraction(Listing.Advertising.Acos.Fraction * (1m + x)) } };
                break;
            case CostDriver.ReturnRate:
                input = input with { Returns = Listing.Returns with { ReturnRate = Percentage.FromFraction(Math.Min(1m, returnRate * (1m + x))) } };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(driver), driver, $"driver was {driver}; it must be a defined CostDriver.");
        }

        return new ListingModel(Engine, Sale, input).At(price);
    }

    /// <summary>Moves every driver up and down by <paramref name="change"/> and ranks them by profit swing (a tornado chart).</summary>
    /// <param name="price">The listing price.</param>
    /// <param name="parts">What the landed cost contains.</param>
    /// <param name="change">The relative change, for example 10%; above 0% and below 100%.</param>
    /// <param name="unitsPerMonth">Units sold per month, for monthly deltas; zero or more.</param>
    /// <returns>The ranking.</returns>
    public SensitivityAnalysis Sensitivity(Money price, LandedCostParts parts, Percentage change, int unitsPerMonth)
    {
        if (change.Fraction <= 0m || change.Fraction >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(change), change, $"change was {change}; it must be above 0% and below 100%.");
        }

        Preconditions.CheckNonNegative(unitsPerMonth, nameof(unitsPerMonth));
        UnitEconomics baseline = At(price);
        var results = new List<SensitivityResult>(Drivers.Length);
        foreach (CostDriver driver in Drivers)
        {
            Money up = WhatIf(price, driver, change, parts).NetProfit - baseline.NetProfit;
            Money down = WhatIf(price, driver, -change, parts).NetProfit - baseline.NetProfit;
            results.Add(new SensitivityResult(driver, up, down, unitsPerMonth));
        }

        results.Sort(static (a, b) =>
        {
            int bySwing = b.Swing.Amount.CompareTo(a.Swing.Amount);
            // Stryker disable once Conditional : ties keep the Drivers order, which is the CostDriver order: List.Sort of five items is an insertion sort, which is stable.
            return bySwing != 0 ? bySwing : a.Driver.CompareTo(b.Driver);
        });
        return new SensitivityAnalysis(baseline, change, unitsPerMonth, results);
    }
}
