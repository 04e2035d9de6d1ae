using System;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// Two amounts in different currencies were combined (added, subtracted, compared, allocated) where only one currency makes sense.
/// Convert one of them first with an <see cref="ExchangeRate"/>.
/// </summary>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expected">The currency the operation works in.</param>
    /// <param name="actual">The other currency that was given.</param>
    /// <param name="paramName">The argument that carried <paramref name="actual"/>.</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string? paramName)
        : base(
            $"Cannot combine amounts in {expected?.Code} and {actual?.Code}: {paramName ?? "the operand"} is in {actual?.Code} but {expected?.Code} was expected. Convert one amount with an ExchangeRate first.",
            paramName)
    {
        Expected = expected!;
        Actual = actual!;
    }

    /// <summary>The currency the operation works in.</summary>
    public Currency Expected { get; }

    /// <summary>The other currency that was given.</summary>
    public Currency Actual { get; }
}
