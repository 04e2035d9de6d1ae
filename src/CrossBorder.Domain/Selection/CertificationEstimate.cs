using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// What obtaining a certificate is expected to cost and how long it takes — a quote from a test lab or the seller's own
/// experience. The library holds no typical figures (none could be sourced), so these are always inputs and always named
/// as assumptions in the result.
/// </summary>
public sealed record CertificationEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="type">The certificate type it obtains (for example <c>CE-RED</c>, <c>FCC-ID</c>).</param>
    /// <param name="cost">The expected cost (at least zero).</param>
    /// <param name="leadTimeDays">Days from order to certificate (at least zero).</param>
    /// <param name="note">Where the figure comes from, for example "lab quote Q-88".</param>
    /// <exception cref="ArgumentOutOfRangeException">The cost or the lead time is negative.</exception>
    public CertificationEstimate(CertificateType type, Money cost, int leadTimeDays, string note = "user-supplied estimate")
    {
        Type = type;
        Preconditions.CheckNonNegative(cost.Amount, nameof(cost));
        Cost = cost;
        LeadTimeDays = Preconditions.CheckNonNegative(leadTimeDays, nameof(leadTimeDays));
        Note = Preconditions.CheckNotNullOrWhiteSpace(note, nameof(note));
    }

    /// <summary>The certificate type.</summary>
    public CertificateType Type { get; }

    /// <summary>Expected cost.</summary>
    public Money Cost { get; }

    /// <summary>Days from order to certificate.</summary>
    public int LeadTimeDays { get; }

    /// <summary>Where the estimate comes from.</summary>
    public string Note { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Type}: {Cost}, {LeadTimeDays} days ({Note})");
}
