namespace CrossBorder.Domain.Data;

/// <summary>A reference record that is in force for a period and says where it comes from.</summary>
public interface IEffectiveDated
{
    /// <summary>The days on which the record is in force.</summary>
    EffectivePeriod Period { get; }

    /// <summary>The document the record rests on.</summary>
    Source Source { get; }
}

/// <summary>
/// A reference record that can be copied with another period; <see cref="EffectiveDatedTable{TKey, TRecord}.Override"/>
/// uses it to clip embedded records where a user's record takes over.
/// </summary>
/// <typeparam name="TSelf">The record type itself.</typeparam>
public interface IEffectiveDated<out TSelf> : IEffectiveDated
{
    /// <summary>A copy of this record in force for <paramref name="period"/> instead.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    TSelf WithPeriod(EffectivePeriod period);
}
