using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// One node of a landed-cost breakdown: what it is, how much (in the reporting currency), the rule that produced it, the rate and the
/// base it was applied to, its source and the as-of date, and its parts.
/// </summary>
/// <remarks>Children sum exactly to their parent. Nodes not counted in the landed cost (recoverable import VAT, duties paid by the
/// supplier under DDP) have <see cref="Counted"/> false and are excluded from the parent's <see cref="Amount"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.CostNodeJsonConverter))]
public sealed class CostNode
{
    private static readonly CostNode[] NoChildren = Array.Empty<CostNode>();
    private readonly Func<string>? ruleFactory;
    private readonly Func<IReadOnlyList<CostNode>>? childrenFactory;
    private readonly object? rateValue;
    private readonly CostNodeTexts? texts;
    private readonly int textsId;
    private string? rule;
    private string? rateText;
    private IReadOnlyList<CostNode>? children;

    internal CostNode(string label, CostKind kind, Money amount, string rule, object? rate, Money? appliedTo, Source? source, LocalDate asOf, bool counted, IReadOnlyList<CostNode>? children)
    {
        Label = label;
        Kind = kind;
        Amount = amount;
        this.rule = rule;
        rateValue = rate;
        AppliedTo = appliedTo;
        Source = source;
        AsOf = asOf;
        Counted = counted;
        this.children = children ?? NoChildren;
    }

    /// <summary>Creates a node whose rule text is formatted only when read (the text is for people; formatting it is most of the cost of a quote).</summary>
    internal CostNode(string label, CostKind kind, Money amount, Func<string> rule, object? rate, Money? appliedTo, Source? source, LocalDate asOf, bool counted, IReadOnlyList<CostNode>? children)
        : this(label, kind, amount, (string)null!, rate, appliedTo, source, asOf, counted, children)
    {
        ruleFactory = rule;
    }

    /// <summary>Creates a node whose rule text and children are built only when read.</summary>
    internal CostNode(string label, CostKind kind, Money amount, Func<string> rule, object? rate, Money? appliedTo, Source? source, LocalDate asOf, bool counted, Func<IReadOnlyList<CostNode>> children)
        : this(label, kind, amount, rule, rate, appliedTo, source, asOf, counted, (IReadOnlyList<CostNode>?)null)
    {
        this.children = null;
        childrenFactory = children;
    }

    /// <summary>What the node is ("Duty", a SKU, "Merchandise Processing Fee").</summary>
    public string Label { get; }

    /// <summary>The kind of cost.</summary>
    public CostKind Kind { get; }

    /// <summary>The amount in the reporting currency.</summary>
    public Money Amount { get; }

    /// <summary>The rule that produced the amount (formatted on first read, then kept).</summary>
    public string Rule => rule ??= ruleFactory is { } factory ? factory() : texts!.Rule(textsId);

    /// <summary>The rate applied, for people ("12%", "EUR 3/item"), or null (formatted on first read).</summary>
    // Stryker disable once Assignment : without the kept text the same rate is formatted again to the same text
    public string? Rate => rateText ??= rateValue switch
    {
        null => null,
        string text => text,
        Percentage percentage => percentage.ToString(null, CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>The base the rate was applied to (in the currency it was computed in), or null.</summary>
    public Money? AppliedTo { get; }

    /// <summary>The source of the rate or rule, or null for user-supplied figures.</summary>
    public Source? Source { get; }

    /// <summary>The date the figure is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether the amount counts in the landed cost.</summary>
    public bool Counted { get; }

    /// <summary>The parts of the amount (built on first read, then kept).</summary>
    public IReadOnlyList<CostNode> Children => children ??= childrenFactory is { } factory ? factory() : texts!.Children(textsId);

    /// <summary>
    /// Creates a node whose rule text and children are asked from <paramref name="texts"/> (with <paramref name="id"/>) when first read:
    /// the fast path of the calculator keeps its figures in arrays and builds text and child nodes from them only on demand.
    /// </summary>
    internal CostNode(string label, CostKind kind, Money amount, CostNodeTexts texts, int id, object? rate, Money? appliedTo, Source? source, LocalDate asOf, bool counted)
        : this(label, kind, amount, (string)null!, rate, appliedTo, source, asOf, counted, (IReadOnlyList<CostNode>?)null)
    {
        this.children = null;
        this.texts = texts;
        textsId = id;
    }

    /// <summary>The node and its descendants as indented text, one node per line.</summary>
    /// <returns>The text.</returns>
    public string ToTreeString()
    {
        var text = new StringBuilder();
        Append(text, 0);
        return text.ToString();
    }

    /// <summary>"Duty: EUR 224.00 (12% of EUR 11200.00)".</summary>
    /// <returns>The node for people.</returns>
    public override string ToString()
    {
        string amount = Amount.ToString(CultureInfo.InvariantCulture);
        string detail = Rate is null ? Rule : AppliedTo is { } on ? $"{Rate} of {on.ToString(CultureInfo.InvariantCulture)}; {Rule}" : $"{Rate}; {Rule}";
        return $"{Label}: {amount}{(Counted ? string.Empty : " (not counted)")} — {detail}";
    }

    private void Append(StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2).Append(ToString());
        if (Source is { } source)
        {
            text.Append(" [").Append(source.Title).Append("; as of ").Append(IsoDate.Format(AsOf)).Append(']');
        }

        text.Append('\n');
        foreach (CostNode child in Children)
        {
            child.Append(text, depth + 1);
        }
    }
}
