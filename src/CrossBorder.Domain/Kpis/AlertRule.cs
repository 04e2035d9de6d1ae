using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// One line of the morning checklist, as data: which check to run, its threshold, and optionally the SKUs it applies to (a category's
/// SKUs for a category return-rate norm, the SKUs sharing a lead time). Rules are evaluated by <see cref="MorningChecklist"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record AlertRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">A name for people ("Kitchen return rate", "Sea-freight lead time").</param>
    /// <param name="kind">The check.</param>
    /// <param name="threshold">Lead time in days for <see cref="AlertKind.DaysOfCoverBelowLeadTime"/>; norm as a fraction (0.05 = 5%) for
    /// <see cref="AlertKind.ReturnRateAboveNorm"/>; unused (null) for the other kinds.</param>
    /// <param name="skus">The SKUs the rule applies to; null for all groups.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The threshold is missing, negative or given where unused.</exception>
    public AlertRule(string name, AlertKind kind, decimal? threshold = null, IReadOnlyCollection<string>? skus = null)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Preconditions.CheckInRange((int)kind, nameof(kind), 0, 3);
        bool needsThreshold = kind is AlertKind.DaysOfCoverBelowLeadTime or AlertKind.ReturnRateAboveNorm;
        Preconditions.CheckArgument(needsThreshold == threshold.HasValue, nameof(threshold), needsThreshold
            ? $"threshold is missing; {kind} needs one (lead time in days, or the return-rate norm as a fraction)."
            : $"threshold is given but {kind} takes none.");
        if (threshold is { } t)
        {
            Preconditions.CheckNonNegative(t, nameof(threshold));
        }

        Kind = kind;
        Threshold = threshold;
        Skus = skus;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The check.</summary>
    public AlertKind Kind { get; }

    /// <summary>The threshold (days or fraction), if the check takes one.</summary>
    public decimal? Threshold { get; }

    /// <summary>The SKUs the rule applies to; null for all.</summary>
    public IReadOnlyCollection<string>? Skus { get; }
}
