using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// A promotion on a listing: a discount off the list price and what the marketplace charges for running it. Promotion fees
/// change often and differ per marketplace, so they are the caller's inputs (read them from the marketplace's current
/// promotion fee page). Immutable.
/// </summary>
public sealed record Promotion
{
    private Promotion(PromotionKind kind, string name, Percentage percentOff, Money? amountOff, Money? feePerUnit, Money? fixedFee, int expectedUnits, int minimumQuantity)
    {
        Kind = kind;
        Name = name;
        PercentOff = percentOff;
        AmountOff = amountOff;
        FeePerUnit = feePerUnit;
        FixedFee = fixedFee;
        ExpectedUnits = expectedUnits;
        MinimumQuantity = minimumQuantity;
    }

    /// <summary>The kind of promotion.</summary>
    public PromotionKind Kind { get; }

    /// <summary>A label for reports.</summary>
    public string Name { get; }

    /// <summary>The percentage off the list price (zero for amount coupons).</summary>
    public Percentage PercentOff { get; }

    /// <summary>The amount off the list price (amount coupons), or null.</summary>
    public Money? AmountOff { get; }

    /// <summary>The fee per redeemed unit, or null.</summary>
    public Money? FeePerUnit { get; }

    /// <summary>The fixed fee for the deal (or per day times days), or null.</summary>
    public Money? FixedFee { get; }

    /// <summary>Units expected to sell in the deal, over which <see cref="FixedFee"/> is spread.</summary>
    public int ExpectedUnits { get; }

    /// <summary>The minimum order quantity of a volume discount (1 otherwise).</summary>
    public int MinimumQuantity { get; }

    /// <summary>A percentage-off coupon.</summary>
    /// <param name="percentOff">The discount; above 0% and below 100%.</param>
    /// <param name="feePerRedemption">The marketplace's fee per redemption.</param>
    /// <returns>The promotion.</returns>
    public static Promotion PercentageCoupon(Percentage percentOff, Money feePerRedemption) =>
        new(PromotionKind.PercentageCoupon, "coupon " + percentOff.ToString(), CheckOff(percentOff), null, CheckFee(feePerRedemption, nameof(feePerRedemption)), null, 1, 1);

    /// <summary>An amount-off coupon.</summary>
    /// <param name="amountOff">The discount; above zero.</param>
    /// <param name="feePerRedemption">The marketplace's fee per redemption.</param>
    /// <returns>The promotion.</returns>
    public static Promotion AmountCoupon(Money amountOff, Money feePerRedemption)
    {
        Preconditions.CheckPositive(amountOff.Amount, nameof(amountOff));
        return new(PromotionKind.AmountCoupon, "coupon " + amountOff.ToString(null, CultureInfo.InvariantCulture) + " off", Percentage.Zero, amountOff, CheckFee(feePerRedemption, nameof(feePerRedemption)), null, 1, 1);
    }

    /// <summary>A lightning deal or best deal.</summary>
    /// <param name="name">Its name ("lightning deal").</param>
    /// <param name="percentOff">The deal discount.</param>
    /// <param name="fixedFee">The fee for the deal (fee per day × days where charged per day).</param>
    /// <param name="expectedUnits">Units the deal is expected to sell; the fee is spread over them.</param>
    /// <returns>The promotion.</returns>
    public static Promotion Deal(string name, Percentage percentOff, Money fixedFee, int expectedUnits) =>
        new(PromotionKind.Deal, Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name)), CheckOff(percentOff), null, null, CheckFee(fixedFee, nameof(fixedFee)), Preconditions.CheckPositive(expectedUnits, nameof(expectedUnits)), 1);

    /// <summary>A Prime-exclusive discount.</summary>
    /// <param name="percentOff">The discount.</param>
    /// <param name="feePerUnit">A fee per unit sold with the discount, or null.</param>
    /// <returns>The promotion.</returns>
    public static Promotion PrimeExclusiveDiscount(Percentage percentOff, Money? feePerUnit = null) =>
        new(PromotionKind.PrimeExclusiveDiscount, "Prime-exclusive " + percentOff.ToString(), CheckOff(percentOff), null, feePerUnit is { } f ? CheckFee(f, nameof(feePerUnit)) : null, null, 1, 1);

    /// <summary>A volume discount on orders of at least <paramref name="minimumQuantity"/> units.</summary>
    /// <param name="minimumQuantity">The least quantity that qualifies; 2 or more.</param>
    /// <param name="percentOff">The discount on each unit of a qualifying order.</param>
    /// <returns>The promotion.</returns>
    public static Promotion VolumeDiscount(int minimumQuantity, Percentage percentOff) =>
        new(PromotionKind.VolumeDiscount, "buy " + Preconditions.CheckInRange(minimumQuantity, nameof(minimumQuantity), 2, 100_000).ToString(CultureInfo.InvariantCulture) + "+ save " + percentOff.ToString(), CheckOff(percentOff), null, null, null, 1, minimumQuantity);

    /// <summary>The price the buyer pays per unit under the promotion.</summary>
    /// <param name="listPrice">The list price.</param>
    /// <returns>The promotional price, rounded to the minor unit (half away from zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The discount leaves nothing to pay.</exception>
    public Money PromotionalPrice(Money listPrice)
    {
        Money price = AmountOff is { } off ? listPrice - off : listPrice - (listPrice * PercentOff.Fraction);
        price = price.Round(RoundingMode.HalfAwayFromZero);
        if (!price.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(listPrice), listPrice, $"listPrice was {listPrice.ToString(null, CultureInfo.InvariantCulture)}; the promotion {Name} leaves nothing to pay.");
        }

        return price;
    }

    /// <summary>The promotion's fees per promoted unit: fee per redemption plus the fixed fee spread over the expected units.</summary>
    /// <param name="currency">The listing currency.</param>
    /// <returns>The fees per unit.</returns>
    public Money FeesPerUnit(Currency currency)
    {
        decimal total = 0m;
        if (FeePerUnit is { } f)
        {
            total += Same(f, currency).Amount;
        }

        if (FixedFee is { } fixedFee)
        {
            total += Same(fixedFee, currency).Amount / ExpectedUnits;
        }

        return new Money(total, currency);
    }

    private static Money Same(Money m, Currency currency) => m.Currency == currency ? m : throw new CurrencyMismatchException(currency, m.Currency, nameof(currency));

    private static Percentage CheckOff(Percentage percentOff)
    {
        if (percentOff.Fraction <= 0m || percentOff.Fraction >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(percentOff), percentOff, $"percentOff was {percentOff}; it must be above 0% and below 100%.");
        }

        return percentOff;
    }

    private static Money CheckFee(Money fee, string paramName)
    {
        Preconditions.CheckNonNegative(fee.Amount, paramName);
        return fee;
    }
}
