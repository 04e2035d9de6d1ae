using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Monetary;

/// <summary>
/// The price of one unit of <see cref="BaseCurrency"/> in <see cref="QuoteCurrency"/> on a date, from a source:
/// <c>EUR/USD 1.0832</c> means EUR 1 = USD 1.0832 (the ECB's convention for its reference rates).
/// </summary>
/// <remarks>
/// Conversion multiplies by the rate and does not round; round the result where the real world rounds (a customs declaration,
/// an invoice) with <see cref="Money.Round()"/>. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ExchangeRateJsonConverter))]
public readonly struct ExchangeRate : IEquatable<ExchangeRate>
{
    private readonly Currency? baseCurrency;
    private readonly Currency? quoteCurrency;

    /// <summary>Creates an exchange rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in; different from <paramref name="baseCurrency"/>.</param>
    /// <param name="rate">Units of <paramref name="quoteCurrency"/> per unit of <paramref name="baseCurrency"/>; greater than zero.</param>
    /// <param name="date">The date the rate applies to.</param>
    /// <param name="source">Where the rate comes from (for example "ECB euro foreign exchange reference rates"); optional.</param>
    /// <exception cref="ArgumentNullException">A currency is null.</exception>
    /// <exception cref="ArgumentException">The two currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is zero or negative.</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, LocalDate date, string? source = null)
    {
        Preconditions.CheckNotNull(baseCurrency, nameof(baseCurrency));
        Preconditions.CheckNotNull(quoteCurrency, nameof(quoteCurrency));
        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"quoteCurrency is {quoteCurrency.Code}, the same as baseCurrency; an exchange rate needs two different currencies.", nameof(quoteCurrency));
        }

        Preconditions.CheckPositive(rate, nameof(rate));
        this.baseCurrency = baseCurrency;
        this.quoteCurrency = quoteCurrency;
        Rate = rate;
        Date = date;
        Source = source;
    }

    /// <summary>The currency of which one unit is priced.</summary>
    public Currency BaseCurrency => baseCurrency ?? Currency.XXX;

    /// <summary>The currency the price is in.</summary>
    public Currency QuoteCurrency => quoteCurrency ?? Currency.XXX;

    /// <summary>Units of <see cref="QuoteCurrency"/> per unit of <see cref="BaseCurrency"/>.</summary>
    public decimal Rate { get; }

    /// <summary>The date the rate applies to.</summary>
    public LocalDate Date { get; }

    /// <summary>Where the rate comes from, when known.</summary>
    public string? Source { get; }

    /// <summary>Converts an amount in <see cref="BaseCurrency"/> into <see cref="QuoteCurrency"/>: amount × rate, not rounded.</summary>
    /// <param name="money">An amount in <see cref="BaseCurrency"/>.</param>
    /// <returns>The amount in <see cref="QuoteCurrency"/>.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="money"/> is not in <see cref="BaseCurrency"/>.</exception>
    /// <exception cref="MoneyOverflowException">The converted amount is outside the range of <see cref="decimal"/>.</exception>
    public Money Convert(Money money)
    {
        if (money.Currency != BaseCurrency)
        {
            throw new CurrencyMismatchException(BaseCurrency, money.Currency, nameof(money));
        }

        try
        {
            return new Money(money.Amount * Rate, QuoteCurrency);
        }
        catch (OverflowException ex)
        {
            throw new MoneyOverflowException(
                $"Converting {money.ToString(System.Globalization.CultureInfo.InvariantCulture)} at {BaseCurrency.Code}/{QuoteCurrency.Code} {Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}", QuoteCurrency, ex);
        }
    }

    /// <summary>The opposite rate: <c>USD/EUR</c> from <c>EUR/USD</c>, 1 / rate to decimal precision.</summary>
    /// <returns>The inverse rate, with the same date and source.</returns>
    public ExchangeRate Inverse() => new(QuoteCurrency, BaseCurrency, 1m / Rate, Date, Source);

    /// <summary>
    /// The cross rate between two rates that share one currency (the pivot): from <c>EUR/USD</c> and <c>EUR/JPY</c>, <c>USD/JPY</c>.
    /// </summary>
    /// <param name="from">A rate involving the cross rate's base currency and the pivot.</param>
    /// <param name="to">A rate involving the pivot and the cross rate's quote currency.</param>
    /// <returns>The cross rate, dated with the earlier of the two dates.</returns>
    /// <exception cref="ArgumentException">The rates share no currency, or describe the same pair.</exception>
    public static ExchangeRate Cross(ExchangeRate from, ExchangeRate to)
    {
        Currency? pivot = SharedCurrency(from, to)
            ?? throw new ArgumentException($"{from.Pair} and {to.Pair} share no currency, so no cross rate can be derived from them.", nameof(to));

        // Express both as pivot/X, then X→Y = (pivot/Y) / (pivot/X).
        ExchangeRate a = from.BaseCurrency == pivot ? from : from.Inverse();
        ExchangeRate b = to.BaseCurrency == pivot ? to : to.Inverse();
        if (a.QuoteCurrency == b.QuoteCurrency)
        {
            throw new ArgumentException($"{from.Pair} and {to.Pair} describe the same pair of currencies; a cross rate needs three.", nameof(to));
        }

        // Stryker disable once Equality : when the dates are equal either one is the earlier.
        LocalDate date = from.Date < to.Date ? from.Date : to.Date;
        string source = $"cross rate via {pivot.Code}" + (from.Source is null && to.Source is null ? string.Empty : $" ({from.Source}; {to.Source})");
        return new ExchangeRate(a.QuoteCurrency, b.QuoteCurrency, b.Rate / a.Rate, date, source);
    }

    /// <summary>Parses <c>"EUR/USD 1.0832"</c> (invariant culture); the date must be given separately.</summary>
    /// <param name="text">Base code, slash, quote code, space, rate.</param>
    /// <param name="date">The date of the rate.</param>
    /// <param name="source">The source, optional.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in that form.</exception>
    public static ExchangeRate Parse(string text, LocalDate date, string? source = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (TryParse(text, date, source, out ExchangeRate result))
        {
            return result;
        }

        throw new FormatException($"'{text}' is not an exchange rate; write it as \"EUR/USD 1.0832\": two different ISO 4217 codes, a slash, a space and a positive rate with a '.' decimal point.");
    }

    /// <summary>Parses <c>"EUR/USD 1.0832"</c> like <see cref="Parse"/>, without throwing on any input.</summary>
    /// <param name="text">Base code, slash, quote code, space, rate; null or malformed text gives <see langword="false"/>.</param>
    /// <param name="date">The date of the rate.</param>
    /// <param name="result">The rate; <c>default</c> when the text is not an exchange rate.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Parse"/> would return a rate (the same rate).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, LocalDate date, out ExchangeRate result) => TryParse(text, date, null, out result);

    /// <summary>Parses <c>"EUR/USD 1.0832"</c> like <see cref="Parse"/>, with a source, without throwing on any input.</summary>
    /// <param name="text">Base code, slash, quote code, space, rate; null or malformed text gives <see langword="false"/>.</param>
    /// <param name="date">The date of the rate.</param>
    /// <param name="source">The source, optional.</param>
    /// <param name="result">The rate; <c>default</c> when the text is not an exchange rate.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Parse"/> would return a rate (the same rate).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, LocalDate date, string? source, out ExchangeRate result)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length >= 9 && trimmed[3] == '/' && trimmed.IndexOf(' ') == 7
            && Currency.TryFromCode(trimmed.Substring(0, 3), out Currency? b)
            && Currency.TryFromCode(trimmed.Substring(4, 3), out Currency? q)
            && b != q
            && decimal.TryParse(trimmed.Substring(8), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal rate)
            && rate > 0m)
        {
            result = new ExchangeRate(b, q, rate, date, source);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>"EUR/USD".</summary>
    public string Pair => BaseCurrency.Code + "/" + QuoteCurrency.Code;

    /// <inheritdoc />
    public bool Equals(ExchangeRate other) =>
        BaseCurrency == other.BaseCurrency && QuoteCurrency == other.QuoteCurrency && Rate == other.Rate && Date == other.Date
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseCurrency, QuoteCurrency, Rate, Date);

    /// <summary>Whether two rates are equal in pair, rate, date and source.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ExchangeRate left, ExchangeRate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ExchangeRate left, ExchangeRate right) => !left.Equals(right);

    /// <summary>"EUR/USD 1.0832 (2025-01-02)".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() =>
        Pair + " " + Rate.ToString(CultureInfo.InvariantCulture) + " (" + IsoDate.Format(Date) + ")";

    private static Currency? SharedCurrency(ExchangeRate a, ExchangeRate b)
    {
        if (a.BaseCurrency == b.BaseCurrency || a.BaseCurrency == b.QuoteCurrency)
        {
            return a.BaseCurrency;
        }

        if (a.QuoteCurrency == b.BaseCurrency || a.QuoteCurrency == b.QuoteCurrency)
        {
            return a.QuoteCurrency;
        }

        return null;
    }
}
