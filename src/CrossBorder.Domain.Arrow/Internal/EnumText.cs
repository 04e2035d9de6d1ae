using System;
using System.Linq;
using System.Text;

namespace CrossBorder.Domain.Arrow.Internal;

/// <summary>Enum names as text: any case, with or without '-', '_' or spaces ("sponsored-products", "SponsoredProducts").</summary>
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
        where TEnum : struct, Enum => string.Join(", ", Values<TEnum>().Select(v => v.ToString()));

    private static TEnum[] Values<TEnum>()
        where TEnum : struct, Enum =>
#if NET8_0_OR_GREATER
        Enum.GetValues<TEnum>();
#else
        (TEnum[])Enum.GetValues(typeof(TEnum));
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
}
