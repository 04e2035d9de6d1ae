using System;
using System.Globalization;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A advertising campaign interned by a <see cref="LedgerKeys"/> into a small integer, so that ledger rows stay compact and the KPI engine can
/// group by it with array lookups instead of hashing text. Obtain it from <see cref="LedgerKeys.Campaign(string)"/>; turn it back into text with
/// <see cref="LedgerKeys.CampaignOf(CampaignKey)"/>.
/// </summary>
/// <remarks>The default value is <see cref="None"/> (no advertising campaign). A key is meaningful only with the <see cref="LedgerKeys"/> that issued it. Immutable.</remarks>
public readonly struct CampaignKey : IEquatable<CampaignKey>
{
    private readonly int value; // index + 1; 0 is None

    internal CampaignKey(int index) => value = index + 1;

    /// <summary>No advertising campaign (the default value).</summary>
    public static CampaignKey None => default;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => value == 0;

    /// <summary>The dense index the <see cref="LedgerKeys"/> assigned (0, 1, 2, … in order of first use); −1 for <see cref="None"/>.</summary>
    public int Index => value - 1;

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CampaignKey left, CampaignKey right) => left.value == right.value;

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CampaignKey left, CampaignKey right) => left.value != right.value;

    /// <inheritdoc/>
    public bool Equals(CampaignKey other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CampaignKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value;

    /// <summary>"campaign#index", or "none".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNone ? "none" : "campaign#" + Index.ToString(CultureInfo.InvariantCulture);
}
