using System;
using System.Linq;
using System.Text;

namespace CrossBorder.Domain;

/// <summary>
/// Enum names as file text, shared by the CSV and Arrow packages (this file is compiled into both; see src/Shared):
/// in, any case with or without '-', '_' or spaces (<c>sponsored-products</c>, <c>SponsoredProducts</c>); out, kebab-case.
/// </summary>
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

    /// <summary>The allowed names, comma-separated: kebab-case (<c>sponsored-products</c>), or the C# names when <paramref name="kebab"/> is false.</summary>
    public static string Allowed<TEnum>(bool kebab = true)
        where TEnum : struct, Enum => string.Join(", ", Values<TEnum>().Select(v => kebab ? Kebab(v.ToString()) : v.ToString()));

    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

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
