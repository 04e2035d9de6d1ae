using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Generators for fuzzing: random text (arbitrary Unicode, and text built from the tokens parsers care about) and mutations of
/// valid inputs (character edits, and for JSON structural edits of a random node). A mutation is driven by a seed that FsCheck
/// generates, so a failure prints the seed and the input and is reproducible.
/// </summary>
internal static class FuzzInput
{
    /// <summary>Cases per parser (issue 12: at least 10,000).</summary>
    internal const int Cases = 10_000;

    /// <summary>
    /// The fuzzing configuration. CI must be reproducible, so the generator starts from a fixed seed unless the environment
    /// variable <c>CROSSBORDER_FUZZ_SEED</c> says otherwise: a number replays that seed, <c>random</c> explores new inputs
    /// (run it locally; a failure prints the seed to replay).
    /// </summary>
    internal static readonly Config Config = CreateConfig(Environment.GetEnvironmentVariable("CROSSBORDER_FUZZ_SEED"));

    internal const ulong DefaultSeed = 20261126UL;

    private static Config CreateConfig(string? setting)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);
        if (string.Equals(setting, "random", StringComparison.OrdinalIgnoreCase))
        {
            return config;
        }

        ulong seed = string.IsNullOrEmpty(setting)
            ? DefaultSeed
            : ulong.Parse(setting, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return config.WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(seed), Microsoft.FSharp.Core.FSharpOption<int>.None)));
    }

    private static readonly string[] Tokens =
    {
        "0", "1", "9", "12", "12.5", ".", ",", "-", "+", " ", "\t", "\u00A0", "e", "E", "e+400", "%", "NaN", "Infinity", "-Infinity", "∞",
        "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001", "1e28", "99999999999999999999999999999999",
        "USD", "EUR", "JPY", "XXX", "XAU", "ZZZ", "usd", "US$", "$", "€", "¥", "kg", "g", "lb", "oz", "cm", "mm", "in", "m", "l", "ml", "ft",
        "DE", "US", "GB", "de", "EU", "ZZ", "6109", "61.09", "6109.10.00", "610910001099", "amazon-us", "amazon-", "FOB", "DDP", "DDU",
        "EUR/USD", "/", "\"", "'", "\\", "\0", "\r\n", "\n", "٣", "١٢٫٥", "１２", "İ", "ı", "é", "\uD800", "\uFFFF", "😀", "0x1F", "(", ")", "×", "*",
    };

    /// <summary>Arbitrary strings, strings built from parser tokens, and very long strings.</summary>
    internal static Gen<string> Text =>
        Gen.Frequency(
            (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            (6, Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(Tokens), n)).Select(parts => string.Concat(parts))),
            (1, Gen.Choose(0, 70).SelectMany(n => Gen.Elements(Tokens).Select(t => string.Concat(Enumerable.Repeat(t, n))))));

    /// <summary>A valid input with 1–4 character edits (insert a token, delete, replace, duplicate, truncate).</summary>
    internal static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        Gen.Choose(0, int.MaxValue).Select(seed => MutateText(seeds[seed % seeds.Count], new Random(seed)));

    internal static string MutateText(string text, Random random)
    {
        var sb = new StringBuilder(text);
        int edits = random.Next(1, 5);
        for (int e = 0; e < edits; e++)
        {
            int at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(6))
            {
                case 0:
                    sb.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 1 when sb.Length > 0:
                    sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 6)));
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = (char)random.Next(0x20, 0x7F);
                    break;
                case 3 when sb.Length > 0:
                    int len = Math.Min(sb.Length - at, random.Next(1, 40));
                    sb.Insert(at, sb.ToString(at, len));
                    break;
                case 4 when sb.Length > 0:
                    sb.Length = at;
                    break;
                default:
                    sb.Insert(at, (char)random.Next(0, 0x3000));
                    break;
            }
        }

        return sb.ToString();
    }

    private static readonly Func<Random, JsonNode?>[] Replacements =
    {
        _ => null,
        _ => JsonValue.Create(true),
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(-1),
        _ => JsonNode.Parse("1e400"),
        _ => JsonNode.Parse("79228162514264337593543950336"),
        _ => JsonNode.Parse("-0.0000000000000000000000000000001"),
        _ => JsonValue.Create(string.Empty),
        r => JsonValue.Create(Tokens[r.Next(Tokens.Length)]),
        r => JsonValue.Create(Tokens[r.Next(Tokens.Length)] + Tokens[r.Next(Tokens.Length)]),
        _ => JsonValue.Create("NaN"),
        _ => JsonValue.Create("-9998-01-01"),
        _ => JsonValue.Create("2026-02-30"),
        _ => new JsonObject(),
        _ => new JsonArray(),
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        r => Deep(r.Next(1, 80)),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (int i = 1; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    /// <summary>A valid JSON document with 1–3 structural edits: a node replaced by another kind, a property removed, renamed or added.</summary>
    internal static Gen<string> MutatedJson(IReadOnlyList<string> seeds) =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            string text = seeds[seed % seeds.Count];
            if (random.Next(4) == 0)
            {
                return MutateText(text, random);
            }

            JsonNode? root = JsonNode.Parse(text);
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && root is not null; e++)
            {
                root = MutateNode(root, random);
            }

            return root?.ToJsonString() ?? "null";
        });

    private static JsonNode? MutateNode(JsonNode root, Random random)
    {
        var all = new List<JsonNode>();
        Collect(root, all);
        JsonNode target = all[random.Next(all.Count)];
        JsonNode? parent = target.Parent;
        int action = random.Next(5);
        if (parent is null)
        {
            return Replacements[random.Next(Replacements.Length)](random);
        }

        if (parent is JsonObject obj)
        {
            string name = target.GetPropertyName();
            switch (action)
            {
                case 0:
                    obj.Remove(name);
                    return root;
                case 1:
                    obj.Remove(name);
                    obj[name + "x"] = Replacements[random.Next(Replacements.Length)](random);
                    return root;
                case 2:
                    obj["unexpected" + random.Next(3).ToString(CultureInfo.InvariantCulture)] = Replacements[random.Next(Replacements.Length)](random);
                    return root;
                default:
                    obj[name] = Replacements[random.Next(Replacements.Length)](random);
                    return root;
            }
        }

        var array = (JsonArray)parent;
        int index = array.IndexOf(target);
        switch (action)
        {
            case 0:
                array.RemoveAt(index);
                return root;
            case 1:
                array.Add(target.DeepClone());
                return root;
            default:
                array[index] = Replacements[random.Next(Replacements.Length)](random);
                return root;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> all)
    {
        if (node is null)
        {
            return;
        }

        all.Add(node);
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> p in obj)
            {
                Collect(p.Value, all);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Collect(item, all);
            }
        }
    }

    /// <summary>Runs <paramref name="check"/> on <see cref="Cases"/> inputs from <paramref name="gen"/>; a failure names the input.</summary>
    internal static void Run(Gen<string> gen, Action<string> check) =>
        Prop.ForAll(gen.ToArbitrary(), check).Check(Config);

    /// <summary>Asserts that <paramref name="act"/> returns or throws one of <paramref name="allowed"/> (or a subclass).</summary>
    internal static void OnlyDocumented(string input, Action act, params Type[] allowed)
    {
        try
        {
            act();
        }
        catch (Exception ex)
        {
            if (!allowed.Any(t => t.IsInstanceOfType(ex)))
            {
                throw new Xunit.Sdk.XunitException($"Input {Show(input)} raised an undocumented {ex.GetType().FullName}: {ex}");
            }
        }
    }

    internal static string Show(string input) =>
        "\"" + string.Concat(input.Take(400).Select(c => c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString())) + (input.Length > 400 ? "…" : string.Empty) + "\"";
}
