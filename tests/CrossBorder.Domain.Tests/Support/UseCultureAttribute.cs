using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace CrossBorder.Domain.Tests.Support;

/// <summary>Runs a test with the given current culture (and UI culture), restoring the previous one afterwards.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class UseCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? previous;
    private CultureInfo? previousUi;

    public UseCultureAttribute(string name) => Culture = CultureInfo.GetCultureInfo(name);

    public CultureInfo Culture { get; }

    public override void Before(MethodInfo methodUnderTest)
    {
        previous = CultureInfo.CurrentCulture;
        previousUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = previous!;
        CultureInfo.CurrentUICulture = previousUi!;
    }
}
