using System;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Customs;

/// <summary>Checks and packs HS code prefixes.</summary>
internal static class TariffKeys
{
    internal static string CheckPrefix(string? prefix, string paramName)
    {
        Preconditions.CheckNotNull(prefix, paramName);
        if (prefix!.Length is < 2 or > 10)
        {
            throw new ArgumentException($"{paramName} was {Preconditions.Quote(prefix)}; an HS prefix has 2 to 10 digits.", paramName);
        }

        foreach (char c in prefix)
        {
            if (c is < '0' or > '9')
            {
                throw new ArgumentException($"{paramName} was {Preconditions.Quote(prefix)}; an HS prefix has digits only (write 610910, not 6109.10).", paramName);
            }
        }

        return prefix;
    }

    /// <summary>The first <paramref name="length"/> digits as a number, tagged with the length so 0101 and 101 differ.</summary>
    internal static long Pack(string digits, int length)
    {
        long value = 0;
        for (int i = 0; i < length; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return (value * 16) + length;
    }
}
