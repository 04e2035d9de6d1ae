using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// An amount of money in one currency: a <see cref="decimal"/> amount and a <see cref="Monetary.Currency"/>.
/// </summary>
/// <remarks>
/// <para>The amount is kept exactly as given; <see cref="Money"/> never rounds on its own. Round where the real world rounds
/// (an invoice line, a customs declaration, a fee) with <see cref="Round()"/> and a named <see cref="RoundingMode"/>.</para>
/// <para>Arithmetic between amounts of different currencies throws <see cref="CurrencyMismatchException"/>; convert first with an
/// <see cref="ExchangeRate"/>. Every operator has a named twin (<c>+</c> and <see cref="Add"/>, …).</para>
/// <para>Formatting and parsing never depend on the machine's culture: without a format provider they use the invariant culture
/// (<c>"USD 12.34"</c>).</para>
/// <para><c>default(Money)</c> is zero in <see cref="Currency.XXX"/> ("no currency"). Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal amount;
    private readonly Currency? currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, as exact as given; it is not rounded.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        this.amount = amount;
        this.currency = Preconditions.CheckNotNull(currency, nameof(currency));
    }

    /// <summary>Creates an amount of money in the currency with code <paramref name="currencyCode"/>.</summary>
    /// <param name="amount">The amount, as exact as given; it is not rounded.</param>
    /// <param name="currencyCode">A three-letter ISO 4217 code, case-insensitive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException"><paramref name="currencyCode"/> is not an active ISO 4217 code.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, LookUp(currencyCode))
    {
    }

    /// <summary>Creates money without checking the currency (null stands for XXX); used through <see cref="Unchecked"/>.</summary>
    private Money(Currency? currency, decimal amount)
    {
        this.amount = amount;
        this.currency = currency;
    }

    /// <summary>The amount, exactly as given.</summary>
    public decimal Amount => amount;

    /// <summary>The currency; <see cref="Currency.XXX"/> for <c>default(Money)</c>.</summary>
    public Currency Currency => currency ?? Currency.XXX;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => amount == 0m;

    /// <summary>Whether the amount is greater than zero.</summary>
    public bool IsPositive => amount > 0m;

    /// <summary>Whether the amount is less than zero.</summary>
    public bool IsNegative => amount < 0m;

    /// <summary>Creates an amount of money (the same as the constructor; reads well in expressions).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Creates an amount of money in the currency with code <paramref name="currencyCode"/>.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currencyCode">A three-letter ISO 4217 code, case-insensitive.</param>
    /// <returns>The money.</returns>
    /// <exception cref="UnknownCurrencyException"><paramref name="currencyCode"/> is not an active ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode) => new(amount, currencyCode);

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The zero amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>An amount given as a whole number of minor units: 1234 cents is USD 12.34, 1234 yen is JPY 1234.</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency; it must have a minor unit.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException">The currency has no minor unit (for example XAU).</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        int decimals = MinorUnitsOf(currency, nameof(currency));
        return new Money(minorUnits / DecimalMath.Pow10(decimals), currency);
    }

    /// <summary>The amount as a whole number of minor units (cents, pence, yen).</summary>
    /// <returns>The number of minor units.</returns>
    /// <exception cref="InvalidOperationException">
    /// The amount is not a whole number of minor units (round it first), the currency has no minor unit, or the number of minor units
    /// does not fit in a <see cref="long"/> (±9223372036854775807; the message names the amount and the largest one that fits).
    /// </exception>
    public long ToMinorUnits()
    {
        Currency c = Currency;
        if (c.MinorUnits is not { } decimals)
        {
            throw new InvalidOperationException($"{c.Code} has no minor unit in ISO 4217; it cannot be counted in minor units.");
        }

        decimal scale = DecimalMath.Pow10(decimals);
        decimal largest = long.MaxValue / scale;
        if (amount > largest || amount < long.MinValue / scale)
        {
            throw new InvalidOperationException(
                $"{ToString(CultureInfo.InvariantCulture)} is too large to count in {c.Code} minor units: a count of minor units must fit in 64 bits (±9223372036854775807, {c.Code} ±{largest.ToString(CultureInfo.InvariantCulture)}); keep the amount as Money.");
        }

        decimal units = amount * scale;
        if (units != decimal.Truncate(units))
        {
            throw new InvalidOperationException(
                $"{ToString(CultureInfo.InvariantCulture)} is not a whole number of {c.Code} minor units ({decimals.ToString(CultureInfo.InvariantCulture)} decimals); round it first with Round() or ToMinorUnits(RoundingMode).");
        }

        return decimal.ToInt64(units);
    }

    /// <summary>The amount rounded with <paramref name="mode"/> and counted in minor units.</summary>
    /// <param name="mode">How to round amounts finer than the minor unit.</param>
    /// <returns>The number of minor units.</returns>
    /// <exception cref="InvalidOperationException">The currency has no minor unit, or the number of minor units does not fit in a <see cref="long"/>.</exception>
    public long ToMinorUnits(RoundingMode mode) => Round(mode).ToMinorUnits();

    /// <summary>The sum of <paramref name="values"/>, all of which must be in <paramref name="currency"/>; zero when empty.</summary>
    /// <param name="values">The amounts.</param>
    /// <param name="currency">The currency of the sum.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="MoneyOverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckNotNull(currency, nameof(currency));
        decimal total = 0m;
        foreach (Money value in values)
        {
            if (!SameCurrency(currency, value.currency))
            {
                throw new CurrencyMismatchException(currency, value.Currency, nameof(values));
            }

            try
            {
                total += value.amount;
            }
            catch (OverflowException ex)
            {
                throw new MoneyOverflowException(
                    $"The sum of {nameof(values)} (running total {new Money(total, currency).ToString(CultureInfo.InvariantCulture)} + {value.ToString(CultureInfo.InvariantCulture)})", currency, ex);
            }
        }

        return new Money(total, currency);
    }

    /// <summary>The smaller of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    // Stryker disable once Equality : on a tie both operands are the same value in the same currency (2.5 equals 2.50).
    public static Money Min(Money left, Money right) => Compare(left, right) <= 0 ? left : right;

    /// <summary>The larger of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    // Stryker disable once Equality : on a tie both operands are the same value in the same currency (2.5 equals 2.50).
    public static Money Max(Money left, Money right) => Compare(left, right) >= 0 ? left : right;

    /// <summary>Deconstructs into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = this.amount;
        currency = Currency;
    }

    /// <summary>Whether the two amounts have the same currency and the same value (2.5 equals 2.50).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Money other) => amount == other.amount && SameCurrency(currency, other.currency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(amount, Currency.Code);

    /// <summary>Compares two amounts of the same currency by value.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ: amounts in different currencies have no order.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(this, other, nameof(other));
        return amount.CompareTo(other.amount);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"obj is a {obj.GetType().Name}; Money can only be compared with Money.", nameof(obj)),
    };

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static int Compare(Money left, Money right) => left.CompareTo(right);

    /// <summary>Money from an operation on valid money: the currency (null stands for XXX) is not checked again.</summary>
    private static Money Unchecked(decimal amount, Currency? currency) => new(currency, amount);

    internal static bool SameCurrency(Currency? left, Currency? right) =>
        ReferenceEquals(left, right) || (left ?? Currency.XXX).Equals(right ?? Currency.XXX);

    /// <summary>The currency two amounts share when their references differ (only null and XXX can); otherwise throws.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Currency? CommonCurrency(Money left, Money right, string paramName)
    {
        if (SameCurrency(left.currency, right.currency))
        {
            // Stryker disable once NullCoalescing : only null and XXX reach here, and a null currency is XXX to every observer.
            return left.currency ?? right.currency;
        }

        throw new CurrencyMismatchException(left.Currency, right.Currency, paramName);
    }

    internal static void CheckSameCurrency(Money left, Money right, string paramName)
    {
        if (!ReferenceEquals(left.currency, right.currency) && !SameCurrency(left.currency, right.currency))
        {
            throw new CurrencyMismatchException(left.Currency, right.Currency, paramName);
        }
    }

    internal static int MinorUnitsOf(Currency currency, string paramName)
    {
        Preconditions.CheckNotNull(currency, paramName);
        return currency.MinorUnits ?? throw new ArgumentException(
            $"{currency.Code} has no minor unit in ISO 4217; use a currency with a minor unit or give the number of decimals explicitly.",
            paramName);
    }

    private static Currency LookUp(string currencyCode) =>
        Currency.TryFromCode(Preconditions.CheckNotNull(currencyCode, nameof(currencyCode)), out Currency? currency)
            ? currency
            : throw new UnknownCurrencyException(currencyCode, nameof(currencyCode));
}
