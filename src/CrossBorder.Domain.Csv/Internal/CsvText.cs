using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>Small text helpers.</summary>
internal static class CsvText
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    public static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    /// <summary>The first line of an exception message (domain messages name the argument, the value and what is allowed).</summary>
    public static string FirstLine(string message)
    {
        int end = message.IndexOfAny(LineBreaks);
        return end < 0 ? message : message.Substring(0, end);
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Enum names as CSV text: kebab-case out ("sponsored-products"); in, any case with or without '-', '_' or spaces.</summary>
internal static class EnumText
{
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        string key = Squash(text);
        foreach (TEnum candidate in Values<TEnum>())
        {
            if (key.Length > 0 && string.Equals(Squash(candidate.ToString()), key, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Allowed<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Values<TEnum>().Select(v => Kebab(v.ToString())));

    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    private static TEnum[] Values<TEnum>()
        where TEnum : struct, Enum =>
#if NET8_0_OR_GREATER
        System.Enum.GetValues<TEnum>();
#else
        (TEnum[])System.Enum.GetValues(typeof(TEnum));
#endif

    private static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is not ('-' or '_' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
