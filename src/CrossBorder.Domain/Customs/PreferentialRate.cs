using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// A preferential duty rate under a trade agreement or scheme (for example CUSMA, the EU–Vietnam FTA, GSP) for goods of one origin;
/// used only when the importer claims the preference (proof of origin is the importer's responsibility).
/// </summary>
public sealed record PreferentialRate : IEffectiveDated<PreferentialRate>
{
    /// <summary>Creates a preferential rate.</summary>
    /// <param name="territory">The customs territory granting it.</param>
    /// <param name="hsPrefix">2 to 10 digits.</param>
    /// <param name="origin">The country of origin that qualifies.</param>
    /// <param name="scheme">The agreement or scheme.</param>
    /// <param name="rate">The preferential rate.</param>
    /// <param name="period">The days it is in force.</param>
    /// <param name="source">Where it comes from.</param>
    public PreferentialRate(CountryCode territory, string hsPrefix, CountryCode origin, string scheme, DutyRate rate, EffectivePeriod period, Source source)
    {
        Territory = territory;
        HsPrefix = TariffKeys.CheckPrefix(hsPrefix, nameof(hsPrefix));
        Origin = origin;
        Scheme = Preconditions.CheckNotNullOrWhiteSpace(scheme, nameof(scheme));
        Rate = Preconditions.CheckNotNull(rate, nameof(rate));
        Period = period;
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The customs territory.</summary>
    public CountryCode Territory { get; }

    /// <summary>The code prefix.</summary>
    public string HsPrefix { get; }

    /// <summary>The qualifying origin.</summary>
    public CountryCode Origin { get; }

    /// <summary>The agreement or scheme.</summary>
    public string Scheme { get; }

    /// <summary>The preferential rate.</summary>
    public DutyRate Rate { get; }

    /// <summary>The days it is in force.</summary>
    public EffectivePeriod Period { get; init; }

    /// <summary>Where it comes from.</summary>
    public Source Source { get; }

    /// <summary>A copy in force for <paramref name="period"/>.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public PreferentialRate WithPeriod(EffectivePeriod period) => this with { Period = period };
}
