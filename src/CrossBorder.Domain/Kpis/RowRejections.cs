using System;
using System.Globalization;
using System.Text;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Kpis;

/// <summary>How many rows the KPI engine left out, by <see cref="RejectionReason"/>. Merges by adding counts.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RowRejections : IEquatable<RowRejections>
{
    internal const int ReasonCount = 5;
    private readonly long[] counts;

    internal RowRejections(long[] counts) => this.counts = counts;

    /// <summary>No rejections.</summary>
    public static RowRejections None { get; } = new(new long[ReasonCount]);

    /// <summary>The total number of rows left out.</summary>
    public long Total
    {
        get
        {
            long total = 0;
            foreach (long c in counts)
            {
                total += c;
            }

            return total;
        }
    }

    /// <summary>The number of rows left out for <paramref name="reason"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined reason.</exception>
    public long Count(RejectionReason reason)
    {
        Preconditions.CheckInRange((int)reason, nameof(reason), 0, ReasonCount - 1);
        return counts[(int)reason];
    }

    /// <summary>The counts of both.</summary>
    /// <param name="other">The other rejections.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public RowRejections Merge(RowRejections other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var sum = new long[ReasonCount];
        for (int i = 0; i < ReasonCount; i++)
        {
            sum[i] = counts[i] + other.counts[i];
        }

        return new RowRejections(sum);
    }

    /// <inheritdoc/>
    public bool Equals(RowRejections? other)
    {
        if (other is null)
        {
            return false;
        }

        for (int i = 0; i < ReasonCount; i++)
        {
            if (counts[i] != other.counts[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RowRejections);

    /// <inheritdoc/>
    public override int GetHashCode() => Total.GetHashCode();

    /// <summary>"none" or "NoExchangeRate 3, OutsideRange 12".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (int i = 0; i < ReasonCount; i++)
        {
            if (counts[i] != 0)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(((RejectionReason)i).ToString()).Append(' ').Append(counts[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.Length == 0 ? "none" : text.ToString();
    }
}
