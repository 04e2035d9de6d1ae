using System.Runtime.CompilerServices;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

public readonly partial struct Money
{
    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        // One instance per currency: equal references are the fast path; anything else is XXX/null or a mismatch.
        // Stryker disable once Conditional : a fast path; CommonCurrency returns the same currency for equal references.
        Currency? currency = ReferenceEquals(left.currency, right.currency) ? left.currency : CommonCurrency(left, right, nameof(right));
        // Stryker disable once Conditional : a fast path; the guarded path gives the same result when the operation fits.
        return DecimalRange.SumCannotOverflow(left.amount, right.amount)
            ? Unchecked(left.amount + right.amount, currency)
            : AddGuarded(left, right, currency);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money AddGuarded(Money left, Money right, Currency? currency)
    {
        try
        {
            return Unchecked(left.amount + right.amount, currency);
        }
        catch (System.OverflowException ex)
        {
            throw Overflow(left, "+", right, ex);
        }
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        // Stryker disable once Conditional : a fast path; CommonCurrency returns the same currency for equal references.
        Currency? currency = ReferenceEquals(left.currency, right.currency) ? left.currency : CommonCurrency(left, right, nameof(right));
        // Stryker disable once Conditional : a fast path; the guarded path gives the same result when the operation fits.
        return DecimalRange.SumCannotOverflow(left.amount, right.amount)
            ? Unchecked(left.amount - right.amount, currency)
            : SubtractGuarded(left, right, currency);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money SubtractGuarded(Money left, Money right, Currency? currency)
    {
        try
        {
            return Unchecked(left.amount - right.amount, currency);
        }
        catch (System.OverflowException ex)
        {
            throw Overflow(left, "-", right, ex);
        }
    }

    /// <summary>Multiplies an amount by a factor (a quantity, a rate).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product, not rounded.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    // Stryker disable once Conditional : a fast path; the guarded path gives the same result when the operation fits.
    public static Money operator *(Money money, decimal factor) =>
        DecimalRange.ProductCannotOverflow(money.amount, factor) ? Unchecked(money.amount * factor, money.currency) : MultiplyGuarded(money, factor);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money MultiplyGuarded(Money money, decimal factor)
    {
        try
        {
            return Unchecked(money.amount * factor, money.currency);
        }
        catch (System.OverflowException ex)
        {
            throw Overflow(money, "×", factor, ex);
        }
    }

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The exact product, not rounded.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Divides an amount by a divisor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The quotient to <see cref="decimal"/> precision (28–29 significant digits), not rounded to the minor unit.
    /// To split money without losing a cent, use <see cref="Split"/> or <see cref="Allocate(int[])"/>.</returns>
    /// <exception cref="System.DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    // Stryker disable once Conditional : a fast path; the guarded path gives the same result when the operation fits.
    public static Money operator /(Money money, decimal divisor) =>
        DecimalRange.QuotientCannotOverflow(divisor) ? Unchecked(money.amount / divisor, money.currency) : DivideGuarded(money, divisor);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money DivideGuarded(Money money, decimal divisor)
    {
        try
        {
            return Unchecked(money.amount / divisor, money.currency);
        }
        catch (System.OverflowException ex)
        {
            throw Overflow(money, "÷", divisor, ex);
        }
    }

    /// <summary>The ratio of two amounts of the same currency (for example a margin: profit / revenue).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="System.DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The ratio is outside the range of <see cref="decimal"/>.</exception>
    public static decimal operator /(Money left, Money right)
    {
        CheckSameCurrency(left, right, nameof(right));
        if (DecimalRange.QuotientCannotOverflow(right.amount))
        {
            return left.amount / right.amount;
        }

        try
        {
            return left.amount / right.amount;
        }
        catch (System.OverflowException ex)
        {
            throw Overflow(left, "÷", right, ex);
        }
    }

    /// <summary>The amount with its sign reversed.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>−amount in the same currency.</returns>
    public static Money operator -(Money money) => Unchecked(-money.amount, money.currency);

    /// <summary>The amount itself.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The same amount.</returns>
    public static Money operator +(Money money) => money;

    /// <summary>Whether two amounts are equal in currency and value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ in currency or value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right)
    {
        if (!ReferenceEquals(left.currency, right.currency))
        {
            CommonCurrency(left, right, nameof(right));
        }

        return left.amount < right.amount;
    }

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right)
    {
        if (!ReferenceEquals(left.currency, right.currency))
        {
            CommonCurrency(left, right, nameof(right));
        }

        return left.amount > right.amount;
    }

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two amounts of the same currency (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts an amount of the same currency (the named twin of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a factor (the named twin of <c>*</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <summary>Divides an amount by a divisor (the named twin of <c>/</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The quotient, not rounded.</returns>
    /// <exception cref="System.DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money Divide(Money money, decimal divisor) => money / divisor;

    /// <summary>The ratio of two amounts of the same currency (the named twin of <c>/</c>).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="System.DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The ratio is outside the range of <see cref="decimal"/>.</exception>
    public static decimal Divide(Money left, Money right) => left / right;

    /// <summary>The amount with its sign reversed (the named twin of unary <c>-</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <returns>−amount.</returns>
    public static Money Negate(Money money) => -money;

    /// <summary>The amount itself (the named twin of unary <c>+</c>).</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The same amount.</returns>
    public static Money Plus(Money money) => money;

    /// <summary>The absolute value of the amount.</summary>
    /// <returns>|amount| in the same currency.</returns>
    // Stryker disable once Equality : at zero, -0m and 0m are the same amount.
    public Money Abs() => amount < 0m ? Unchecked(-amount, currency) : this;

    private static MoneyOverflowException Overflow(Money left, string operation, Money right, System.OverflowException ex) =>
        new($"{left.ToString(System.Globalization.CultureInfo.InvariantCulture)} {operation} {right.ToString(System.Globalization.CultureInfo.InvariantCulture)}", left.Currency, ex);

    private static MoneyOverflowException Overflow(Money left, string operation, decimal right, System.OverflowException ex) =>
        new($"{left.ToString(System.Globalization.CultureInfo.InvariantCulture)} {operation} {right.ToString(System.Globalization.CultureInfo.InvariantCulture)}", left.Currency, ex);
}
