using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrossBorder.Domain.Tests.Support;

/// <summary>
/// Runs the whole suite under another culture: set <c>CROSSBORDER_TEST_CULTURE</c> (for example <c>tr-TR</c>, <c>de-DE</c>,
/// <c>ja-JP</c>, <c>ar-SA</c>) before <c>dotnet test</c>. The module initializer sets the process-wide default culture, so every
/// test thread (xunit creates its own) starts in it; tests marked <see cref="UseCultureAttribute"/> still switch locally.
/// </summary>
internal static class SuiteCulture
{
    public const string Variable = "CROSSBORDER_TEST_CULTURE";

    /// <summary>The culture the suite was asked to run under, or null for the machine's.</summary>
    public static CultureInfo? Requested { get; private set; }

    [ModuleInitializer]
    internal static void Apply()
    {
        string? name = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        CultureInfo culture = CultureInfo.GetCultureInfo(name.Trim());
        Requested = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}

public class SuiteCultureTests
{
    [Fact]
    public void The_requested_suite_culture_is_in_effect_on_test_threads()
    {
        if (SuiteCulture.Requested is { } requested)
        {
            Assert.Equal(requested.Name, CultureInfo.CurrentCulture.Name);
            Assert.Equal(requested.Name, CultureInfo.CurrentUICulture.Name);
        }
        else
        {
            Assert.Null(Environment.GetEnvironmentVariable(SuiteCulture.Variable));
        }
    }
}
