using System;
using System.Globalization;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// A seller SKU interned by a <see cref="LedgerKeys"/> into a small integer, so that ledger rows stay compact and the KPI engine can
/// group by it with array lookups instead of hashing text. Obtain it from <see cref="LedgerKeys.Sku(string)"/>; turn it back into text with
/// <see cref="LedgerKeys.SkuOf(SkuKey)"/>.
/// </summary>
/// <remarks>The default value is <see cref="None"/> (no seller SKU). A key is meaningful only with the <see cref="LedgerKeys"/> that issued it. Immutable.</remarks>
public readonly struct SkuKey : IEquatable<SkuKey>
{
    private readonly int value; // index + 1; 0 is None

    internal SkuKey(int index) => value = index + 1;

    /// <summary>No seller SKU (the default value).</summary>
    public static SkuKey None => default;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => value == 0;

    /// <summary>The dense index the <see cref="LedgerKeys"/> assigned (0, 1, 2, … in order of first use); −1 for <see cref="None"/>.</summary>
    public int Index => value - 1;

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SkuKey left, SkuKey right) => left.value == right.value;

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SkuKey left, SkuKey right) => left.value != right.value;

    /// <inheritdoc/>
    public bool Equals(SkuKey other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SkuKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => value;

    /// <summary>"sku#index", or "none".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNone ? "none" : "sku#" + Index.ToString(CultureInfo.InvariantCulture);
}
