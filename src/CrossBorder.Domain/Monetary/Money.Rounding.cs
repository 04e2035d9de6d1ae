using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

public readonly partial struct Money
{
    /// <summary>Rounds to the currency's minor unit, half to even (the accounting default).</summary>
    /// <returns>The rounded amount; currencies without a minor unit (XAU…) are returned unchanged.</returns>
    public Money Round() => Round(RoundingMode.HalfToEven);

    /// <summary>Rounds to the currency's minor unit with the named mode.</summary>
    /// <param name="mode">How to round: <see cref="RoundingMode.HalfToEven"/> for accounting, <see cref="RoundingMode.HalfAwayFromZero"/> for most invoices and tax returns.</param>
    /// <returns>The rounded amount; currencies without a minor unit are returned unchanged.</returns>
    public Money Round(RoundingMode mode) => Unchecked(DecimalMath.Round(amount, Currency.RoundingDecimals, mode), currency);

    /// <summary>Rounds to the currency's minor unit with a <see cref="MidpointRounding"/> mode.</summary>
    /// <param name="mode">The .NET rounding mode; <c>ToZero</c>, <c>ToNegativeInfinity</c> and <c>ToPositiveInfinity</c> map to
    /// <see cref="RoundingMode.Down"/>, <see cref="RoundingMode.Floor"/> and <see cref="RoundingMode.Ceiling"/>.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public Money Round(MidpointRounding mode) => Round(DecimalMath.FromMidpointRounding(mode));

    /// <summary>Rounds to <paramref name="decimals"/> digits after the point (for example 4 for a unit price).</summary>
    /// <param name="decimals">0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public Money Round(int decimals, RoundingMode mode)
    {
        Preconditions.CheckInRange(decimals, nameof(decimals), 0, 28);
        return Unchecked(DecimalMath.Round(amount, decimals, mode), currency);
    }

    /// <summary>
    /// Rounds to a whole multiple of <paramref name="increment"/>: cash rounding to CHF 0.05, SEK 1 or whole units of a price list.
    /// </summary>
    /// <param name="increment">The step, greater than zero (for example 0.05).</param>
    /// <param name="mode">How to round; <see cref="RoundingMode.HalfAwayFromZero"/> is usual for cash.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="increment"/> is zero or negative.</exception>
    public Money RoundToIncrement(decimal increment, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        Preconditions.CheckPositive(increment, nameof(increment));
        return Unchecked(DecimalMath.RoundToIncrement(amount, increment, mode), currency);
    }

    /// <summary>Whether the amount is a whole number of minor units (it needs no rounding).</summary>
    /// <returns><see langword="true"/> when rounding would not change the amount.</returns>
    // Stryker disable once Equality : at scale = the rounding decimals the second test (rounding changes nothing) is also true.
    public bool IsRounded() => DecimalMath.GetScale(amount) <= Currency.RoundingDecimals || amount == Round(RoundingMode.Down).amount;
}
