using System;

namespace CrossBorder.Domain.Monetary;

/// <summary>A currency code (or numeric code) is not an active ISO 4217 code known to the library.</summary>
public sealed class UnknownCurrencyException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The code that was not found, as given.</param>
    /// <param name="paramName">The argument that carried it.</param>
    public UnknownCurrencyException(string? code, string? paramName)
        : base(
            $"'{code}' is not an active ISO 4217 currency code. Use a three-letter code such as USD, EUR, GBP, JPY or CNY (case does not matter); Currency.All lists every code the library knows.",
            paramName)
    {
        Code = code;
    }

    /// <summary>The code that was not found, as given.</summary>
    public string? Code { get; }
}
