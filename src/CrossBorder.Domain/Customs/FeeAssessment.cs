using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Customs;

/// <summary>A fee charged on an import, with the rule, the rate and the source it was computed from.</summary>
public sealed record FeeAssessment
{
    private readonly Func<string>? ruleFactory;
    private string? rule;

    /// <summary>Creates an assessment.</summary>
    /// <param name="name">The fee ("Merchandise Processing Fee").</param>
    /// <param name="amount">The amount, rounded as the authority rounds it.</param>
    /// <param name="rule">How it was computed, for people.</param>
    /// <param name="rate">The rate applied, when the fee is ad valorem.</param>
    /// <param name="source">Where the rule and amounts come from.</param>
    /// <param name="asOf">The date the fee was assessed for.</param>
    public FeeAssessment(string name, Money amount, string rule, Percentage? rate, Source source, LocalDate asOf)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Amount = amount;
        this.rule = Preconditions.CheckNotNull(rule, nameof(rule));
        Rate = rate;
        Source = Preconditions.CheckNotNull(source, nameof(source));
        AsOf = asOf;
    }

    /// <summary>Creates an assessment whose rule text is formatted only when read.</summary>
    internal FeeAssessment(string name, Money amount, Func<string> rule, Percentage? rate, Source source, LocalDate asOf)
        : this(name, amount, string.Empty, rate, source, asOf)
    {
        this.rule = null;
        ruleFactory = rule;
    }

    /// <summary>The fee's name.</summary>
    public string Name { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>How it was computed (formatted on first read).</summary>
    public string Rule => rule ??= ruleFactory!();

    /// <summary>The ad valorem rate, when any.</summary>
    public Percentage? Rate { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>The date the fee was assessed for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether two assessments state the same fee, amount, rule, rate, source and date.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(FeeAssessment? other) =>
        other is not null && Name == other.Name && Amount == other.Amount && Rule == other.Rule && Rate == other.Rate && Source == other.Source && AsOf == other.AsOf;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Amount, Rate, Source, AsOf);
}
