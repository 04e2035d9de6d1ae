using System;
using System.Globalization;

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
