using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Monetary;

public readonly partial struct Money : IFormattable
{
    /// <summary>
    /// The amount with its code, in the invariant culture: <c>"USD 12.34"</c>, <c>"JPY 1500"</c>, <c>"USD -0.50"</c>.
    /// At least the currency's minor-unit digits are shown, and every digit the amount carries, so that <see cref="Parse(string)"/>
    /// gives back an equal value.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats with <paramref name="format"/> in the invariant culture.</summary>
    /// <param name="format">See <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats as <c>"USD 12.34"</c> with the number conventions of <paramref name="provider"/>.</summary>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => ToString(null, provider);

    /// <summary>
    /// Formats the amount.
    /// <list type="bullet">
    /// <item><c>G</c> (default) or <c>R</c>: code, space, amount with every digit it carries (at least the minor units), no group separators — <c>"USD 1234.50"</c>; round-trips through <see cref="Parse(string, IFormatProvider?)"/>.</item>
    /// <item><c>C</c> or <c>C</c><i>n</i>: the culture's currency pattern with the currency's own symbol and the minor-unit digits (or <i>n</i>) — <c>"$1,234.50"</c> in en-US, <c>"1.234,50 $"</c> in de-DE, <c>"€1,234.50"</c> for EUR in en-US.</item>
    /// <item><c>N</c> or <c>N</c><i>n</i>: the amount with group separators, space, code — <c>"1,234.50 USD"</c>.</item>
    /// </list>
    /// Display formats (<c>C</c>, <c>N</c>) round half away from zero to the digits shown.
    /// </summary>
    /// <param name="format">The format; <c>G</c> when null or empty.</param>
    /// <param name="formatProvider">The culture; the invariant culture when null. The machine's culture is never used implicitly.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberFormatInfo nfi = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.InvariantCulture);
        Currency c = Currency;
        if (string.IsNullOrEmpty(format))
        {
            return FormatGeneral(c, nfi);
        }

        char kind = format![0];
        int? digits = ParsePrecision(format);
        switch (kind)
        {
            case 'G' or 'g' or 'R' or 'r' when format.Length == 1:
                return FormatGeneral(c, nfi);
            case 'C' or 'c':
                return FormatCurrency(c, nfi, digits ?? c.MinorUnits ?? DecimalMath.GetScale(amount));
            case 'N' or 'n':
                return amount.ToString(NumberFormats.N(digits ?? c.MinorUnits ?? DecimalMath.GetScale(amount)), nfi) + " " + c.Code;
            default:
                throw new FormatException($"'{format}' is not a Money format; use G (\"USD 12.34\"), C or Cn (culture currency pattern) or N or Nn (\"1,234.50 USD\").");
        }
    }

    private string FormatGeneral(Currency c, NumberFormatInfo nfi)
    {
        int digits = Math.Max(DecimalMath.GetScale(amount), c.MinorUnits ?? 0);
#if NET8_0_OR_GREATER
        // One allocation: the code, a space and the digits are assembled on the stack.
        Span<char> buffer = stackalloc char[96];
        c.Code.AsSpan().CopyTo(buffer);
        buffer[3] = ' ';
        if (amount.TryFormat(buffer.Slice(4), out int written, NumberFormats.F(digits), nfi))
        {
            return new string(buffer.Slice(0, 4 + written));
        }
#endif
        return c.Code + " " + amount.ToString(NumberFormats.F(digits), nfi);
    }

    private string FormatCurrency(Currency c, NumberFormatInfo nfi, int digits)
    {
        // Checked first: NumberFormatInfo's group-size getters copy their arrays.
        // Stryker disable once all : a fast path; on .NET Core decimal formatting never prints a negative zero, so the later paths give the same text (the guard is for netstandard2.0 hosts).
        if ((amount >= 0m || decimal.Round(amount, digits, MidpointRounding.AwayFromZero) != 0m) && string.Equals(nfi.CurrencySymbol, c.Symbol, StringComparison.Ordinal))
        {
            // The culture's own currency (USD in en-US, EUR in de-DE): .NET's currency format is already right, in one allocation.
            return amount.ToString(NumberFormats.C(digits), nfi);
        }

#if NET8_0_OR_GREATER
        // One allocation: .NET formats with the culture's pattern, separators and symbol on the stack; its symbol is swapped for ours.
        string cultureSymbol = nfi.CurrencySymbol;
        // .NET Core never prints a negative zero for a decimal ("-0.001" in C2 is "$0.00"), so no sign check is needed here.
        if (IsDistinctFromNumberText(cultureSymbol, nfi))
        {
            Span<char> formatted = stackalloc char[128];
            // Stryker disable once Boolean : a fast path; when it is skipped the pattern applied below gives the same text.
            if (amount.TryFormat(formatted, out int length, NumberFormats.C(digits), nfi))
            {
                ReadOnlySpan<char> withCultureSymbol = formatted.Slice(0, length);
                int at = withCultureSymbol.IndexOf(cultureSymbol.AsSpan(), StringComparison.Ordinal);
                // Stryker disable once Equality,Boolean : a fast path; when it is skipped the pattern applied below gives the same text.
                if (at >= 0)
                {
                    return string.Concat(withCultureSymbol.Slice(0, at), c.Symbol.AsSpan(), withCultureSymbol.Slice(at + cultureSymbol.Length));
                }
            }
        }
#endif

        if (!string.Equals(nfi.NumberDecimalSeparator, nfi.CurrencyDecimalSeparator, StringComparison.Ordinal)
            || !string.Equals(nfi.NumberGroupSeparator, nfi.CurrencyGroupSeparator, StringComparison.Ordinal)
            || !SameGroupSizes(nfi.NumberGroupSizes, nfi.CurrencyGroupSizes))
        {
            // Rare cultures whose currency separators differ from their number separators: let .NET apply them.
            var clone = (NumberFormatInfo)nfi.Clone();
            clone.CurrencySymbol = c.Symbol;
            return amount.ToString(NumberFormats.C(digits), clone);
        }

        string number = Math.Abs(amount).ToString(NumberFormats.N(digits), nfi);
        // Stryker disable once Equality : at zero amount the number has no non-zero digit, so <= and < agree.
        bool negative = amount < 0m && HasNonZeroDigit(number);
        string pattern = NumberFormats.CurrencyPattern(negative, negative ? nfi.CurrencyNegativePattern : nfi.CurrencyPositivePattern);
        var text = new System.Text.StringBuilder(number.Length + c.Symbol.Length + 4);
        foreach (char ch in pattern)
        {
            switch (ch)
            {
                case '$': text.Append(c.Symbol); break;
                case 'n': text.Append(number); break;
                case '-': text.Append(nfi.NegativeSign); break;
                default: text.Append(ch); break;
            }
        }

        return text.ToString();
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Whether <paramref name="symbol"/> holds a character that cannot occur in the formatted number or the pattern around it, so
    /// that its first occurrence in the formatted text is the symbol itself.
    /// </summary>
    private static bool IsDistinctFromNumberText(string symbol, NumberFormatInfo nfi)
    {
        foreach (char ch in symbol)
        {
            // No-break spaces are white space; ')' always follows the symbol in .NET's patterns, so only '(' can come first.
            if (!char.IsDigit(ch) && !char.IsWhiteSpace(ch) && ch != '('
                && nfi.CurrencyDecimalSeparator.IndexOf(ch) < 0 && nfi.CurrencyGroupSeparator.IndexOf(ch) < 0 && nfi.NegativeSign.IndexOf(ch) < 0)
            {
                // Stryker disable once Boolean : a fast path; answering false only sends the amount to the pattern applied by hand, same text.
                return true;
            }
        }

        return false;
    }
#endif

    private static bool HasNonZeroDigit(string number)
    {
        foreach (char ch in number)
        {
            if (ch >= '1' && ch <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameGroupSizes(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        // Stryker disable once Boolean : answering false sends equal group sizes to .NET's own currency format, which gives the same text.
        return true;
    }

    private static int? ParsePrecision(string format)
    {
        if (format.Length == 1)
        {
            return null;
        }

        if (format.Length <= 3 && int.TryParse(format.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int digits) && digits <= 28)
        {
            return digits;
        }

        throw new FormatException($"'{format}' is not a Money format; the precision after the letter must be 0 to 28, as in C2 or N0.");
    }
}
