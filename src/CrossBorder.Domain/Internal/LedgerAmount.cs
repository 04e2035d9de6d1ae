using System;
using System.Globalization;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Internal;

/// <summary>Checks the amounts of a ledger row and turns them into whole minor units of one currency.</summary>
internal static class LedgerAmount
{
    /// <summary>The currency a row's amounts share; it must have a minor unit.</summary>
    internal static Currency CurrencyOf(Money first, string paramName)
    {
        Currency currency = first.Currency;
        if (currency.MinorUnits is null)
        {
            throw new ArgumentException(
                $"{paramName} is in {currency.Code}, which has no minor unit (default(Money) is XXX); ledger amounts must be in a currency such as USD, EUR or JPY.",
                paramName);
        }

        return currency;
    }

    /// <summary>The amount in minor units of <paramref name="currency"/>; it must be a whole number of them.</summary>
    internal static long Minor(Money value, Currency currency, string paramName, bool allowNegative = false)
    {
        if (value.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, value.Currency, paramName);
        }

        if (!allowNegative && value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value.Amount, $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}; it must be zero or greater.");
        }

        decimal scale = DecimalMath.Pow10(currency.MinorUnits!.Value);
        if (value.Amount > long.MaxValue / scale || value.Amount < long.MinValue / scale)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value.Amount,
                $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}; a ledger amount must be within ±{(long.MaxValue / scale).ToString(CultureInfo.InvariantCulture)} {currency.Code} (64 bits of minor units).");
        }

        decimal units = value.Amount * scale;
        if (units != decimal.Truncate(units))
        {
            throw new ArgumentException(
                $"{paramName} was {value.ToString(CultureInfo.InvariantCulture)}, finer than the {currency.Code} minor unit; ledger rows hold booked amounts, round them first (Money.Round).",
                paramName);
        }

        return decimal.ToInt64(units);
    }

    internal static Money ToMoney(long minor, Currency currency) => Money.FromMinorUnits(minor, currency);
}
