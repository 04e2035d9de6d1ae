using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// How a launch is run: <see cref="DropshippingModel"/> (no inventory; the supplier ships each order from origin) or
/// <see cref="BrandStockingModel"/> (a first order shipped to the market ahead of sales). The conversion rate and delivery time
/// are what differ for the customer; the certification and launch-advertising outlays apply to either. Immutable (init-only
/// properties) and thread-safe.
/// </summary>
public abstract class LaunchModel
{
    private readonly CertificationEstimate[] certifications = Array.Empty<CertificationEstimate>();
    private readonly Money? launchAdvertisingPerMonth;
    private readonly int launchAdvertisingMonths;

    private protected LaunchModel(Percentage conversionRate, int deliveryDays)
    {
        if (conversionRate < Percentage.Zero || conversionRate > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(conversionRate), conversionRate, FormattableString.Invariant($"conversionRate was {conversionRate.Percent} %; it must be in the range [0 %, 100 %] (orders per product-page session)."));
        }

        ConversionRate = conversionRate;
        DeliveryDays = Preconditions.CheckInRange(deliveryDays, nameof(deliveryDays), 0, 366);
    }

    /// <summary>The model's name as used in tables ("dropshipping", "brand stocking").</summary>
    public abstract string Name { get; }

    /// <summary>Orders per product-page session: a guess, named as an assumption (dropshipping usually converts lower: slower delivery, no brand).</summary>
    public Percentage ConversionRate { get; }

    /// <summary>Days from sale to delivery to the customer; the payout reserve counts from delivery.</summary>
    public int DeliveryDays { get; }

    /// <summary>Certificates to obtain before launch: their cost is paid on the plan's first day and sales cannot start before the longest lead time (default none).</summary>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    public IReadOnlyList<CertificationEstimate> Certifications
    {
        get => certifications;
        init
        {
            CertificationEstimate[] copy = Preconditions.CheckNotNull(value, nameof(Certifications)).ToArray();
            foreach (CertificationEstimate c in copy)
            {
                Preconditions.CheckNotNull(c, nameof(Certifications));
            }

            certifications = copy;
        }
    }

    /// <summary>Launch advertising budget paid on the launch day and on the same day of each following month, <see cref="LaunchAdvertisingMonths"/> times (default none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Money? LaunchAdvertisingPerMonth
    {
        get => launchAdvertisingPerMonth;
        init => launchAdvertisingPerMonth = value is Money m ? Checked(m, nameof(LaunchAdvertisingPerMonth)) : null;
    }

    /// <summary>Number of monthly launch-advertising payments (0–120, default 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is out of range.</exception>
    public int LaunchAdvertisingMonths
    {
        get => launchAdvertisingMonths;
        init => launchAdvertisingMonths = Preconditions.CheckInRange(value, nameof(LaunchAdvertisingMonths), 0, 120);
    }

    /// <summary>Days from the plan's first day until every certificate is ready (0 when none).</summary>
    internal int CertificationReadyDay => certifications.Length == 0 ? 0 : certifications.Max(c => c.LeadTimeDays);

    private static Money Checked(Money value, string paramName)
    {
        Preconditions.CheckNonNegative(value.Amount, paramName);
        return value;
    }
}
