using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// One line of a tariff schedule: the third-country (MFN) duty rate of a customs territory for the goods whose HS/HTS/CN code starts
/// with <see cref="HsPrefix"/>, in force for a period, with its source.
/// </summary>
public sealed record TariffLine : IEffectiveDated<TariffLine>
{
    /// <summary>Creates a tariff line.</summary>
    /// <param name="territory">The customs territory (US, GB, or EU for the Union).</param>
    /// <param name="hsPrefix">2 to 10 digits; the most specific (longest) matching prefix wins.</param>
    /// <param name="description">The goods description.</param>
    /// <param name="rate">The duty rate.</param>
    /// <param name="period">The days the rate is in force.</param>
    /// <param name="source">Where the rate comes from.</param>
    /// <exception cref="ArgumentException"><paramref name="hsPrefix"/> is not 2–10 digits.</exception>
    public TariffLine(CountryCode territory, string hsPrefix, string description, DutyRate rate, EffectivePeriod period, Source source)
    {
        Territory = territory;
        HsPrefix = TariffKeys.CheckPrefix(hsPrefix, nameof(hsPrefix));
        Description = Preconditions.CheckNotNull(description, nameof(description));
        Rate = Preconditions.CheckNotNull(rate, nameof(rate));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The customs territory.</summary>
    public CountryCode Territory { get; }

    /// <summary>The HS/HTS/CN code prefix the line covers.</summary>
    public string HsPrefix { get; }

    /// <summary>The goods description.</summary>
    public string Description { get; }

    /// <summary>The duty rate.</summary>
    public DutyRate Rate { get; }

    /// <summary>The days the rate is in force.</summary>
    public EffectivePeriod Period { get; init; }

    /// <summary>Where the rate comes from.</summary>
    public Source Source { get; }

    /// <summary>A copy in force for <paramref name="period"/>.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public TariffLine WithPeriod(EffectivePeriod period) => this with { Period = period };
}
