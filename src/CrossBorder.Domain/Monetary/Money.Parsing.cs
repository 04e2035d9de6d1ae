using System;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

public readonly partial struct Money
{
    /// <summary>Parses money written with its currency code in the invariant culture, such as <c>"USD 12.34"</c> or <c>"12.34 USD"</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not money in a supported form.</exception>
    public static Money Parse(string text) => Parse(text, (IFormatProvider?)null);

    /// <summary>
    /// Parses money as written by <see cref="ToString(string?, IFormatProvider?)"/> with the same provider: a currency code
    /// (<c>"USD 1234.50"</c>, <c>"1.234,50 EUR"</c>) or a currency symbol from the library's table (<c>"$1,234.50"</c>,
    /// <c>"1.234,50 €"</c>, <c>"(CA$12.00)"</c>), with the number conventions of <paramref name="provider"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture; the invariant culture when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not money in a supported form; the message says what was wrong.</exception>
    public static Money Parse(string text, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (TryParseCore(text, null, provider, out Money result, out string? error))
        {
            return result;
        }

        throw new FormatException(error);
    }

    /// <summary>
    /// Parses an amount in a known currency; a code or symbol in the text, if present, must be that currency's.
    /// </summary>
    /// <param name="text">The text, for example <c>"1.234,50"</c>.</param>
    /// <param name="currency">The currency the amount is in.</param>
    /// <param name="provider">The culture; the invariant culture when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="currency"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an amount, or names another currency.</exception>
    public static Money Parse(string text, Currency currency, IFormatProvider? provider = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckNotNull(currency, nameof(currency));
        if (TryParseCore(text, currency, provider, out Money result, out string? error))
        {
            return result;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses money written with its code in the invariant culture, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The money, when parsed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is money.</returns>
    public static bool TryParse(string? text, out Money result) => TryParse(text, null, out result);

    /// <summary>Parses money as <see cref="Parse(string, IFormatProvider?)"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture; the invariant culture when null.</param>
    /// <param name="result">The money, when parsed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is money.</returns>
    public static bool TryParse(string? text, IFormatProvider? provider, out Money result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, null, provider, out result, out _);
    }

    private static bool TryParseCore(string text, Currency? expected, IFormatProvider? provider, out Money result, out string? error)
    {
        result = default;
        NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        if (text.Length > 200)
        {
            error = $"text is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; money is written in at most 200.";
            return false;
        }

        Currency? found = null;
        // Stryker disable once Unary : start is only read once a code or symbol is found, which sets it.
        int start = -1;
        int length = 0;

        // 1. A three-letter code standing alone (not part of a longer run of letters).
        // i is always at the start of a run of letters or at a non-letter (an empty run): the loop jumps over whole runs.
        for (int i = 0; i < text.Length; i++)
        {
            int end = i;
            while (end < text.Length && IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end - i == 3 && Currency.TryFromCode(text.AsSpan(i, 3), out Currency? byCode))
            {
                found = byCode;
                start = i;
                length = 3;
                break;
            }

            i = end;
        }

        // 2. A symbol from the currency table, longest first ("CA$" before "$").
        if (found is null)
        {
            foreach ((string symbol, Currency currency) in CurrencyRegistry.Default.Symbols)
            {
                int index = text.IndexOf(symbol, StringComparison.Ordinal);
                if (index >= 0)
                {
                    found = currency;
                    start = index;
                    length = symbol.Length;
                    break;
                }
            }
        }

        if (found is null && expected is null)
        {
            error = $"'{text}' names no currency; write it with an ISO 4217 code (\"USD 12.34\") or a currency symbol (\"$12.34\"), or pass the currency.";
            return false;
        }

        if (found is not null && expected is not null && found != expected)
        {
            error = $"'{text}' is in {found.Code}, but {expected.Code} was expected.";
            return false;
        }

        string number = found is null ? text : text.Remove(start, length);
        string cleaned = RemoveSpacesAndMarks(number);
        if (cleaned.Length == 0 || !decimal.TryParse(cleaned, NumberStyles.Currency & ~NumberStyles.AllowCurrencySymbol, WithoutMarks(nfi), out decimal amount))
        {
            error = $"'{text}' has no amount that the culture '{CultureName(provider)}' can read; write it as \"USD 12.34\" or as the \"C\" format of that culture prints it.";
            return false;
        }

        result = new Money(amount, found ?? expected!);
        error = null;
        return true;
    }

    /// <summary>Right-to-left cultures put direction marks in their signs (ar-SA: U+061C before '-'); the text had them removed.</summary>
    private static NumberFormatInfo WithoutMarks(NumberFormatInfo nfi)
    {
        string negative = RemoveSpacesAndMarks(nfi.NegativeSign);
        string positive = RemoveSpacesAndMarks(nfi.PositiveSign);
        // Stryker disable once Block : without the shortcut a clone with the same signs is made, which reads the same.
        if (negative.Length == nfi.NegativeSign.Length && positive.Length == nfi.PositiveSign.Length)
        {
            return nfi;
        }

        var clone = (NumberFormatInfo)nfi.Clone();
        clone.NegativeSign = negative;
        clone.PositiveSign = positive;
        return clone;
    }

    private static string CultureName(IFormatProvider? provider) =>
        provider is CultureInfo culture ? (culture.Name.Length == 0 ? "invariant" : culture.Name) : "invariant";

    private static bool IsAsciiLetter(char c) => unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a';

    private static string RemoveSpacesAndMarks(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool drop = char.IsWhiteSpace(c) || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (drop && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }
            else if (!drop)
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
