using System;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// A money calculation (a sum, difference, product, quotient, conversion or total) gave a result outside the range of
/// <see cref="decimal"/>, about ±7.9 × 10^28. The message names the operation and its operands. The library never wraps or
/// truncates such a result: split the calculation into smaller amounts or check the inputs (an amount that large is almost
/// always a unit or parsing mistake).
/// </summary>
/// <remarks>Derives from <see cref="OverflowException"/>, so code that already catches the BCL overflow keeps working.</remarks>
public sealed class MoneyOverflowException : OverflowException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation with its operands, for example "USD 79228162514264337593543950335 + USD 1".</param>
    /// <param name="currency">The currency of the result, when there is one.</param>
    /// <param name="innerException">The arithmetic overflow that was caught, if any.</param>
    public MoneyOverflowException(string operation, Currency? currency, Exception? innerException)
        : base(
            $"{operation} is outside the range of decimal: money amounts{(currency is null ? string.Empty : " in " + currency.Code)} must stay within ±{decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)}. Check the inputs or split the calculation into smaller amounts.",
            innerException)
    {
        Operation = operation;
        Currency = currency;
    }

    /// <summary>The operation with its operands, as written in the message.</summary>
    public string Operation { get; }

    /// <summary>The currency of the result, when there is one.</summary>
    public Currency? Currency { get; }
}
