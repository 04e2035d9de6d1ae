using System.Globalization;

namespace CrossBorder.Domain.Tests.Support;

/// <summary>The cultures every culture-sensitive test runs under: results must not change between them.</summary>
public static class Cultures
{
    public static readonly string[] Names = { "", "en-US", "de-DE", "tr-TR", "ja-JP", "ar-SA", "fr-FR", "de-CH" };

    public static IEnumerable<object[]> All => Names.Select(n => new object[] { n });

    /// <summary>Runs <paramref name="action"/> with <paramref name="name"/> as the current culture and restores the previous one.</summary>
    public static T With<T>(string name, Func<T> action)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
