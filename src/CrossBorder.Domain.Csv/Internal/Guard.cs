using System;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>Argument checks.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class
    {
#if NET8_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
#else
        return value ?? throw new ArgumentNullException(name);
#endif
    }
}
