using System.Globalization;

namespace CrossBorder.Domain.Internal;

/// <summary>Cached format strings and the .NET currency patterns, so that formatting does not build them per call.</summary>
internal static class NumberFormats
{
    private static readonly string[] FixedFormats = Create("F");
    private static readonly string[] NumberFormatStrings = Create("N");
    private static readonly string[] CurrencyFormats = Create("C");

    /// <summary>.NET's <see cref="NumberFormatInfo.CurrencyPositivePattern"/> values: $ = symbol, n = number.</summary>
    private static readonly string[] PositiveCurrencyPatterns = { "$n", "n$", "$ n", "n $" };

    /// <summary>.NET's <see cref="NumberFormatInfo.CurrencyNegativePattern"/> values: $ = symbol, n = number, - = negative sign.</summary>
    private static readonly string[] NegativeCurrencyPatterns =
    {
        "($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-", "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)", "$- n",
    };

    /// <summary>The currency pattern .NET uses for <paramref name="pattern"/> (a NumberFormatInfo pattern index).</summary>
    internal static string CurrencyPattern(bool negative, int pattern) =>
        negative ? NegativeCurrencyPatterns[pattern] : PositiveCurrencyPatterns[pattern];

    internal static string F(int digits) => FixedFormats[digits];

    internal static string N(int digits) => NumberFormatStrings[digits];

    internal static string C(int digits) => CurrencyFormats[digits];

    private static string[] Create(string letter)
    {
        var formats = new string[29];
        for (int i = 0; i < formats.Length; i++)
        {
            formats[i] = letter + i.ToString(CultureInfo.InvariantCulture);
        }

        return formats;
    }
}
