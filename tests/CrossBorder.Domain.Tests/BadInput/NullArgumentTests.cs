using System.Reflection;
using System.Text;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Csv;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;
using Xunit.Abstractions;

namespace CrossBorder.Domain.Tests.BadInput;

/// <summary>
/// Walks every public constructor and method of both assemblies and calls it with <c>null</c> for each parameter that is a
/// non-nullable reference (per the nullable annotations), every other argument being a valid sample where one is known.
/// A public entry point must answer <see cref="ArgumentNullException"/> naming that parameter: never a
/// <see cref="NullReferenceException"/>, and never silently accept the null.
/// </summary>
public class NullArgumentTests
{
    private readonly ITestOutputHelper output;

    public NullArgumentTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Members deliberately not walked, with the reason. Keys are "Type.Member".
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> Exclusions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // System.Text.Json calls converters and never passes a null writer/options/type; the BCL converters do not check either.
        ["*JsonConverter.Write"] = "JsonConverter<T>.Write is called by System.Text.Json only, which never passes null.",
        ["*JsonConverter.CanConvert"] = "JsonConverter.CanConvert is called by System.Text.Json only.",
        // Compiler-generated record members: Equals(T?)/==/!= accept null by contract.
        ["*.Equals"] = "Equals accepts null and answers false (the .NET contract).",
        ["*.op_Equality"] = "== accepts null (record/class equality contract).",
        ["*.op_Inequality"] = "!= accepts null (record/class equality contract).",
        ["*.CompareTo"] = "CompareTo(object) accepts null and answers 1 (the .NET contract).",
        ["*.Deconstruct"] = "Deconstruct has only out parameters.",
        ["*.GetObjectData"] = "Serialization plumbing of exceptions, not a domain entry point.",
        ["*Exception.ctor"] = "Exception constructors are called by the library while reporting an error; they tolerate null message parts rather than throw a second exception.",
    };

    private static bool IsExcluded(MethodBase m)
    {
        // The JSON result models (Serialization.*Json records) are plain data carriers for System.Text.Json: they are built by
        // From(result) or by the deserializer, and are validated when converted back into domain types, not at construction.
        if (m.DeclaringType!.Namespace == "CrossBorder.Domain.Serialization" && m.DeclaringType.Name.EndsWith("Json", StringComparison.Ordinal))
        {
            return true;
        }

        string name = m is ConstructorInfo ? "ctor" : m.Name;
        string full = m.DeclaringType!.Name + "." + name;
        foreach (string key in Exclusions.Keys)
        {
            if (key == full || (key.StartsWith("*.", StringComparison.Ordinal) && key.Substring(2) == name)
                || (key.StartsWith('*') && !key.StartsWith("*.", StringComparison.Ordinal) && full.EndsWith(key.Substring(1), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    internal static IEnumerable<Type> PublicTypes() =>
        new[] { typeof(Money).Assembly, typeof(EcbReferenceRatesCsv).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsGenericTypeDefinition && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    internal static IEnumerable<MethodBase> EntryPoints(Type t)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<MethodBase> ctors = t.IsAbstract ? Array.Empty<MethodBase>() : t.GetConstructors(flags);
        IEnumerable<MethodBase> methods = t.GetMethods(flags).Where(m => !m.IsGenericMethodDefinition && !m.IsAbstract);
        return ctors.Concat(methods).Where(m => !IsExcluded(m) && m.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike && !p.ParameterType.IsPointer));
    }

    [Fact]
    public void Every_non_nullable_reference_parameter_rejects_null_by_name()
    {
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        int checkedCount = 0, inconclusive = 0, noInstance = 0;
        var inconclusiveList = new StringBuilder();
        foreach (Type type in PublicTypes())
        {
            foreach (MethodBase member in EntryPoints(type))
            {
                ParameterInfo[] parameters = member.GetParameters();
                for (int i = 0; i < parameters.Length; i++)
                {
                    ParameterInfo p = parameters[i];
                    if (p.ParameterType.IsValueType || nullability.Create(p).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    object? target = null;
                    if (!member.IsStatic && member is MethodInfo)
                    {
                        if (!Samples.TryGet(type, out target))
                        {
                            noInstance++;
                            continue;
                        }
                    }

                    object?[] args = parameters.Select(Samples.For).ToArray();
                    args[i] = null;
                    string where = $"{type.Name}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", parameters.Select(q => q.ParameterType.Name + " " + q.Name))}) / {p.Name}";
                    checkedCount++;
                    try
                    {
                        object? result = member is ConstructorInfo c ? c.Invoke(args) : member.Invoke(target, args);
                        Samples.Drain(result);
                        failures.Add($"{where}: accepted null");
                    }
                    catch (TargetInvocationException tie) when (tie.InnerException is ArgumentNullException ane)
                    {
                        // An init/set accessor names the property the caller wrote (Batteries = null), not "value".
                        bool setterNamesProperty = member.Name.StartsWith("set_", StringComparison.Ordinal) && ane.ParamName == member.Name.Substring(4);
                        if (ane.ParamName != p.Name && !setterNamesProperty)
                        {
                            if (args.Where((a, j) => j != i && a is null && !parameters[j].ParameterType.IsValueType).Any())
                            {
                                inconclusive++;
                                inconclusiveList.AppendLine($"{where}: ANE({ane.ParamName}) — another argument had no sample");
                            }
                            else
                            {
                                failures.Add($"{where}: ArgumentNullException names '{ane.ParamName}'");
                            }
                        }
                    }
                    catch (TargetInvocationException tie) when (tie.InnerException is NullReferenceException or IndexOutOfRangeException or KeyNotFoundException or InvalidCastException)
                    {
                        failures.Add($"{where}: {tie.InnerException.GetType().Name}: {tie.InnerException.Message} {tie.InnerException.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                    }
                    catch (TargetInvocationException tie) when (tie.InnerException is ArgumentException other && other.ParamName == p.Name)
                    {
                        failures.Add($"{where}: {other.GetType().Name} instead of ArgumentNullException: {other.Message.Split('\n')[0]}");
                    }
                    catch (TargetInvocationException tie)
                    {
                        inconclusive++;
                        inconclusiveList.AppendLine($"{where}: {tie.InnerException!.GetType().Name}: {tie.InnerException.Message.Split('\n')[0]}");
                    }
                }
            }
        }

        output.WriteLine($"checked {checkedCount} (member, parameter) pairs; {inconclusive} inconclusive (another argument invalid first); {noInstance} instance members without a sample instance.");
        output.WriteLine(inconclusiveList.ToString());
        Assert.True(checkedCount > 300, $"only {checkedCount} pairs were checked");
        Assert.True(failures.Count == 0, $"{failures.Count} entry points mishandle null:\n" + string.Join("\n", failures));
    }
}
