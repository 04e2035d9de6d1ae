using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Expected returns: cost per unit sold = return rate × (selling fees not refunded + unsellable share × landed cost +
/// return shipping per return). Immutable.
/// </summary>
public sealed record ReturnAssumptions
{
    private readonly Percentage sellingFeesNotRefunded;
    private readonly Percentage unsellableShare;
    private readonly Percentage returnRate;
    /// <summary>Creates return assumptions.</summary>
    /// <param name="returnRate">Share of units sold that come back; 0%–100%.</param>
    /// <param name="unsellableShare">Share of returned units that cannot be resold; 0%–100%.</param>
    /// <param name="returnShippingPerReturn">Shipping and processing paid by the seller per returned unit (in the listing currency), or null for none.</param>
    /// <param name="sellingFeesNotRefunded">Share of the marketplace fees the seller does not get back on a refund (refund administration fees); 0%–100%.</param>
    public ReturnAssumptions(Percentage returnRate, Percentage unsellableShare, Money? returnShippingPerReturn = null, Percentage sellingFeesNotRefunded = default)
    {
        Preconditions.CheckInRange(returnRate.Fraction, nameof(returnRate), 0m, 1m);
        Preconditions.CheckInRange(unsellableShare.Fraction, nameof(unsellableShare), 0m, 1m);
        Preconditions.CheckInRange(sellingFeesNotRefunded.Fraction, nameof(sellingFeesNotRefunded), 0m, 1m);
        if (returnShippingPerReturn is { } s)
        {
            Preconditions.CheckNonNegative(s.Amount, nameof(returnShippingPerReturn));
        }

        ReturnRate = returnRate;
        UnsellableShare = unsellableShare;
        ReturnShippingPerReturn = returnShippingPerReturn;
        SellingFeesNotRefunded = sellingFeesNotRefunded;
    }

    /// <summary>No returns.</summary>
    public static ReturnAssumptions None { get; } = new(Percentage.Zero, Percentage.Zero);

    /// <summary>Share of units returned.</summary>
    public Percentage ReturnRate
    {
        get => returnRate;
        init => returnRate = Unit(value, nameof(ReturnRate));
    }

    /// <summary>Share of returns that cannot be resold.</summary>
    public Percentage UnsellableShare
    {
        get => unsellableShare;
        init => unsellableShare = Unit(value, nameof(UnsellableShare));
    }

    /// <summary>Seller-paid shipping per return.</summary>
    public Money? ReturnShippingPerReturn { get; init; }

    /// <summary>Share of selling fees kept by the marketplace on a refund.</summary>
    public Percentage SellingFeesNotRefunded
    {
        get => sellingFeesNotRefunded;
        init => sellingFeesNotRefunded = Unit(value, nameof(SellingFeesNotRefunded));
    }

    private static Percentage Unit(Percentage rate, string paramName)
    {
        Preconditions.CheckInRange(rate.Fraction, paramName, 0m, 1m);
        return rate;
    }
}
