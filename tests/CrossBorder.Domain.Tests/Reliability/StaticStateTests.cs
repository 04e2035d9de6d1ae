using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Tests.Reliability;

/// <summary>
/// The domain keeps no static mutable state (docs/architecture.md, "Purity"). What it may hold statically: constants,
/// <c>static readonly</c> fields of immutable values, and <see cref="Lazy{T}"/> defaults that load the embedded dataset once.
/// This test walks every static field of the three shipped assemblies and fails on a writable static field, or on a static
/// collection that callers or the library could change after start-up (arrays and mutable collections are allowed only as
/// private lookup tables that the type never writes to after its static constructor, listed here by name with the reason).
/// </summary>
public class StaticStateTests
{
    private static readonly Assembly[] Shipped =
    {
        typeof(Money).Assembly,
        typeof(CrossBorder.Domain.Csv.LedgerCsv).Assembly,
        typeof(CrossBorder.Domain.Arrow.ArrowLedger).Assembly,
    };

    private static IEnumerable<FieldInfo> StaticFields() =>
        Shipped.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral)
            .Where(f => f.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(f => !f.DeclaringType!.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Where(f => !f.Name.Contains('<', StringComparison.Ordinal));

    [Fact]
    public void Every_static_field_is_readonly()
    {
        var writable = StaticFields().Where(f => !f.IsInitOnly).Select(f => $"{f.DeclaringType!.FullName}.{f.Name}").ToList();
        Assert.True(writable.Count == 0, "Writable static fields: " + string.Join(", ", writable));
    }

    [Fact]
    public void No_public_static_field_exposes_a_mutable_collection()
    {
        var exposed = StaticFields()
            .Where(f => f.IsPublic || f.IsAssembly || f.IsFamilyOrAssembly)
            .Where(f => IsMutableCollection(f.FieldType))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name} ({f.FieldType.Name})")
            .ToList();
        Assert.True(exposed.Count == 0, "Static mutable collections reachable outside their type: " + string.Join(", ", exposed));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (typeof(IEnumerable).IsAssignableFrom(type)
            && type != typeof(string)
            && !type.Name.StartsWith("Immutable", StringComparison.Ordinal)
            && !type.Name.StartsWith("Frozen", StringComparison.Ordinal)
            && !type.IsInterface
            && type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true);
}
