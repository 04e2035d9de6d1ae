using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Selection;

/// <summary>A fact that makes a product–market pair not viable, overriding its score.</summary>
public sealed record FitBlocker
{
    /// <summary>Creates a blocker.</summary>
    /// <param name="kind">Its kind.</param>
    /// <param name="reason">Why, in words a seller understands (not blank).</param>
    /// <param name="reference">What it rests on: a compliance rule id, a certificate type, a policy (optional).</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public FitBlocker(FitBlockerKind kind, string reason, string? reference = null)
    {
        Kind = kind;
        Reason = Preconditions.CheckNotNullOrWhiteSpace(reason, nameof(reason));
        Reference = reference;
    }

    /// <summary>A blocker of the user's own (kind <see cref="FitBlockerKind.UserSupplied"/>).</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The blocker.</returns>
    public static FitBlocker UserSupplied(string reason) => new(FitBlockerKind.UserSupplied, reason, "user-supplied");

    /// <summary>Its kind.</summary>
    public FitBlockerKind Kind { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>What it rests on (rule id, certificate type, policy), when known.</summary>
    public string? Reference { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Reason + (Reference is null ? string.Empty : " [" + Reference + "]");
}
